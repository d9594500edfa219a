import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleExam, assembleRetest, mockExamBlueprint, type PoolQuestion } from "@/lib/exam";

const saa = mockExamBlueprint("saa_c03");

function pool(counts: Record<string, number>): PoolQuestion[] {
  return Object.entries(counts).flatMap(([domain, n]) =>
    Array.from({ length: n }, (_, i) => ({ id: `${domain}-${String(i).padStart(3, "0")}`, domain })),
  );
}

function countByDomain(exam: ReturnType<typeof assembleExam>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of exam.questionIds) {
    const domain = exam.domainOf[id] ?? "?";
    counts[domain] = (counts[domain] ?? 0) + 1;
  }
  return counts;
}

const fullBank = pool({ secure: 90, resilient: 100, "high-performing": 80, "cost-optimized": 57 });

describe("assembling a mock exam", () => {
  it("takes 65 distinct questions in blueprint proportion from a bank that can fill every domain", () => {
    const exam = assembleExam({ pool: fullBank, domains: saa.domains, questionCount: 65, seed: 42 });
    expect(exam.questionIds).toHaveLength(65);
    expect(new Set(exam.questionIds).size).toBe(65);
    expect(countByDomain(exam)).toEqual({ secure: 19, resilient: 17, "high-performing": 16, "cost-optimized": 13 });
    expect(exam).toMatchObject({ borrowed: 0, missing: 0, requested: 65 });
    for (const id of exam.questionIds) expect(id.startsWith(`${exam.domainOf[id]}-`)).toBe(true);
  });

  it("gives the same exam for the same seed, whatever the order of the pool, and another for another seed", () => {
    const a = assembleExam({ pool: fullBank, domains: saa.domains, questionCount: 65, seed: 7 });
    const b = assembleExam({ pool: [...fullBank].reverse(), domains: saa.domains, questionCount: 65, seed: 7 });
    const c = assembleExam({ pool: fullBank, domains: saa.domains, questionCount: 65, seed: 8 });
    expect(b.questionIds).toEqual(a.questionIds);
    expect(c.questionIds).not.toEqual(a.questionIds);
  });

  it("fills a short domain from the others by weight and says how many seats it lent", () => {
    const exam = assembleExam({
      pool: pool({ secure: 90, resilient: 100, "high-performing": 80, "cost-optimized": 5 }),
      domains: saa.domains,
      questionCount: 65,
      seed: 1,
    });
    expect(exam.questionIds).toHaveLength(65);
    expect(exam.domains.find((d) => d.domain === "cost-optimized")).toEqual({
      domain: "cost-optimized",
      quota: 13,
      available: 5,
      taken: 5,
    });
    expect(exam.borrowed).toBe(8);
    expect(exam.missing).toBe(0);
    // The 8 seats go 30:26:24 → 3, 3, 2 (largest remainder).
    expect(countByDomain(exam)).toEqual({ secure: 22, resilient: 20, "high-performing": 18, "cost-optimized": 5 });
  });

  it("keeps lending when the first borrower runs out too", () => {
    const exam = assembleExam({
      pool: pool({ secure: 20, resilient: 17, "high-performing": 100, "cost-optimized": 0 }),
      domains: saa.domains,
      questionCount: 65,
      seed: 3,
    });
    expect(countByDomain(exam)).toEqual({ secure: 20, resilient: 17, "high-performing": 28 });
    expect(exam).toMatchObject({ borrowed: 13, missing: 0 });
  });

  it("returns the whole bank, and says how many are missing, when the bank is smaller than the exam", () => {
    const exam = assembleExam({
      pool: pool({ secure: 3, resilient: 2 }),
      domains: saa.domains,
      questionCount: 65,
      seed: 3,
    });
    expect(exam.questionIds).toHaveLength(5);
    expect(exam.missing).toBe(60);
    expect(assembleExam({ pool: [], domains: saa.domains, questionCount: 65, seed: 3 }).questionIds).toEqual([]);
  });

  it("ignores questions of other domains and counts a question tagged twice once", () => {
    const exam = assembleExam({
      pool: [
        { id: "q1", domain: "secure" },
        { id: "q1", domain: "resilient" },
        { id: "q2", domain: "billing-support" },
      ],
      domains: saa.domains,
      questionCount: 65,
      seed: 3,
    });
    expect(exam.questionIds).toEqual(["q1"]);
    expect(exam.domainOf).toEqual({ q1: "resilient" });
  });

  it("never repeats a question and never exceeds the requested count (property)", () => {
    fc.assert(
      fc.property(
        fc.record({
          secure: fc.nat(40),
          resilient: fc.nat(40),
          "high-performing": fc.nat(40),
          "cost-optimized": fc.nat(40),
        }),
        fc.integer({ min: 0, max: 80 }),
        fc.integer(),
        (counts, questionCount, seed) => {
          const bank = pool(counts);
          const exam = assembleExam({ pool: bank, domains: saa.domains, questionCount, seed });
          expect(new Set(exam.questionIds).size).toBe(exam.questionIds.length);
          expect(exam.questionIds.length).toBe(Math.min(questionCount, bank.length));
          expect(exam.missing).toBe(questionCount - exam.questionIds.length);
          for (const fill of exam.domains) expect(fill.taken).toBeLessThanOrEqual(fill.available);
          // A domain that could fill its quota never gets fewer than its quota.
          for (const fill of exam.domains)
            if (fill.available >= fill.quota) expect(fill.taken).toBeGreaterThanOrEqual(fill.quota);
        },
      ),
    );
  });
});

describe("assembling a retest of missed questions", () => {
  it("takes the most recently missed first and shuffles them deterministically", () => {
    const missed = Array.from({ length: 30 }, (_, i) => `q${i}`);
    const retest = assembleRetest({ missedByRecency: missed, count: 20, seed: 5 });
    expect([...retest].sort()).toEqual(missed.slice(0, 20).sort());
    expect(assembleRetest({ missedByRecency: missed, count: 20, seed: 5 })).toEqual(retest);
    expect(assembleRetest({ missedByRecency: ["a", "b", "a"], count: 20, seed: 5 }).sort()).toEqual(["a", "b"]);
  });
});
