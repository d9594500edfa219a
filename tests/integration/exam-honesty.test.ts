import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { answerDailyQuestion } from "@/lib/server/daily/answer-daily-question";
import { discardExam } from "@/lib/server/exams/discard-exam";
import { getExamRoom } from "@/lib/server/exams/get-exam-room";
import { listMissedQuestions } from "@/lib/server/exams/list-missed-questions";
import { saveExamResponse } from "@/lib/server/exams/save-exam-response";
import { startExam } from "@/lib/server/exams/start-exam";
import { submitExam } from "@/lib/server/exams/submit-exam";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { answerReviewQuestion } from "@/lib/server/review/answer-review-question";
import { presentationSeed } from "@/lib/quiz";
import { bankOf } from "../support/content-fixtures";
import { lettersByText, shownFor } from "../support/presentation";
import { createLearner, examBankQuestions, fixtureKey } from "./exam-fixtures";

const MINUTE = 60_000;
let request = 0;
const requestId = () => `honesty-request-${Date.now()}-${++request}`;
/** A learner's first practice presentation of a question: the letters its stored labels are shown under. */
const practiced = (userId: string, questionId: string, stored: string[]) =>
  shownFor(presentationSeed.practice(userId, questionId, 0), stored);

async function roomItems(userId: string, attemptId: string) {
  const room = await getExamRoom({ userId, attemptId, language: "en", now: new Date() });
  if (room.status !== "open") throw new Error("expected an open exam");
  return room.room.items;
}

/** A learner who missed two questions in practice, so a missed-questions retest holds exactly those two. */
async function learnerWithRetest(label: string) {
  const userId = await createLearner(label);
  const missed = ["exq-secure-01", "exq-secure-02"];
  for (const questionId of missed) {
    await submitPracticeAnswer({
      userId,
      questionId,
      selected: practiced(userId, questionId, ["a"]),
      requestId: requestId(),
      presentation: 0,
      now: new Date(),
    });
  }
  const { attemptId } = await startExam({ userId, request: { kind: "missed" }, now: new Date() });
  return { userId, attemptId, missed };
}

describe("an exam that measures the learner", () => {
  beforeAll(async () => {
    await seedContent(db(), bankOf({ "content/ec2/exam-fixture.yaml": { questions: examBankQuestions() } }));
  });
  afterAll(() => db().$disconnect());

  it("reveals no key of an open exam through practice, the daily quiz or review", async () => {
    const { userId, attemptId, missed } = await learnerWithRetest("oracle");
    const [question] = missed;
    if (!question) throw new Error("two missed questions");
    const now = new Date();
    await expect(
      submitPracticeAnswer({
        userId,
        questionId: question,
        selected: practiced(userId, question, ["b"]),
        requestId: requestId(),
        presentation: 0,
        now,
      }),
    ).rejects.toMatchObject({ code: "IN_OPEN_EXAM" });
    const card = await db().card.findUniqueOrThrow({
      where: { userId_itemKind_itemId: { userId, itemKind: "question", itemId: question } },
    });
    await expect(
      answerReviewQuestion({
        userId,
        questionId: question,
        selected: ["b"],
        expectedVersion: card.version,
        requestId: requestId(),
        now,
      }),
    ).rejects.toMatchObject({ code: "IN_OPEN_EXAM" });
    const quiz = await db().dailyQuiz.create({ data: { userId, day: "2026-12-07", questionIds: [question] } });
    await expect(
      answerDailyQuestion({ userId, quizId: quiz.id, questionId: question, selected: ["b"], now }),
    ).rejects.toMatchObject({ code: "IN_OPEN_EXAM" });
    // Nothing was recorded by the refused answers.
    expect(await db().answer.count({ where: { userId, questionId: question } })).toBe(1);

    // A question that is not in the exam still answers, and once the exam is submitted its questions do too.
    await expect(
      submitPracticeAnswer({
        userId,
        questionId: "exq-secure-03",
        selected: practiced(userId, "exq-secure-03", ["b"]),
        requestId: requestId(),
        presentation: 0,
        now,
      }),
    ).resolves.toMatchObject({ isCorrect: true, key: practiced(userId, "exq-secure-03", ["b"]) });
    await submitExam({ userId, attemptId, now: new Date() });
    await expect(
      submitPracticeAnswer({
        userId,
        questionId: question,
        selected: practiced(userId, question, ["b"]),
        requestId: requestId(),
        presentation: 0,
        now: new Date(),
      }),
    ).resolves.toMatchObject({ isCorrect: true });
  });

  it("discards an open attempt without scoring it or touching the review schedule", async () => {
    const userId = await createLearner("discard");
    const now = new Date();
    const { attemptId } = await startExam({ userId, request: { kind: "drill", topicId: "ec2" }, now });
    const items = await roomItems(userId, attemptId);
    for (const [i, item] of items.slice(0, 4).entries()) {
      const stored = i % 2 === 0 ? fixtureKey(item.questionId) : item.type === "multiple" ? ["b", "c"] : ["a"];
      const selected = lettersByText(item.choices, stored);
      await saveExamResponse({ userId, attemptId, questionId: item.questionId, selected, now });
    }
    const intruder = await createLearner("discard-intruder");
    await expect(discardExam({ userId: intruder, attemptId, now })).rejects.toMatchObject({ code: "NOT_FOUND" });

    await discardExam({ userId, attemptId, now: new Date() });
    expect(await db().examAttempt.count({ where: { id: attemptId } })).toBe(0);
    expect(await db().examResponse.count({ where: { attemptId } })).toBe(0);
    expect(await db().reviewLog.count({ where: { userId } })).toBe(0);
    expect(await db().card.count({ where: { userId } })).toBe(0);
    expect(await listMissedQuestions({ userId, limit: 10 })).toEqual({ ids: [], count: 0 });
    await expect(discardExam({ userId, attemptId, now })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // A scored attempt stays: it is history, and its answers are already in review.
    const scored = await startExam({ userId, request: { kind: "drill", topicId: "ec2" }, now: new Date() });
    await submitExam({ userId, attemptId: scored.attemptId, now: new Date() });
    await expect(discardExam({ userId, attemptId: scored.attemptId, now: new Date() })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses a save that arrived before the deadline but got the attempt's lock after it", async () => {
    const userId = await createLearner("deadline-at-commit");
    // A 30-minute drill whose deadline is 1.5 s from now.
    const startedAt = new Date(Date.now() - 30 * MINUTE + 1500);
    const { attemptId, deadline } = await startExam({
      userId,
      request: { kind: "drill", topicId: "ec2" },
      now: startedAt,
    });
    const [item] = await roomItems(userId, attemptId);
    if (!item) throw new Error("drill has items");

    // Another request holds the attempt's row lock for 3 s (a slow submission, a busy database).
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const blocker = db().$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT 1 FROM exam_attempts WHERE id = ${attemptId} FOR UPDATE`;
        holding();
        await new Promise((resolve) => setTimeout(resolve, 3000));
      },
      { timeout: 10_000 },
    );
    await held;
    const sentAt = new Date();
    expect(sentAt.getTime()).toBeLessThan(deadline.getTime());
    await expect(
      saveExamResponse({
        userId,
        attemptId,
        questionId: item.questionId,
        selected: fixtureKey(item.questionId),
        now: sentAt,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await blocker;
    const stored = await db().examResponse.findUniqueOrThrow({
      where: { attemptId_questionId: { attemptId, questionId: item.questionId } },
    });
    expect(stored.selected).toEqual([]);
  });
});
