import "server-only";
import type { Db } from "@/lib/db/client";
import type { Card, PracticeMode, Prisma, ReviewLog } from "@/lib/db/generated/client";
import { lockOrCreateCards, saveCardGrades, type GradedCardWrite } from "@/lib/db/sql/cards";
import { findLoggedReviews, newReviewLog } from "@/lib/db/sql/review-logs";
import { readDesiredRetention } from "@/lib/db/sql/users";
import {
  buildScheduler,
  gradeCard,
  gradeForOutcome,
  gradeNameOf,
  newCardState,
  type CardState,
  type GradeName,
} from "@/lib/srs";
import { AppError } from "../app-error";

type Source = PracticeMode;

export interface QuestionOutcomesInput {
  userId: string;
  /** The server's time of the answers; never the browser's. */
  now: Date;
  source: Source;
  /** Recorded in this order, as that many `recordQuestionOutcome` calls would be. */
  outcomes: readonly { questionId: string; correct: boolean; requestId: string; expectedVersion?: number }[];
}

export interface QuestionOutcome {
  cardId: string;
  /** The review log of this outcome (the earlier one for a repeated request id). */
  logId: string;
  grade: GradeName;
  /** When the question is next due for this learner. */
  due: Date;
  isLeech: boolean;
  /** True when this requestId had already been recorded and nothing was written. */
  duplicate: boolean;
}

/**
 * Feeds answered questions into the learner's spaced-repetition schedule: creates the learner's card for each
 * question if needed and grades it Again (wrong) or Good (right), with one review log each, idempotent per requestId;
 * results come one per input in order. Pass a transaction client to make it part of a larger write (the answer row,
 * an exam submission); given the plain client it opens its own transaction. NOT_FOUND for an unknown question;
 * CONFLICT for a requestId already used for another item, or a card whose version is not `expectedVersion`. Batched so that the number of statements does not grow with the number of answers: the logs
 * already recorded, the cards (created and locked), the learner's retention, all the card updates and all the logs
 * are each one statement. NOT_FOUND when any question is unknown, writing nothing.
 */
export async function recordQuestionOutcomes(
  tx: Prisma.TransactionClient | Db,
  input: QuestionOutcomesInput,
): Promise<QuestionOutcome[]> {
  if ("$transaction" in tx) return tx.$transaction((inner) => record(inner, input));
  return record(tx, input);
}

async function record(tx: Prisma.TransactionClient, input: QuestionOutcomesInput): Promise<QuestionOutcome[]> {
  const { userId, now, outcomes } = input;
  if (outcomes.length === 0) return [];
  const questionIds = distinct(outcomes.map((o) => o.questionId));
  const known = new Set(
    (await tx.question.findMany({ where: { id: { in: questionIds } }, select: { id: true } })).map((q) => q.id),
  );
  const unknown = questionIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw new AppError("NOT_FOUND", `No question with id "${unknown}"`);

  const logged = await findLoggedReviews(tx, userId, distinct(outcomes.map((o) => o.requestId)));
  const fresh = outcomes.filter((o) => !logged.has(o.requestId));
  let cards = new Map<string, Card>();
  if (fresh.length > 0) {
    cards = await lockOrCreateCards(tx, {
      userId,
      itemKind: "question",
      itemIds: fresh.map((o) => o.questionId),
      fresh: newCardState(now),
      now,
    });
    // A concurrent call with the same requestId may have committed while this one waited for the locks.
    for (const [requestId, log] of await findLoggedReviews(tx, userId, distinct(fresh.map((o) => o.requestId))))
      logged.set(requestId, log);
  }
  let scheduler: ReturnType<typeof buildScheduler> | null = null;
  if (outcomes.some((o) => !logged.has(o.requestId))) {
    const desiredRetention = await readDesiredRetention(tx, userId);
    if (desiredRetention === null) throw new AppError("NOT_FOUND", "No such learner");
    scheduler = buildScheduler({ desiredRetention });
  }

  // Grade in input order, as one call per answer would: a card answered twice in one batch is graded from its state
  // after the first answer, and a replay reports the card as it is at that point.
  const lockedById = new Map([...cards.values()].map((card) => [card.id, card]));
  const current = new Map<string, GradedCardWrite>(); // card id → its state after this batch's grades so far
  const logs: ReviewLog[] = [];
  const results = outcomes.map((o): QuestionOutcome => {
    const earlier = logged.get(o.requestId);
    if (earlier) {
      if (
        earlier.card.userId !== userId ||
        earlier.card.itemKind !== "question" ||
        earlier.card.itemId !== o.questionId
      ) {
        throw new AppError("CONFLICT", `Request id "${o.requestId}" was already used for another review`);
      }
      const state = current.get(earlier.cardId)?.state ?? lockedById.get(earlier.cardId) ?? earlier.card;
      return {
        cardId: earlier.cardId,
        logId: earlier.id,
        grade: gradeNameOf(earlier.rating) ?? "again",
        due: state.due,
        isLeech: state.isLeech,
        duplicate: true,
      };
    }
    const card = cards.get(o.questionId);
    if (!card || !scheduler) throw new Error(`No locked card for question "${o.questionId}"`);
    if (o.expectedVersion !== undefined && !current.has(card.id) && card.version !== o.expectedVersion) {
      throw new AppError("CONFLICT", "This card was already graded in another tab");
    }
    const before: CardState = current.get(card.id)?.state ?? card;
    const grade = gradeForOutcome(o.correct);
    const graded = gradeCard(scheduler, before, grade, now);
    current.set(card.id, {
      id: card.id,
      version: card.version,
      grades: (current.get(card.id)?.grades ?? 0) + 1,
      state: graded.card,
    });
    const log = newReviewLog(card, graded.log, {
      requestId: o.requestId,
      source: input.source,
      durationMs: null,
      previous: before,
    });
    logs.push(log);
    // A repeat of this requestId later in the same batch replays this grade.
    logged.set(o.requestId, { id: log.id, cardId: card.id, rating: graded.log.rating, card });
    return {
      cardId: card.id,
      logId: log.id,
      grade,
      due: graded.card.due,
      isLeech: graded.card.isLeech,
      duplicate: false,
    };
  });
  const written = await saveCardGrades(tx, { userId, cards: [...current.values()], logs, now });
  if (written !== current.size) throw new AppError("CONFLICT", "This card was graded elsewhere in the meantime");
  return results;
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}
