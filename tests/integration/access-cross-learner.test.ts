import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { answerDailyQuestion } from "@/lib/server/daily/answer-daily-question";
import { answerReviewQuestion } from "@/lib/server/review/answer-review-question";
import { AppError } from "@/lib/server/app-error";
import { closeReport } from "@/lib/server/reports/close-report";
import { openDailyQuiz } from "@/lib/server/daily/open-daily-quiz";
import { getExamResult } from "@/lib/server/exams/get-exam-result";
import { getExamRoom } from "@/lib/server/exams/get-exam-room";
import { gradeFlashcard } from "@/lib/server/review/grade-flashcard";
import { markReviewEasy } from "@/lib/server/review/mark-review-easy";
import { moveExamCursor } from "@/lib/server/exams/move-exam-cursor";
import { recordQuestionOutcome } from "@/lib/server/schedule/record-question-outcome";
import { reportItem } from "@/lib/server/reports/report-item";
import { saveExamResponse } from "@/lib/server/exams/save-exam-response";
import { startExam } from "@/lib/server/exams/start-exam";
import { submitExam } from "@/lib/server/exams/submit-exam";
import { undoReview } from "@/lib/server/review/undo-review";
import { bankOf, flashcardData, questionData } from "../support/content-fixtures";

const stamp = Math.random().toString(36).slice(2, 8);
const NOW = new Date();
const QUESTIONS = Array.from({ length: 6 }, (_, i) => `acc-q${i}-${stamp}`);
let alice = "";
let mallory = "";
const ids = { flashcardLog: "", flashcardRequest: "", questionLog: "", quiz: "", attempt: "", report: "" };

async function expectRefused(call: Promise<unknown>, code: string) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the call should have been refused").toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

/** Everything of Alice's that another learner's calls could change, as plain data. */
async function aliceData() {
  const [cards, logs, quizzes, attempts, reports] = await Promise.all([
    db().card.findMany({ where: { userId: alice }, orderBy: { id: "asc" } }),
    db().reviewLog.findMany({ where: { userId: alice }, orderBy: { id: "asc" } }),
    db().dailyQuiz.findMany({ where: { userId: alice }, include: { answers: true } }),
    db().examAttempt.findMany({ where: { userId: alice }, include: { responses: { orderBy: { position: "asc" } } } }),
    db().itemReport.findMany({ where: { userId: alice } }),
  ]);
  return JSON.parse(JSON.stringify({ cards, logs, quizzes, attempts, reports })) as unknown;
}

