import "server-only";
import type { Db } from "@/lib/db/client";
import type { Card, Prisma, ReviewLog } from "@/lib/db/generated/client";
import type { CardState } from "@/lib/srs/card-state";
import { gradeCard, gradeForOutcome, gradeNameOf, type GradeName } from "@/lib/srs/review";
import { buildScheduler } from "@/lib/srs/scheduler";
import { AppError } from "@/lib/server/app-error";
import { lockOrCreateCards } from "@/lib/db/sql/lock-cards";
import { newReviewLog, readDesiredRetention, saveCardGrades, type GradedCardWrite } from "@/lib/server/schedule/write-grade";

type Source = "practice" | "daily" | "exam";

export interface QuestionOutcomeInput {
  userId: string;
  questionId: string;
  correct: boolean;
  /** The server's time of the answer; never the browser's. */
  now: Date;
  source: Source;
  /** Unique per answer for this user: a repeated call with the same id records nothing new. */
  requestId: string;
}

export interface QuestionOutcomesInput {
  userId: string;
  /** The server's time of the answers; never the browser's. */
  now: Date;
  source: Source;
  /** Recorded in this order, as that many `recordQuestionOutcome` calls would be. */
  outcomes: readonly { questionId: string; correct: boolean; requestId: string }[];
}

export interface QuestionOutcome {
  cardId: string;
  grade: GradeName;
  /** When the question is next due for this learner. */
  due: Date;
  isLeech: boolean;
  /** True when this requestId had already been recorded and nothing was written. */
  duplicate: boolean;
}

/**
 * Feeds an answered question into the learner's spaced-repetition schedule: creates the learner's card for the
 * question if needed and grades it Again (wrong) or Good (right), with one review log, idempotent per requestId.
 * Pass a transaction client to make it part of a larger write (the answer row, an exam submission); given the
 * plain client it opens its own transaction. NOT_FOUND for an unknown question; CONFLICT for a requestId already
 * used for another item.
 */
export async function recordQuestionOutcome(tx: Prisma.TransactionClient | Db, input: QuestionOutcomeInput): Promise<QuestionOutcome> {
  const { questionId, correct, requestId, ...rest } = input;
  const [outcome] = await recordQuestionOutcomes(tx, { ...rest, outcomes: [{ questionId, correct, requestId }] });
  if (!outcome) throw new Error("recordQuestionOutcomes returned no outcome for one input");
  return outcome;
}

/**
 * `recordQuestionOutcome` for many answers at once (an exam's 65 items), with the same rules and results, one per
 * input in order. Batched so that the number of statements does not grow with the number of answers: the logs
 * already recorded, the cards (created and locked), the learner's retention, all the card updates and all the logs
 * are each one statement. NOT_FOUND when any question is unknown, writing nothing.
 */
export async function recordQuestionOutcomes(tx: Prisma.TransactionClient | Db, input: QuestionOutcomesInput): Promise<QuestionOutcome[]> {
  if ("$transaction" in tx) return tx.$transaction((inner) => record(inner, input));
  return record(tx, input);
}

/** A recorded review as far as a repeated request needs it: which card it graded, how, and that card's state. */
interface LoggedReview {
  cardId: string;
  rating: number;
  card: Pick<Card, "userId" | "itemKind" | "itemId" | "due" | "isLeech">;
}

async function record(tx: Prisma.TransactionClient, input: QuestionOutcomesInput): Promise<QuestionOutcome[]> {
  const { userId, now, outcomes } = input;
  if (outcomes.length === 0) return [];
  const questionIds = distinct(outcomes.map((o) => o.questionId));
  const known = new Set((await tx.question.findMany({ where: { id: { in: questionIds } }, select: { id: true } })).map((q) => q.id));
  const unknown = questionIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError("NOT_FOUND", `No question with id "${unknown}"`);

  const logged = await findLoggedReviews(tx, userId, distinct(outcomes.map((o) => o.requestId)));
  const fresh = outcomes.filter((o) => !logged.has(o.requestId));
  let cards = new Map<string, Card>();
  if (fresh.length > 0) {
    cards = await lockOrCreateCards(tx, { userId, itemKind: "question", itemIds: fresh.map((o) => o.questionId), now });
    // A concurrent call with the same requestId may have committed while this one waited for the locks.
    for (const [requestId, log] of await findLoggedReviews(tx, userId, distinct(fresh.map((o) => o.requestId)))) logged.set(requestId, log);
  }
  const scheduler = outcomes.some((o) => !logged.has(o.requestId)) ? buildScheduler({ desiredRetention: await readDesiredRetention(tx, userId) }) : null;

  // Grade in input order, as one call per answer would: a card answered twice in one batch is graded from its state
  // after the first answer, and a replay reports the card as it is at that point.
  const lockedById = new Map([...cards.values()].map((card) => [card.id, card]));
  const current = new Map<string, GradedCardWrite>(); // card id → its state after this batch's grades so far
  const logs: ReviewLog[] = [];
  const results = outcomes.map((o): QuestionOutcome => {
    const earlier = logged.get(o.requestId);
    if (earlier) {
      if (earlier.card.userId !== userId || earlier.card.itemKind !== "question" || earlier.card.itemId !== o.questionId) {
        throw new AppError("CONFLICT", `Request id "${o.requestId}" was already used for another review`);
      }
      const state = current.get(earlier.cardId)?.state ?? lockedById.get(earlier.cardId) ?? earlier.card;
      return { cardId: earlier.cardId, grade: gradeNameOf(earlier.rating) ?? "again", due: state.due, isLeech: state.isLeech, duplicate: true };
    }
    const card = cards.get(o.questionId);
    if (!card || !scheduler) throw new Error(`No locked card for question "${o.questionId}"`);
    const before: CardState = current.get(card.id)?.state ?? card;
    const grade = gradeForOutcome(o.correct);
    const graded = gradeCard(scheduler, before, grade, now);
    current.set(card.id, { id: card.id, version: card.version, grades: (current.get(card.id)?.grades ?? 0) + 1, state: graded.card });
    logs.push(newReviewLog(card, graded.log, { requestId: o.requestId, source: input.source, durationMs: null, previous: before }));
    // A repeat of this requestId later in the same batch replays this grade.
    logged.set(o.requestId, { cardId: card.id, rating: graded.log.rating, card });
    return { cardId: card.id, grade, due: graded.card.due, isLeech: graded.card.isLeech, duplicate: false };
  });
  await saveCardGrades(tx, { userId, cards: [...current.values()], logs, now });
  return results;
}

async function findLoggedReviews(tx: Prisma.TransactionClient, userId: string, requestIds: string[]): Promise<Map<string, LoggedReview>> {
  const logs = await tx.reviewLog.findMany({ where: { userId, requestId: { in: requestIds } }, select: { requestId: true, cardId: true, rating: true } });
  if (logs.length === 0) return new Map(); // the usual case: nothing recorded yet, no cards to read
  const cards = await tx.card.findMany({
    where: { id: { in: distinct(logs.map((log) => log.cardId)) } },
    select: { id: true, userId: true, itemKind: true, itemId: true, due: true, isLeech: true },
  });
  const byId = new Map(cards.map((card) => [card.id, card]));
  const found = new Map<string, LoggedReview>();
  for (const { requestId, cardId, rating } of logs) {
    const card = byId.get(cardId); // always there: a card's logs are deleted with it
    if (card) found.set(requestId, { cardId, rating, card });
  }
  return found;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}
