import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { getBlueprintCoverage } from "@/lib/server/progress/get-blueprint-coverage";
import { bankOf, questionData } from "../support/content-fixtures";
import { onReadOnlyDatabase } from "../support/read-only-db";
import { createLearner } from "./exam-fixtures";

const tagged = (id: string, exam: string, domain: string, task: string) =>
  questionData(id, { exams: [{ exam, domain, task }] });

/** CLF-C02 1.1 holds 5 questions, 1.2 holds 2 (a thin statement), 1.3 none; SAA-C03 2.1 holds 4. */
const QUESTIONS = [
  ...["a", "b", "c", "d", "e"].map((x) => tagged(`cov-clf-11-${x}`, "CLF-C02", "cloud-concepts", "1.1")),
  ...["a", "b"].map((x) => tagged(`cov-clf-12-${x}`, "CLF-C02", "cloud-concepts", "1.2")),
  ...["a", "b", "c", "d"].map((x) => tagged(`cov-saa-21-${x}`, "SAA-C03", "resilient", "2.1")),
];

async function answer(userId: string, questionId: string, isCorrect: boolean, at: string) {
  await db().answer.create({
    data: {
      userId,
      questionId,
      mode: "practice",
      selected: [isCorrect ? "b" : "a"],
      isCorrect,
      contentHash: "x",
      answeredAt: new Date(at),
    },
  });
}

describe("coverage by exam guide (issue #16)", () => {
  beforeAll(async () => {
    await seedContent(db(), bankOf({ "content/ec2/coverage-fixture.yaml": { questions: QUESTIONS } }));
  });
  afterAll(() => db().$disconnect());

  it("counts the bank's live questions per task statement and this learner's latest results, reading only", async () => {
    const userId = await createLearner("coverage");
    const other = await createLearner("coverage-other");
    // 1.1: four answered, the latest right on one only (a: wrong then right; b, c, d: wrong) → 1 of 4, under 70%.
    await answer(userId, "cov-clf-11-a", false, "2026-12-01T09:00:00Z");
    await answer(userId, "cov-clf-11-a", true, "2026-12-02T09:00:00Z");
    for (const x of ["b", "c", "d"]) await answer(userId, `cov-clf-11-${x}`, false, "2026-12-02T09:00:00Z");
    await answer(userId, "cov-saa-21-a", true, "2026-12-02T09:00:00Z");
    // Someone else's answers never count.
    for (const x of ["a", "b"]) await answer(other, `cov-clf-12-${x}`, true, "2026-12-02T09:00:00Z");

    const coverage = await onReadOnlyDatabase(() => getBlueprintCoverage({ userId }));
    const clf = coverage.find((e) => e.exam === "CLF-C02");
    const concepts = clf?.domains.find((d) => d.domain === "cloud-concepts");
    expect(concepts?.tasks.slice(0, 3)).toEqual([
      expect.objectContaining({ task: "1.1", questions: 5, attempted: 4, correct: 1, gaps: ["low-accuracy"] }),
      expect.objectContaining({ task: "1.2", questions: 2, attempted: 0, correct: 0, gaps: ["few-items"] }),
      expect.objectContaining({ task: "1.3", questions: 0, attempted: 0, correct: 0, gaps: ["few-items"] }),
    ]);
    expect(concepts).toMatchObject({ questions: 7, attempted: 4, correct: 1 });
    const resilient = coverage.find((e) => e.exam === "SAA-C03")?.domains.find((d) => d.domain === "resilient");
    expect(resilient?.tasks[0]).toMatchObject({ task: "2.1", questions: 4, attempted: 1, correct: 1, gaps: [] });
  });

  it("lists questions stored without a task statement in a row of their own", async () => {
    await db().questionExamTag.updateMany({ where: { questionId: "cov-saa-21-d" }, data: { task: null } });
    const userId = await createLearner("coverage-untagged");
    const coverage = await getBlueprintCoverage({ userId });
    const resilient = coverage.find((e) => e.exam === "SAA-C03")?.domains.find((d) => d.domain === "resilient");
    expect(resilient?.tasks.map((t) => [t.task, t.questions])).toEqual([
      ["2.1", 3],
      ["2.2", 0],
      [null, 1],
    ]);
  });
});
