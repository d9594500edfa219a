import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/content";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { seedFromFiles } from "@/scripts/lib/seed-from-files";
import { bankOf, flashcardData, multipleQuestionData, questionData } from "../support/content-fixtures";

const FILE = "content/ebs/seed-test.yaml";

async function snapshot() {
  const [questions, flashcards, choices] = await Promise.all([
    db().question.findMany({ orderBy: { id: "asc" } }),
    db().flashcard.findMany({ orderBy: { id: "asc" } }),
    db().choice.findMany({ orderBy: [{ questionId: "asc" }, { label: "asc" }] }),
  ]);
  return { questions, flashcards, choices };
}

describe("seeding content by stable id", () => {
  beforeEach(async () => {
    await db().answer.deleteMany();
    await db().question.deleteMany();
    await db().flashcard.deleteMany();
  });
  afterAll(() => db().$disconnect());

  it("creates topics, questions with choices and exam tags, and flashcards", async () => {
    const bank = bankOf({
      [FILE]: {
        questions: [questionData("ebs-q1"), multipleQuestionData("ebs-q2")],
        flashcards: [flashcardData("ebs-c1")],
      },
    });
    const result = await seedContent(db(), bank);
    expect(result.questions).toEqual({ created: 2, updated: 0, unchanged: 0, retired: 0 });
    expect(await db().topic.count()).toBe(TOPICS.length);
    const q2 = await db().question.findUniqueOrThrow({
      where: { id: "ebs-q2" },
      include: { choices: true, examTags: true },
    });
    expect(q2).toMatchObject({ topicId: "ebs", type: "multiple", selectCount: 2, sourceFile: FILE });
    expect(
      q2.choices
        .filter((c) => c.isCorrect)
        .map((c) => c.label)
        .sort(),
    ).toEqual(["a", "d"]);
    expect(q2.examTags).toMatchObject([{ questionId: "ebs-q2", exam: "SAA-C03", domain: "secure" }]);
  });

  it("stores checkedAt and the sources learners see, never the provenance", async () => {
    await seedContent(db(), bankOf({ [FILE]: { flashcards: [flashcardData("ebs-c1", { checkedAt: "2026-12-07" })] } }));
    const card = await db().flashcard.findUniqueOrThrow({ where: { id: "ebs-c1" } });
    expect(card.checkedAt?.toISOString()).toBe("2026-12-07T00:00:00.000Z");
    expect(card.sources).toEqual([
      { title: "AWS Identity and Access Management", url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/" },
    ]);
    expect(JSON.stringify(card)).not.toMatch(/_[0-9a-f]{16}\.txt/);
  });

  it("stores each exam tag's task statement, and fills it in on rows stored before the column existed", async () => {
    const exams = [
      { exam: "SAA-C03", domain: "resilient", task: "2.2" },
      { exam: "CLF-C02", domain: "technology-services", task: "3.6" },
    ];
    const bank = bankOf({ [FILE]: { questions: [questionData("ebs-q1", { exams }), questionData("ebs-q3")] } });
    await seedContent(db(), bank);
    const tagsOf = (questionId: string) =>
      db().questionExamTag.findMany({
        where: { questionId },
        orderBy: { exam: "asc" },
        select: { exam: true, task: true },
      });
    expect(await tagsOf("ebs-q1")).toEqual([
      { exam: "CLF-C02", task: "3.6" },
      { exam: "SAA-C03", task: "2.2" },
    ]);
    // A row seeded before the migration: same content hash, no task.
    await db().questionExamTag.updateMany({ where: { questionId: "ebs-q1" }, data: { task: null } });
    const again = await seedContent(db(), bank);
    expect(again.questions).toMatchObject({ updated: 1, unchanged: 1 });
    expect((await tagsOf("ebs-q1")).map((t) => t.task)).toEqual(["3.6", "2.2"]);
  });

  it("writes nothing when re-seeding unchanged content", async () => {
    const bank = bankOf({ [FILE]: { questions: [questionData("ebs-q1")], flashcards: [flashcardData("ebs-c1")] } });
    await seedContent(db(), bank);
    const before = await snapshot();
    const result = await seedContent(db(), bank);
    expect(result).toEqual({
      questions: { created: 0, updated: 0, unchanged: 1, retired: 0 },
      flashcards: { created: 0, updated: 0, unchanged: 1, retired: 0 },
      topicsWritten: 0,
    });
    expect(await snapshot()).toEqual(before);
  });

  it("updates an edited question in place and keeps the learners' answers", async () => {
    await seedContent(db(), bankOf({ [FILE]: { questions: [questionData("ebs-q1")] } }));
    const user = await db().user.create({ data: { email: `seed-${Date.now()}@example.com`, passwordHash: "x" } });
    await db().answer.create({
      data: {
        userId: user.id,
        questionId: "ebs-q1",
        mode: "practice",
        selected: ["b"],
        isCorrect: true,
        contentHash: "old",
      },
    });
    const edited = questionData("ebs-q1", { stem: { ko: "고친 지문", en: "An edited stem" } });
    const result = await seedContent(db(), bankOf({ [FILE]: { questions: [edited] } }));
    expect(result.questions).toMatchObject({ updated: 1, created: 0 });
    expect((await db().question.findUniqueOrThrow({ where: { id: "ebs-q1" } })).stemEn).toBe("An edited stem");
    expect(await db().answer.count({ where: { userId: user.id } })).toBe(1);
  });

  it("retires a removed question instead of deleting it, and revives it when it returns", async () => {
    await seedContent(db(), bankOf({ [FILE]: { questions: [questionData("ebs-q1"), questionData("ebs-q2")] } }));
    const result = await seedContent(db(), bankOf({ [FILE]: { questions: [questionData("ebs-q1")] } }));
    expect(result.questions.retired).toBe(1);
    expect((await db().question.findUniqueOrThrow({ where: { id: "ebs-q2" } })).retiredAt).toBeInstanceOf(Date);
    await seedContent(db(), bankOf({ [FILE]: { questions: [questionData("ebs-q1"), questionData("ebs-q2")] } }));
    expect((await db().question.findUniqueOrThrow({ where: { id: "ebs-q2" } })).retiredAt).toBeNull();
  });

  it("stops before writing anything when one file is invalid, naming file, id and field", async () => {
    await seedContent(db(), bankOf({ [FILE]: { questions: [questionData("ebs-q1")] } }));
    const before = await snapshot();
    const root = await mkdtemp(path.join(tmpdir(), "gureum-seed-"));
    await mkdir(path.join(root, "content", "ebs"), { recursive: true });
    await writeFile(path.join(root, "content/ebs/good.yaml"), stringify({ questions: [questionData("ebs-new")] }));
    const broken = questionData("ebs-broken");
    delete (broken as Partial<typeof broken>).difficulty;
    await writeFile(path.join(root, "content/ebs/bad.yaml"), stringify({ questions: [broken] }));
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => errors.push(line);
    try {
      expect(await seedFromFiles(db(), root)).toBe(false);
    } finally {
      console.error = original;
    }
    expect(errors[0]).toMatch(/^content\/ebs\/bad\.yaml: ebs-broken: difficulty: /);
    expect(await snapshot()).toEqual(before);
  });
});
