import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assembleExam, assembleRetest, freshDraws, mockExamBlueprint, type PoolQuestion } from "@/lib/exam";

const saa = mockExamBlueprint("saa_c03");
const clf = mockExamBlueprint("clf_c02");

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

/** A bank with, per domain, the given number of questions for each task statement ("none": unassigned ones). */
function taskedPool(tasks: Record<string, Record<string, number>>): PoolQuestion[] {
  return Object.entries(tasks).flatMap(([domain, perTask]) =>
    Object.entries(perTask).flatMap(([task, n]) =>
      Array.from({ length: n }, (_, i) => ({
        id: `${domain}-${task}-${String(i).padStart(3, "0")}`,
        domain,
        task: task === "none" ? null : task,
      })),
    ),
  );
}

function seatsByTask(exam: ReturnType<typeof assembleExam>, domain: string): Map<string | null, number> {
  const seats = new Map<string | null, number>();
  for (const id of exam.questionIds) {
    if (exam.domainOf[id] !== domain) continue;
    const task = exam.taskOf[id] ?? null;
    seats.set(task, (seats.get(task) ?? 0) + 1);
  }
  return seats;
}

const CLF_QUOTAS = { "cloud-concepts": 16, "security-compliance": 19, "technology-services": 22, "billing-support": 8 };
const SAA_QUOTAS = { secure: 19, resilient: 17, "high-performing": 16, "cost-optimized": 13 };

const clfTasks = {
  "cloud-concepts": { "1.1": 10, "1.2": 3, "1.3": 12, "1.4": 10 },
  "security-compliance": { "2.1": 10, "2.2": 10, "2.3": 10, "2.4": 10 },
  "technology-services": { "3.1": 6, "3.2": 6, "3.3": 6, "3.4": 6, "3.5": 6, "3.6": 6, "3.7": 6, "3.8": 6 },
  "billing-support": { "4.1": 6, "4.2": 6, "4.3": 6, none: 2 },
};

/** Random banks: each SAA-C03 domain with 0–3 task statements (and unassigned items) of 0–15 questions each. */
const taskedBank = fc
  .record({
    secure: fc.record({ "1.1": fc.nat(15), "1.2": fc.nat(15), "1.3": fc.nat(15) }),
    resilient: fc.record({ "2.1": fc.nat(15), "2.2": fc.nat(15), none: fc.nat(15) }),
    "high-performing": fc.record({ "3.1": fc.nat(15), "3.3": fc.nat(15), "3.5": fc.nat(15) }),
    "cost-optimized": fc.record({ "4.1": fc.nat(15), "4.2": fc.nat(15) }),
  })
  .map(taskedPool);

describe("spreading a domain's seats over its task statements", () => {
  it("gives each statement of a domain a near-equal share, and a small statement all it holds", () => {
    const exam = assembleExam({ pool: taskedPool(clfTasks), domains: clf.domains, questionCount: 65, seed: 9 });
    expect(countByDomain(exam)).toEqual(CLF_QUOTAS);
    // 16 seats where 1.2 holds only 3: those 3, and 13 over the other three statements.
    expect([...seatsByTask(exam, "cloud-concepts").values()].sort()).toEqual([3, 4, 4, 5]);
    expect([...seatsByTask(exam, "technology-services").values()].sort()).toEqual([2, 2, 3, 3, 3, 3, 3, 3]);
    // Unassigned items form one group of their own beside 4.1–4.3.
    expect(seatsByTask(exam, "billing-support")).toEqual(
      new Map([
        ["4.1", 2],
        ["4.2", 2],
        ["4.3", 2],
        [null, 2],
      ]),
    );
  });

  it("never gives a statement two seats more than one that still has questions to offer (property)", () => {
    fc.assert(
      fc.property(taskedBank, fc.integer({ min: 0, max: 80 }), fc.integer(), (bank, questionCount, seed) => {
        const exam = assembleExam({ pool: bank, domains: saa.domains, questionCount, seed });
        for (const { domain } of exam.domains) {
          const seats = seatsByTask(exam, domain);
          const held = new Map<string | null, number>();
          for (const q of bank) if (q.domain === domain) held.set(q.task ?? null, (held.get(q.task ?? null) ?? 0) + 1);
          for (const [task, n] of held) {
            if ((seats.get(task) ?? 0) >= n) continue; // this statement still has questions to offer
            for (const other of held.keys())
              expect(seats.get(other) ?? 0).toBeLessThanOrEqual((seats.get(task) ?? 0) + 1);
          }
        }
      }),
    );
  });
});

