import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Card } from "@/lib/db/generated/client";
import { seedContent } from "@/lib/db/seed-content";
import { recordQuestionOutcome } from "@/lib/server/schedule/record-question-outcome";
import { recordQuestionOutcomes } from "@/lib/server/schedule/record-question-outcomes";
import { saveExamResponse } from "@/lib/server/exams/save-exam-response";
import { startExam } from "@/lib/server/exams/start-exam";
import { submitExam } from "@/lib/server/exams/submit-exam";
import { buildScheduler, gradeCard, gradeForOutcome, newCardState, snapshotCard, type CardState } from "@/lib/srs";
import { bankOf, questionData } from "../support/content-fixtures";
import { presentationSeed } from "@/lib/quiz";
import { shownFor } from "../support/presentation";
import { createLearner, examBankQuestions, fixtureKey } from "./exam-fixtures";

const QUESTIONS = Array.from({ length: 65 }, (_, i) => `ebs-srsb-${String(i).padStart(2, "0")}`);
const T0 = new Date("2026-04-01T09:00:00Z");
const DAY = 86_400_000;

function q(i: number): string {
  const id = QUESTIONS[i];
  if (id === undefined) throw new Error(`No fixture question ${i}`);
  return id;
}

function stateOf(card: Card): CardState {
  const {
    due,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview,
    isLeech,
  } = card;
  return {
    due,
    stability,
    difficulty,
    elapsedDays,
    scheduledDays,
    learningSteps,
    reps,
    lapses,
    state,
    lastReview,
    isLeech,
  };
}

function cardOf(cards: Map<string, Card>, questionId: string): Card {
  const card = cards.get(questionId);
  if (!card) throw new Error(`No card for ${questionId}`);
  return card;
}

async function cardsByItem(userId: string): Promise<Map<string, Card>> {
  const cards = await db().card.findMany({ where: { userId, itemKind: "question" } });
  return new Map(cards.map((card) => [card.itemId, card]));
}

/** Gives the learner varied card states: some questions answered once or twice before, wrong and right. */
async function withHistory(userId: string, questionIds: string[]): Promise<void> {
  for (const [i, questionId] of questionIds.entries()) {
    if (i % 3 === 2) continue;
    await recordQuestionOutcome(db(), {
      userId,
      questionId,
      correct: i % 2 === 0,
      now: new Date(T0.getTime() - 6 * DAY),
      source: "practice",
      requestId: `h1-${questionId}`,
    });
    if (i % 4 === 0) {
      await recordQuestionOutcome(db(), {
        userId,
        questionId,
        correct: i % 8 !== 0,
        now: new Date(T0.getTime() - 2 * DAY),
        source: "daily",
        requestId: `h2-${questionId}`,
      });
    }
  }
}

/** What grading each item one by one with the pure core gives, from the cards as they were before. */
function expectedGrades(
  before: Map<string, Card>,
  outcomes: { questionId: string; correct: boolean }[],
  now: Date,
  desiredRetention: number,
) {
  const scheduler = buildScheduler({ desiredRetention });
  return new Map(
    outcomes.map(({ questionId, correct }) => {
      const card = before.get(questionId);
      const previous = card ? stateOf(card) : newCardState(now);
      const graded = gradeCard(scheduler, previous, gradeForOutcome(correct), now);
      return [questionId, { previous, graded, version: (card?.version ?? 0) + 1 }];
    }),
  );
}

