import { describe, expect, it } from "vitest";
import { blueprintCoverage, coverageGaps } from "@/lib/exam";

describe("blueprint coverage", () => {
  it("lists every domain and task statement of both guides in order, zero where the bank has nothing", () => {
    const [clf, saa] = blueprintCoverage([]);
    expect(clf?.exam).toBe("CLF-C02");
    expect(clf?.domains.map((d) => [d.domain, d.weight, d.tasks.map((t) => t.task)])).toEqual([
      ["cloud-concepts", 24, ["1.1", "1.2", "1.3", "1.4"]],
      ["security-compliance", 30, ["2.1", "2.2", "2.3", "2.4"]],
      ["technology-services", 34, ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8"]],
      ["billing-support", 12, ["4.1", "4.2", "4.3"]],
    ]);
    expect(saa?.domains.flatMap((d) => d.tasks).map((t) => t.task)).toHaveLength(14);
    expect(saa?.domains[0]?.tasks[0]).toMatchObject({
      task: "1.1",
      title: { en: "Design secure access to AWS resources" },
      questions: 0,
      gaps: ["few-items"],
    });
  });

  it("sums statements into domains and exams, and adds a row for untagged questions after the domain's statements", () => {
    const [clf] = blueprintCoverage([
      { exam: "CLF-C02", domain: "cloud-concepts", task: "1.2", questions: 6, attempted: 4, correct: 3 },
      { exam: "CLF-C02", domain: "cloud-concepts", task: null, questions: 10, attempted: 2, correct: 2 },
      { exam: "CLF-C02", domain: "billing-support", task: "4.3", questions: 5, attempted: 0, correct: 0 },
      { exam: "CLF-C02", domain: "gone", task: "9.9", questions: 50, attempted: 0, correct: 0 },
    ]);
    const concepts = clf?.domains[0];
    expect(concepts).toMatchObject({ questions: 16, attempted: 6, correct: 5 });
    expect(concepts?.tasks.map((t) => t.task)).toEqual(["1.1", "1.2", "1.3", "1.4", null]);
    expect(concepts?.tasks.at(-1)).toMatchObject({ title: null, questions: 10, gaps: [] });
    expect(clf).toMatchObject({ questions: 21, attempted: 6, correct: 5 });
  });

  it("marks a statement with fewer than 4 questions, or 3+ answered and under 70% right", () => {
    expect(coverageGaps({ questions: 3, attempted: 0, correct: 0 })).toEqual(["few-items"]);
    expect(coverageGaps({ questions: 4, attempted: 2, correct: 0 })).toEqual([]);
    expect(coverageGaps({ questions: 10, attempted: 10, correct: 7 })).toEqual([]);
    expect(coverageGaps({ questions: 10, attempted: 10, correct: 6 })).toEqual(["low-accuracy"]);
    expect(coverageGaps({ questions: 2, attempted: 3, correct: 1 })).toEqual(["few-items", "low-accuracy"]);
  });
});
