import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseDailyQuestions, dailyStreak, topicWeight, type DailyCandidate } from "@/lib/srs";

const TOPICS = ["ec2", "ebs", "efs", "iam"];
const bank: DailyCandidate[] = TOPICS.flatMap((topicId) =>
  Array.from({ length: 30 }, (_, i) => ({
    questionId: `${topicId}-${String(i).padStart(2, "0")}`,
    topicId,
    status: "new" as const,
  })),
);

describe("the daily quiz draw", () => {
  it("is the same for the same seed, whatever the order of the candidates", () => {
    const first = chooseDailyQuestions({ candidates: bank, topicAccuracy: {}, size: 10, seed: "u1:2026-03-01" });
    const shuffled = [...bank].reverse();
    expect(chooseDailyQuestions({ candidates: shuffled, topicAccuracy: {}, size: 10, seed: "u1:2026-03-01" })).toEqual(
      first,
    );
    expect(chooseDailyQuestions({ candidates: bank, topicAccuracy: {}, size: 10, seed: "u1:2026-03-02" })).not.toEqual(
      first,
    );
    expect(new Set(first).size).toBe(10);
  });

  it("puts the most overdue questions in, up to half of the quiz, and fills the rest with new ones", () => {
    const due: DailyCandidate[] = Array.from({ length: 8 }, (_, i) => ({
      questionId: `iam-due-${i}`,
      topicId: "iam",
      status: "due",
      dueAt: 1000 - i,
    }));
    const chosen = chooseDailyQuestions({ candidates: [...bank, ...due], topicAccuracy: {}, size: 10, seed: "s" });
    expect(chosen.filter((id) => id.startsWith("iam-due-")).sort()).toEqual([
      "iam-due-3",
      "iam-due-4",
      "iam-due-5",
      "iam-due-6",
      "iam-due-7",
    ]);
    expect(chosen).toHaveLength(10);
  });

  it("tops up from due and then seen questions when there are too few new ones", () => {
    const small: DailyCandidate[] = [
      { questionId: "a", topicId: "ec2", status: "new" },
      { questionId: "b", topicId: "ec2", status: "due", dueAt: 5 },
      { questionId: "c", topicId: "ebs", status: "due", dueAt: 1 },
      { questionId: "d", topicId: "ebs", status: "due", dueAt: 3 },
      { questionId: "e", topicId: "efs", status: "seen" },
      { questionId: "f", topicId: "efs", status: "seen" },
    ];
    expect(chooseDailyQuestions({ candidates: small, topicAccuracy: {}, size: 5, seed: "x" }).sort()).toEqual([
      "a",
      "b",
      "c",
      "d",
      expect.any(String),
    ]);
    expect(chooseDailyQuestions({ candidates: small, topicAccuracy: {}, size: 10, seed: "x" })).toHaveLength(6);
    expect(chooseDailyQuestions({ candidates: [], topicAccuracy: {}, size: 10, seed: "x" })).toEqual([]);
  });

  it("leans toward weak topics", () => {
    const accuracy = {
      ec2: { correct: 2, total: 20 },
      ebs: { correct: 19, total: 20 },
      efs: { correct: 19, total: 20 },
      iam: { correct: 19, total: 20 },
    };
    let weak = 0;
    let strong = 0;
    for (let day = 1; day <= 200; day++) {
      const chosen = chooseDailyQuestions({ candidates: bank, topicAccuracy: accuracy, size: 10, seed: `u:${day}` });
      weak += chosen.filter((id) => id.startsWith("ec2")).length;
      strong += chosen.filter((id) => id.startsWith("ebs")).length;
    }
    expect(weak).toBeGreaterThan(2.5 * strong);
    expect(strong).toBeGreaterThan(0);
  });

  it("weighs unseen topics between weak and strong ones", () => {
    expect(topicWeight(undefined)).toBeCloseTo(0.75);
    expect(topicWeight({ correct: 0, total: 10 })).toBeGreaterThan(topicWeight(undefined));
    expect(topicWeight({ correct: 10, total: 10 })).toBeLessThan(topicWeight(undefined));
  });

  it("tops up from due questions left over after the new ones run out (regression: a due question was skipped)", () => {
    const statuses = ["due", "due", "new", "due", "due"] as const;
    const candidates = statuses.map((status, i) => ({ questionId: `q${i}`, topicId: "ec2", status, dueAt: i }));
    expect(chooseDailyQuestions({ candidates, topicAccuracy: {}, size: 5, seed: "" }).sort()).toEqual([
      "q0",
      "q1",
      "q2",
      "q3",
      "q4",
    ]);
  });

  it("never repeats a question nor exceeds the size", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.string(),
        fc.array(fc.constantFrom<DailyCandidate["status"]>("new", "due", "seen"), { maxLength: 60 }),
        (size, seed, statuses) => {
          const candidates = statuses.map((status, i) => ({
            questionId: `q${i}`,
            topicId: TOPICS[i % 4] ?? "ec2",
            status,
            dueAt: i,
          }));
          const chosen = chooseDailyQuestions({ candidates, topicAccuracy: {}, size, seed });
          expect(new Set(chosen).size).toBe(chosen.length);
          expect(chosen.length).toBe(Math.min(size, candidates.length));
        },
      ),
    );
  });
});

describe("the daily streak", () => {
  it("counts consecutive finished days ending today or yesterday", () => {
    const days = ["2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01"];
    expect(dailyStreak(days, "2026-03-01")).toBe(4);
    expect(dailyStreak(days, "2026-03-02")).toBe(4);
    expect(dailyStreak(days, "2026-03-03")).toBe(0);
    expect(dailyStreak(["2026-02-27", "2026-03-01"], "2026-03-01")).toBe(1);
    expect(dailyStreak([], "2026-03-01")).toBe(0);
  });
});
