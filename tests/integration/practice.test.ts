import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { getPracticeQuestion } from "@/lib/server/practice/get-practice-question";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { presentationSeed } from "@/lib/quiz";
import { bankOf, multipleQuestionData, questionData } from "../support/content-fixtures";
import { shownFor } from "../support/presentation";

let userId = "";
let requests = 0;
/** A request id of its own for each answer, as the practice page sends one per question shown. */
const fresh = () => `practice-test-${Date.now()}-${++requests}`;
let otherUserId = "";
/** The letters under which stored labels are shown in a learner's first presentation of a question. */
const letters = (learner: string, questionId: string, stored: string[], labels?: string[]) =>
  shownFor(presentationSeed.practice(learner, questionId, 0), stored, labels);
const FIVE = ["a", "b", "c", "d", "e"];

describe("practising a topic", () => {
  beforeAll(async () => {
    await seedContent(
      db(),
      bankOf({ "content/efs/practice.yaml": { questions: [questionData("efs-p1"), multipleQuestionData("efs-p2")] } }),
    );
    userId = (await db().user.create({ data: { email: `practice-${Date.now()}@example.com`, passwordHash: "x" } })).id;
    otherUserId = (await db().user.create({ data: { email: `other-${Date.now()}@example.com`, passwordHash: "x" } }))
      .id;
  });
  afterAll(() => db().$disconnect());

  it("sends the question without its key or explanations", async () => {
    const { question, total } = await getPracticeQuestion({ userId, topicId: "efs" });
    expect(total).toBe(2);
    const json = JSON.stringify(question);
    expect(json).not.toMatch(/isCorrect|correct|explanation|Why [a-e]/);
    expect(question?.choices.map((c) => c.label)).toEqual(
      ["a", "b", "c", "d"].concat(question?.type === "multiple" ? ["e"] : []),
    );
  });

  it("grades on the server, records the answer and moves on to an unanswered question", async () => {
    const first = await getPracticeQuestion({ userId, topicId: "efs" });
    expect(first.question?.id).toBe("efs-p1");
    // The learner picks stored "c", shown under some letter; the feedback speaks in the letters shown.
    const feedback = await submitPracticeAnswer({
      userId,
      questionId: "efs-p1",
      selected: letters(userId, "efs-p1", ["c"]),
      requestId: fresh(),
      presentation: first.presentation,
      now: new Date(),
    });
    expect(feedback).toMatchObject({
      isCorrect: false,
      key: letters(userId, "efs-p1", ["b"]),
      selected: letters(userId, "efs-p1", ["c"]),
    });
    expect(feedback.explanations.map((e) => e.label)).toEqual(["a", "b", "c", "d"]);
    expect(feedback.sources[0]).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
    expect(feedback.checkedAt).toBe("2026-11-22");
    const next = await getPracticeQuestion({ userId, topicId: "efs" });
    expect(next).toMatchObject({ answeredCount: 1, question: { id: "efs-p2" } });
    expect(await db().answer.count({ where: { userId, questionId: "efs-p1", isCorrect: false } })).toBe(1);
  });

  it("gives no partial credit and enforces Select N", async () => {
    await expect(
      submitPracticeAnswer({
        userId,
        questionId: "efs-p2",
        selected: ["a"],
        requestId: fresh(),
        presentation: 0,
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    expect(
      (
        await submitPracticeAnswer({
          userId,
          questionId: "efs-p2",
          selected: letters(userId, "efs-p2", ["a", "b"], FIVE),
          requestId: fresh(),
          presentation: 0,
          now: new Date(),
        })
      ).isCorrect,
    ).toBe(false);
    expect(
      (
        await submitPracticeAnswer({
          userId,
          questionId: "efs-p2",
          selected: letters(userId, "efs-p2", ["d", "a"], FIVE),
          requestId: fresh(),
          presentation: 0,
          now: new Date(),
        })
      ).isCorrect,
    ).toBe(true);
  });

  it("refuses unknown questions and unknown choices with a clear message", async () => {
    await expect(
      submitPracticeAnswer({
        userId,
        questionId: "efs-nope",
        selected: ["a"],
        requestId: fresh(),
        presentation: 0,
        now: new Date(),
      }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: 'No question with id "efs-nope"',
    });
    await expect(
      submitPracticeAnswer({
        userId,
        questionId: "efs-p1",
        selected: ["h"],
        requestId: fresh(),
        presentation: 0,
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("records a doubled or retried submission once, and refuses a request id reused for another question", async () => {
    const learner = (
      await db().user.create({ data: { email: `practice-twice-${Date.now()}@example.com`, passwordHash: "x" } })
    ).id;
    const requestId = fresh();
    const answer = {
      userId: learner,
      questionId: "efs-p1",
      selected: ["b"],
      requestId,
      presentation: 0,
      now: new Date(),
    };
    const [first, second] = await Promise.all([submitPracticeAnswer(answer), submitPracticeAnswer(answer)]);
    expect(first).toEqual(second);
    expect(await submitPracticeAnswer(answer)).toEqual(first);
    expect(await db().answer.count({ where: { userId: learner } })).toBe(1);
    expect(await db().reviewLog.count({ where: { userId: learner } })).toBe(1);
    expect(await db().card.findFirst({ where: { userId: learner, itemId: "efs-p1" }, select: { reps: true } })).toEqual(
      { reps: 1 },
    );
    await expect(submitPracticeAnswer({ ...answer, questionId: "efs-p2", selected: ["a", "d"] })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
    // A new presentation of the same question is a new answer.
    await submitPracticeAnswer({ ...answer, requestId: fresh() });
    expect(await db().answer.count({ where: { userId: learner } })).toBe(2);
  });

  it("keeps each learner's progress separate", async () => {
    const theirs = await getPracticeQuestion({ userId: otherUserId, topicId: "efs" });
    expect(theirs).toMatchObject({ answeredCount: 0, question: { id: "efs-p1" } });
  });
});