describe("one learner's ids in another learner's calls", () => {
  beforeAll(async () => {
    await seedContent(
      db(),
      bankOf({
        [`content/efs/access-${stamp}.yaml`]: {
          flashcards: [flashcardData(`acc-c1-${stamp}`)],
          questions: QUESTIONS.map((id) =>
            questionData(id, { exams: [{ exam: "CLF-C02", domain: "technology-services", task: "3.3" }] }),
          ),
        },
        // A live question of another topic: never part of Alice's EFS drill.
        [`content/ebs/access-${stamp}.yaml`]: { questions: [questionData(`acc-x-${stamp}`)] },
      }),
    );
    const user = (name: string) =>
      db().user.create({ data: { email: `${name}-${stamp}@example.com`, passwordHash: "x" } });
    alice = (await user("alice")).id;
    mallory = (await user("mallory")).id;

    ids.flashcardRequest = `alice-request-${stamp}-0001`;
    ids.flashcardLog = (
      await gradeFlashcard({
        userId: alice,
        flashcardId: `acc-c1-${stamp}`,
        grade: "good",
        expectedVersion: 0,
        requestId: ids.flashcardRequest,
        now: NOW,
      })
    ).logId;
    await recordQuestionOutcome(db(), {
      userId: alice,
      questionId: QUESTIONS[0]!,
      correct: true,
      now: new Date(NOW.getTime() - 5 * 86_400_000),
      source: "practice",
      requestId: `alice-practice-${stamp}`,
    });
    const card = await db().card.findFirstOrThrow({ where: { userId: alice, itemId: QUESTIONS[0]! } });
    await db().card.update({ where: { id: card.id }, data: { due: new Date(NOW.getTime() - 60_000) } });
    const answered = await answerReviewQuestion({
      userId: alice,
      questionId: QUESTIONS[0]!,
      selected: ["b"],
      expectedVersion: card.version,
      requestId: `alice-review-${stamp}-0001`,
      now: NOW,
    });
    ids.questionLog = answered.logId;
    ids.quiz = (await openDailyQuiz({ userId: alice, now: NOW })).quizId;
    ids.attempt = (await startExam({ userId: alice, request: { kind: "drill", topicId: "efs" }, now: NOW })).attemptId;
    ids.report = (
      await reportItem({
        userId: alice,
        report: { itemKind: "question", itemId: QUESTIONS[1]!, reason: "unclear", details: "" },
      })
    ).id;
  });
  afterAll(() => db().$disconnect());

  it("refuses every call that names Alice's reviews, quiz, exam or report, and leaves her data as it was", async () => {
    const before = await aliceData();
    const attempt = await db().examAttempt.findUniqueOrThrow({ where: { id: ids.attempt } });
    const inAttempt = attempt.questionIds[0]!;
    await expectRefused(undoReview({ userId: mallory, logId: ids.flashcardLog }), "NOT_FOUND");
    await expectRefused(undoReview({ userId: mallory, logId: ids.questionLog }), "NOT_FOUND");
    await expectRefused(markReviewEasy({ userId: mallory, logId: ids.questionLog }), "NOT_FOUND");
    await expectRefused(
      answerReviewQuestion({
        userId: mallory,
        questionId: QUESTIONS[0]!,
        selected: ["a"],
        expectedVersion: 0,
        requestId: `alice-review-${stamp}-0001`,
        now: NOW,
      }),
      "NOT_FOUND",
    );
    await expectRefused(
      answerDailyQuestion({ userId: mallory, quizId: ids.quiz, questionId: QUESTIONS[2]!, selected: ["a"], now: NOW }),
      "NOT_FOUND",
    );
    await expectRefused(
      saveExamResponse({ userId: mallory, attemptId: ids.attempt, questionId: inAttempt, selected: ["a"], now: NOW }),
      "NOT_FOUND",
    );
    await expectRefused(
      saveExamResponse({ userId: mallory, attemptId: ids.attempt, questionId: inAttempt, flagged: true, now: NOW }),
      "NOT_FOUND",
    );
    await expectRefused(moveExamCursor({ userId: mallory, attemptId: ids.attempt, index: 3, now: NOW }), "NOT_FOUND");
    await expectRefused(submitExam({ userId: mallory, attemptId: ids.attempt, now: NOW }), "NOT_FOUND");
    await expectRefused(
      getExamRoom({ userId: mallory, attemptId: ids.attempt, language: "en", now: NOW }),
      "NOT_FOUND",
    );
    await expectRefused(getExamResult({ userId: mallory, attemptId: ids.attempt }), "NOT_FOUND");
    await expectRefused(
      closeReport({ maintainerId: mallory, reportId: ids.report, status: "dismissed", now: new Date() }),
      "UNAUTHORIZED",
    );
    // Alice's request id is only a name in Alice's space: Mallory's grade with it is Mallory's own first review.
    const own = await gradeFlashcard({
      userId: mallory,
      flashcardId: `acc-c1-${stamp}`,
      grade: "again",
      expectedVersion: 0,
      requestId: ids.flashcardRequest,
      now: NOW,
    });
    expect(own.duplicate).toBe(false);
    expect(await db().reviewLog.findUniqueOrThrow({ where: { id: own.logId } })).toMatchObject({ userId: mallory });
    expect(await aliceData()).toEqual(before);
  });

  it("refuses exam tampering: items outside the attempt, answers after the deadline, changes to a submitted attempt", async () => {
    const attempt = await db().examAttempt.findUniqueOrThrow({ where: { id: ids.attempt } });
    expect(attempt.questionIds).not.toContain(`acc-x-${stamp}`);
    await expectRefused(
      saveExamResponse({
        userId: alice,
        attemptId: ids.attempt,
        questionId: `acc-x-${stamp}`,
        selected: ["b"],
        now: NOW,
      }),
      "NOT_FOUND",
    );
    await expectRefused(
      saveExamResponse({
        userId: alice,
        attemptId: ids.attempt,
        questionId: "ec2-no-such-question",
        selected: ["b"],
        now: NOW,
      }),
      "NOT_FOUND",
    );
    expect(await db().examResponse.count({ where: { attemptId: ids.attempt } })).toBe(attempt.questionIds.length);

    const first = attempt.questionIds[0]!;
    await saveExamResponse({ userId: alice, attemptId: ids.attempt, questionId: first, selected: ["b"], now: NOW });
    const saved = await db().examResponse.findFirstOrThrow({ where: { attemptId: ids.attempt, questionId: first } });
    expect(saved.selected).toHaveLength(1);
    const late = new Date(attempt.deadline.getTime() + 1000);
    await expectRefused(
      saveExamResponse({ userId: alice, attemptId: ids.attempt, questionId: first, selected: ["a"], now: late }),
      "CONFLICT",
    );
    await expectRefused(moveExamCursor({ userId: alice, attemptId: ids.attempt, index: 1, now: late }), "CONFLICT");
    expect(
      await db().examResponse.findFirstOrThrow({ where: { attemptId: ids.attempt, questionId: first } }),
    ).toMatchObject({ selected: saved.selected });

    await submitExam({ userId: alice, attemptId: ids.attempt, now: NOW });
    const scored = await db().examAttempt.findUniqueOrThrow({
      where: { id: ids.attempt },
      include: { responses: true },
    });
    await expectRefused(
      saveExamResponse({ userId: alice, attemptId: ids.attempt, questionId: first, selected: ["a"], now: NOW }),
      "CONFLICT",
    );
    await expectRefused(
      saveExamResponse({ userId: alice, attemptId: ids.attempt, questionId: first, flagged: true, now: NOW }),
      "CONFLICT",
    );
    expect(await submitExam({ userId: alice, attemptId: ids.attempt, now: NOW })).toMatchObject({
      alreadySubmitted: true,
    });
    expect(
      await db().examAttempt.findUniqueOrThrow({ where: { id: ids.attempt }, include: { responses: true } }),
    ).toEqual(scored);
  });
});