describe("avoiding the questions of earlier attempts", () => {
  it("makes two consecutive attempts disjoint, each at the blueprint's weights, when every domain holds twice its seats (property)", () => {
    const roomy = fc
      .record({
        secure: fc.integer({ min: 38, max: 60 }),
        resilient: fc.integer({ min: 34, max: 60 }),
        "high-performing": fc.integer({ min: 32, max: 60 }),
        "cost-optimized": fc.integer({ min: 26, max: 60 }),
      })
      // Two statements and unassigned items in each domain.
      .map((counts) => pool(counts).map((q, i) => ({ ...q, task: i % 3 === 0 ? null : `${(i % 2) + 1}.1` })));
    fc.assert(
      fc.property(roomy, fc.integer(), fc.integer(), (bank, seed1, seed2) => {
        const first = assembleExam({ pool: bank, domains: saa.domains, questionCount: 65, seed: seed1 });
        const second = assembleExam({
          pool: bank,
          domains: saa.domains,
          questionCount: 65,
          seed: seed2,
          earlierDraws: [first.questionIds],
        });
        expect(second.questionIds.filter((id) => first.questionIds.includes(id))).toEqual([]);
        expect(second.repeated).toBe(0);
        expect(countByDomain(first)).toEqual(SAA_QUOTAS);
        expect(countByDomain(second)).toEqual(SAA_QUOTAS);
      }),
    );
  });

  it("repeats only as many questions as a domain lacks, taking the least recently drawn first", () => {
    const bank = pool({ secure: 30, resilient: 40, "high-performing": 40, "cost-optimized": 30 });
    const first = assembleExam({ pool: bank, domains: saa.domains, questionCount: 65, seed: 1 });
    const second = assembleExam({
      pool: bank,
      domains: saa.domains,
      questionCount: 65,
      seed: 2,
      earlierDraws: [first.questionIds],
    });
    const third = assembleExam({
      pool: bank,
      domains: saa.domains,
      questionCount: 65,
      seed: 3,
      earlierDraws: [second.questionIds, first.questionIds],
    });
    // secure holds 30 for 19 seats: the second attempt has 11 unseen and takes 8 from the first.
    expect(second.repeated).toBe(8);
    const secureOf = (exam: typeof first) => exam.questionIds.filter((id) => exam.domainOf[id] === "secure");
    expect(secureOf(second).filter((id) => !secureOf(first).includes(id))).toHaveLength(11);
    // The third has nothing unseen in secure: it takes the 11 drawn only in the first before any of the second's.
    const onlyInFirst = secureOf(first).filter((id) => !secureOf(second).includes(id));
    expect(onlyInFirst).toHaveLength(11);
    expect(secureOf(third).filter((id) => onlyInFirst.includes(id))).toHaveLength(11);
  });

  it("gives the same attempt for the same seed and the same history", () => {
    const bank = taskedPool(clfTasks);
    const first = assembleExam({ pool: bank, domains: clf.domains, questionCount: 65, seed: 4 });
    const again = (poolOrder: PoolQuestion[]) =>
      assembleExam({
        pool: poolOrder,
        domains: clf.domains,
        questionCount: 65,
        seed: 5,
        earlierDraws: [first.questionIds],
      });
    expect(again([...bank].reverse()).questionIds).toEqual(again(bank).questionIds);
  });
});

describe("counting what a bank offers without repeats", () => {
  it("counts the distinct questions of the blueprint's domains and the attempts they fill without a repeat", () => {
    const bank = [...pool({ secure: 40, resilient: 40, "high-performing": 40, "cost-optimized": 40 })];
    const earlierDraws = [
      ["secure-000", "secure-001"],
      ["secure-001", "gone"],
    ];
    expect(freshDraws({ pool: bank, domains: saa.domains, questionCount: 65, earlierDraws })).toEqual({
      distinctItems: 160,
      attemptsWithoutRepeat: 2, // 40 questions cover two attempts' 19 secure seats, not three
      unseenItems: 158,
    });
    const withStray = [...bank, { id: "stray", domain: "billing-support" }];
    expect(freshDraws({ pool: withStray, domains: saa.domains, questionCount: 65 }).distinctItems).toBe(160);
  });

  it("stops at one attempt when a short domain must give the same questions again", () => {
    const bank = pool({ secure: 90, resilient: 100, "high-performing": 80, "cost-optimized": 5 });
    expect(freshDraws({ pool: bank, domains: saa.domains, questionCount: 65 })).toEqual({
      distinctItems: 275,
      attemptsWithoutRepeat: 1,
      unseenItems: 275,
    });
    expect(freshDraws({ pool: [], domains: saa.domains, questionCount: 65 })).toEqual({
      distinctItems: 0,
      attemptsWithoutRepeat: 0,
      unseenItems: 0,
    });
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