describe("recordQuestionOutcomes (the batch form)", () => {
  beforeAll(async () => {
    await seedContent(
      db(),
      bankOf({
        "content/ebs/srs-batch.yaml": { questions: QUESTIONS.map((id) => questionData(id)) },
        "content/ec2/exam-fixture.yaml": { questions: examBankQuestions() },
      }),
    );
  });
  afterAll(() => db().$disconnect());

  it("scores a 65-item exam into one log per item, with the cards grading them one by one would give", async () => {
    const userId = await createLearner("batch-exam");
    await db().user.update({ where: { id: userId }, data: { desiredRetention: 0.85 } });
    // Saves are judged by the database's clock as well as the request's, so this exam starts now, not at T0.
    const startedAt = new Date(Date.now() - 60_000);
    const started = await startExam({ userId, request: { kind: "saa_c03" }, now: startedAt, seed: 77 });
    const { questionIds } = await db().examAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
    expect(questionIds).toHaveLength(65);
    await withHistory(userId, questionIds.slice(0, 40));
    for (const [i, questionId] of questionIds.entries()) {
      if (i % 10 === 9) continue; // unanswered: wrong
      await saveExamResponse({
        userId,
        attemptId: started.attemptId,
        questionId,
        // In the letters the attempt shows: the stored labels' positions are not what the learner sees.
        selected: shownFor(
          presentationSeed.exam(started.attemptId, questionId),
          i % 3 === 0 ? ["c"] : fixtureKey(questionId),
          questionId.endsWith("-00") ? ["a", "b", "c", "d", "e"] : ["a", "b", "c", "d"],
        ),
        now: startedAt,
      });
    }
    const before = await cardsByItem(userId);
    const submittedAt = new Date(startedAt.getTime() + 40 * 60_000);

    await submitExam({ userId, attemptId: started.attemptId, now: submittedAt });

    const responses = await db().examResponse.findMany({
      where: { attemptId: started.attemptId },
      orderBy: { position: "asc" },
    });
    // Unanswered items count against the score only: they reach neither the schedule nor the logs.
    const answered = responses.filter((r) => r.selected.length > 0);
    const expected = expectedGrades(
      before,
      answered.map((r) => ({ questionId: r.questionId, correct: r.isCorrect === true })),
      submittedAt,
      0.85,
    );
    const after = await cardsByItem(userId);
    const logs = await db().reviewLog.findMany({
      where: { userId, source: "exam" },
      include: { card: { select: { itemId: true } } },
    });
    expect(logs).toHaveLength(answered.length);
    expect(answered).toHaveLength(59);
    for (const { questionId } of answered) {
      const want = expected.get(questionId);
      expect(stateOf(cardOf(after, questionId))).toEqual(want?.graded.card);
      expect(cardOf(after, questionId).version).toBe(want?.version);
      const log = logs.find((l) => l.card.itemId === questionId);
      expect(log).toMatchObject({
        requestId: `exam:${started.attemptId}:${questionId}`,
        ...want?.graded.log,
        durationMs: null,
      });
      expect(log?.previousCard).toEqual(want && snapshotCard(want.previous));
    }
    for (const { questionId } of responses.filter((r) => r.selected.length === 0)) {
      expect(after.get(questionId)).toEqual(before.get(questionId));
    }
  });

  it("returns what recordQuestionOutcome would, in input order, and records a repeated batch once", async () => {
    const userId = await createLearner("batch-repeat");
    await withHistory(userId, QUESTIONS.slice(10, 30));
    const before = await cardsByItem(userId);
    const outcomes = QUESTIONS.map((questionId, i) => ({ questionId, correct: i % 4 !== 1, requestId: `rep-${i}` }));

    const first = await recordQuestionOutcomes(db(), { userId, now: T0, source: "practice", outcomes });
    const expected = expectedGrades(before, outcomes, T0, 0.9);
    const after = await cardsByItem(userId);
    expect(first).toEqual(
      outcomes.map(({ questionId, correct }) => ({
        cardId: after.get(questionId)?.id,
        logId: expect.any(String),
        grade: gradeForOutcome(correct),
        due: expected.get(questionId)?.graded.card.due,
        isLeech: false,
        duplicate: false,
      })),
    );
    const logCount = await db().reviewLog.count({ where: { userId } });

    const again = await recordQuestionOutcomes(db(), {
      userId,
      now: new Date(T0.getTime() + 60_000),
      source: "practice",
      outcomes,
    });
    expect(again).toEqual(first.map((result) => ({ ...result, duplicate: true })));
    expect(await db().reviewLog.count({ where: { userId } })).toBe(logCount);
    expect(await cardsByItem(userId)).toEqual(after);
  });

  it("records only the items of a mixed batch whose requestIds are new", async () => {
    const userId = await createLearner("batch-mixed");
    const outcomes = QUESTIONS.slice(0, 30).map((questionId, i) => ({
      questionId,
      correct: i % 2 === 0,
      requestId: `mix-${i}`,
    }));
    for (const outcome of outcomes.filter((_, i) => i % 3 === 0))
      await recordQuestionOutcome(db(), { userId, now: T0, source: "daily", ...outcome });
    const before = await cardsByItem(userId);
    const later = new Date(T0.getTime() + DAY);

    const results = await recordQuestionOutcomes(db(), { userId, now: later, source: "exam", outcomes });

    expect(results.map((r) => r.duplicate)).toEqual(outcomes.map((_, i) => i % 3 === 0));
    expect(await db().reviewLog.count({ where: { userId } })).toBe(30);
    expect(await db().reviewLog.count({ where: { userId, source: "exam" } })).toBe(20);
    const after = await cardsByItem(userId);
    for (const [i, { questionId }] of outcomes.entries()) {
      // An already recorded item's card is left as it was; a new one is graded once.
      if (i % 3 === 0) expect(after.get(questionId)).toEqual(before.get(questionId));
      else expect(after.get(questionId)).toMatchObject({ reps: 1, version: 1, lastReview: later });
    }
  });

  it("grades a question answered twice in one batch from its state after the first answer", async () => {
    const userId = await createLearner("batch-twice");
    const outcomes = [
      { questionId: q(0), correct: true, requestId: "tw-1" },
      { questionId: q(1), correct: false, requestId: "tw-2" },
      { questionId: q(0), correct: false, requestId: "tw-3" },
      { questionId: q(0), correct: true, requestId: "tw-1" },
    ];
    const batch = await recordQuestionOutcomes(db(), { userId, now: T0, source: "practice", outcomes });

    const other = await createLearner("batch-twice-one-by-one");
    const oneByOne = [];
    for (const outcome of outcomes)
      oneByOne.push(await recordQuestionOutcome(db(), { userId: other, now: T0, source: "practice", ...outcome }));
    const strip = (r: { cardId: string; logId: string }) => ({ ...r, cardId: undefined, logId: undefined });
    expect(batch.map(strip)).toEqual(oneByOne.map(strip));
    const [mine, theirs] = await Promise.all([cardsByItem(userId), cardsByItem(other)]);
    expect(stateOf(cardOf(mine, q(0)))).toEqual(stateOf(cardOf(theirs, q(0))));
    expect(mine.get(q(0))?.version).toBe(2);
    expect(await db().reviewLog.count({ where: { userId } })).toBe(3);
  });

  it("refuses a requestId already used for another item (CONFLICT) or an unknown question (NOT_FOUND), writing nothing", async () => {
    const userId = await createLearner("batch-conflict");
    await recordQuestionOutcome(db(), {
      userId,
      questionId: q(0),
      correct: true,
      now: T0,
      source: "practice",
      requestId: "used",
    });
    const batch = (outcomes: { questionId: string; correct: boolean; requestId: string }[]) =>
      recordQuestionOutcomes(db(), { userId, now: T0, source: "exam", outcomes });

    await expect(
      batch([
        { questionId: q(2), correct: true, requestId: "new-2" },
        { questionId: q(1), correct: true, requestId: "used" },
      ]),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      batch([
        { questionId: q(2), correct: true, requestId: "same" },
        { questionId: q(3), correct: true, requestId: "same" },
      ]),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      batch([
        { questionId: q(2), correct: true, requestId: "new-2" },
        { questionId: "ebs-srsb-nope", correct: true, requestId: "new-x" },
      ]),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().reviewLog.count({ where: { userId } })).toBe(1);
    expect(await db().card.count({ where: { userId } })).toBe(1);
  });

  it("lets concurrent batches and single answers on overlapping cards finish without deadlock or a double record", async () => {
    for (let round = 0; round < 3; round++) {
      const userId = await createLearner("batch-race");
      const batchA = QUESTIONS.slice(0, 40).map((questionId, i) => ({
        questionId,
        correct: i % 2 === 0,
        requestId: `A-${i}`,
      }));
      const batchB = QUESTIONS.slice(20)
        .reverse()
        .map((questionId, i) => ({ questionId, correct: i % 3 !== 0, requestId: `B-${i}` }));
      const singles = QUESTIONS.slice(25, 35).map((questionId, i) => ({
        questionId,
        correct: i % 2 === 1,
        requestId: `S-${i}`,
      }));
      const now = new Date(T0.getTime() + round * DAY);
      const [a1, a2] = await Promise.all([
        recordQuestionOutcomes(db(), { userId, now, source: "exam", outcomes: batchA }),
        recordQuestionOutcomes(db(), { userId, now, source: "exam", outcomes: batchA }),
        recordQuestionOutcomes(db(), { userId, now, source: "exam", outcomes: batchB }),
        ...singles.map((outcome) => recordQuestionOutcome(db(), { userId, now, source: "practice", ...outcome })),
      ]);
      // One copy of batch A recorded everything, the other found it all recorded.
      expect([a1, a2].map((results) => results.map((r) => r.duplicate))).toEqual(
        expect.arrayContaining([batchA.map(() => false), batchA.map(() => true)]),
      );
      expect(await db().reviewLog.count({ where: { userId } })).toBe(40 + 45 + 10);
      const cards = await cardsByItem(userId);
      expect(cards.size).toBe(65);
      for (const [i, questionId] of QUESTIONS.entries()) {
        const grades = (i < 40 ? 1 : 0) + (i >= 20 ? 1 : 0) + (i >= 25 && i < 35 ? 1 : 0);
        expect(cards.get(questionId)).toMatchObject({ reps: grades, version: grades });
      }
    }
  });
});
