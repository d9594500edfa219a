import { describe, expect, it } from "vitest";
import {
  allowedMinutes,
  estimateScaledScore,
  examDeadline,
  isAnswered,
  mockExamBlueprint,
  scoreAttempt,
  selectionProblem,
  shortBlueprint,
  timeUsedMs,
} from "@/lib/exam";

describe("the estimated scaled score (EXAMS.md: piecewise-linear through 0→100, cut→pass, 100→1000)", () => {
  it("passes through the three anchor points", () => {
    expect(estimateScaledScore(0, 70, 720)).toBe(100);
    expect(estimateScaledScore(70, 70, 720)).toBe(720);
    expect(estimateScaledScore(100, 70, 720)).toBe(1000);
    expect(estimateScaledScore(70, 70, 700)).toBe(700);
  });

  it("is linear on each side of the cut", () => {
    expect(estimateScaledScore(35, 70, 700)).toBe(400);
    expect(estimateScaledScore(85, 70, 700)).toBe(850);
    expect(estimateScaledScore(85, 70, 720)).toBe(860);
    expect(estimateScaledScore(50, 65, 720)).toBe(577);
  });

  it("never rounds a failing percentage up to the passing score", () => {
    // 69.99% would round to 720 with cut 70: the estimate must still fail.
    expect(estimateScaledScore(69.99, 70, 720)).toBe(719);
  });

  it("clamps the raw percentage and refuses a cut or pass mark outside the scale", () => {
    expect(estimateScaledScore(-5, 70, 720)).toBe(100);
    expect(estimateScaledScore(120, 70, 720)).toBe(1000);
    expect(() => estimateScaledScore(50, 0, 720)).toThrow(RangeError);
    expect(() => estimateScaledScore(50, 100, 720)).toThrow(RangeError);
    expect(() => estimateScaledScore(50, 70, 1000)).toThrow(RangeError);
  });

  it("is monotonic", () => {
    let previous = 0;
    for (let p = 0; p <= 100; p += 0.5) {
      const score = estimateScaledScore(p, 72, 720);
      expect(score).toBeGreaterThanOrEqual(previous);
      previous = score;
    }
  });
});

describe("scoring an attempt", () => {
  const items = [
    ...Array.from({ length: 10 }, (_, i) => ({ questionId: `s${i}`, group: "secure", correct: i < 8 })),
    ...Array.from({ length: 10 }, (_, i) => ({ questionId: `r${i}`, group: "resilient", correct: i < 5 })),
  ];

  it("counts raw correct, estimates the scaled score and classifies each domain against the cut", () => {
    const score = scoreAttempt(items, {
      cutPercent: 70,
      passingScaledScore: 720,
      groupOrder: ["secure", "resilient", "high-performing"],
    });
    expect(score).toMatchObject({
      rawCorrect: 13,
      total: 20,
      percent: 65,
      scaledScore: estimateScaledScore(65, 70, 720),
      passed: false,
    });
    expect(score.groups).toEqual([
      { group: "secure", correct: 8, total: 10, percent: 80, meets: true },
      { group: "resilient", correct: 5, total: 10, percent: 50, meets: false },
    ]);
  });

  it("is compensatory: a weak domain does not fail a passing total", () => {
    const strong = items.map((i) =>
      i.group === "secure" ? { ...i, correct: true } : { ...i, correct: i.questionId < "r6" },
    );
    const score = scoreAttempt(strong, { cutPercent: 70, passingScaledScore: 700 });
    expect(score.percent).toBe(80);
    expect(score.passed).toBe(true);
    expect(score.groups.find((g) => g.group === "resilient")?.meets).toBe(false);
  });

  it("has no scaled score or verdict for a drill, and scores an empty attempt as zero", () => {
    expect(scoreAttempt(items, { cutPercent: 70, passingScaledScore: null })).toMatchObject({
      scaledScore: null,
      passed: null,
      percent: 65,
    });
    expect(scoreAttempt([], { cutPercent: 70, passingScaledScore: 720 })).toMatchObject({
      rawCorrect: 0,
      total: 0,
      percent: 0,
      scaledScore: 100,
      passed: false,
    });
  });
});

describe("blueprints, time and responses", () => {
  it("follows the exam guides", () => {
    expect(mockExamBlueprint("clf_c02")).toMatchObject({
      exam: "CLF-C02",
      questionCount: 65,
      minutes: 90,
      passingScaledScore: 700,
    });
    expect(mockExamBlueprint("saa_c03")).toMatchObject({
      exam: "SAA-C03",
      questionCount: 65,
      minutes: 130,
      passingScaledScore: 720,
    });
    expect(shortBlueprint("drill")).toMatchObject({ questionCount: 20, minutes: 30, passingScaledScore: null });
  });

  it("adds 30 minutes for the accommodation and caps time used at the time allowed", () => {
    expect(allowedMinutes(mockExamBlueprint("saa_c03"), true)).toBe(160);
    expect(allowedMinutes(mockExamBlueprint("clf_c02"), false)).toBe(90);
    const startedAt = new Date("2026-03-01T00:00:00Z");
    const deadline = examDeadline(startedAt, 30);
    expect(deadline.toISOString()).toBe("2026-03-01T00:30:00.000Z");
    expect(timeUsedMs({ startedAt, deadline, submittedAt: new Date("2026-03-01T00:12:00Z") })).toBe(12 * 60_000);
    expect(timeUsedMs({ startedAt, deadline, submittedAt: new Date("2026-03-02T00:00:00Z") })).toBe(30 * 60_000);
  });

  it("treats fewer than N picks as unanswered and refuses more than N", () => {
    expect(isAnswered(["a"], 2)).toBe(false);
    expect(isAnswered(["a", "c"], 2)).toBe(true);
    expect(isAnswered([], 1)).toBe(false);
    const labels = ["a", "b", "c", "d", "e"];
    expect(selectionProblem(["a"], labels, 2)).toBeNull();
    expect(selectionProblem([], labels, 2)).toBeNull();
    expect(selectionProblem(["a", "b", "c"], labels, 2)).toEqual({ kind: "too-many", limit: 2, got: 3 });
    expect(selectionProblem(["a", "a"], labels, 2)).toEqual({ kind: "duplicate" });
    expect(selectionProblem(["z"], labels, 2)).toEqual({ kind: "unknown-choice", label: "z" });
  });
});
