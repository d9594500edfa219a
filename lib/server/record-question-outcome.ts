import "server-only";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { gradeForOutcome, gradeNameOf, type GradeName } from "../srs/review";
import { AppError } from "./app-error";
import { lockOrCreateCard } from "./lock-card";
import { findLoggedReview, writeGrade } from "./write-grade";

export interface QuestionOutcomeInput {
  userId: string;
  questionId: string;
  correct: boolean;
  /** The server's time of the answer; never the browser's. */
  now: Date;
  source: "practice" | "daily" | "exam";
  /** Unique per answer for this user: a repeated call with the same id records nothing new. */
  requestId: string;
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
 * plain client it opens its own transaction.
 */
export async function recordQuestionOutcome(tx: Prisma.TransactionClient | Db, input: QuestionOutcomeInput): Promise<QuestionOutcome> {
  if ("$transaction" in tx) return tx.$transaction((inner) => record(inner, input));
  return record(tx, input);
}

async function record(tx: Prisma.TransactionClient, input: QuestionOutcomeInput): Promise<QuestionOutcome> {
  const question = await tx.question.findUnique({ where: { id: input.questionId }, select: { id: true } });
  if (!question) throw new AppError("NOT_FOUND", `No question with id "${input.questionId}"`);

  const earlier = await findLoggedReview(tx, input.userId, input.requestId);
  if (earlier) return replay(tx, input, earlier);

  const card = await lockOrCreateCard(tx, { userId: input.userId, itemKind: "question", itemId: question.id, now: input.now });
  // A concurrent call with the same requestId may have committed while this one waited for the lock.
  const raced = await findLoggedReview(tx, input.userId, input.requestId);
  if (raced) return replay(tx, input, raced);

  const grade = gradeForOutcome(input.correct);
  const written = await writeGrade(tx, { card, grade, now: input.now, requestId: input.requestId, source: input.source });
  return { cardId: card.id, grade, due: written.card.due, isLeech: written.card.isLeech, duplicate: false };
}

async function replay(
  tx: Prisma.TransactionClient,
  input: QuestionOutcomeInput,
  log: { cardId: string; rating: number },
): Promise<QuestionOutcome> {
  const card = await tx.card.findFirst({ where: { id: log.cardId, userId: input.userId } });
  if (!card || card.itemKind !== "question" || card.itemId !== input.questionId) {
    throw new AppError("CONFLICT", `Request id "${input.requestId}" was already used for another review`);
  }
  return { cardId: card.id, grade: gradeNameOf(log.rating) ?? "again", due: card.due, isLeech: card.isLeech, duplicate: true };
}
