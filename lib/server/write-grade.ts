import "server-only";
import type { Card, PracticeMode, Prisma, ReviewLog } from "../db/generated/client";
import { snapshotCard } from "../srs/card-state";
import { gradeCard, type GradeName } from "../srs/review";
import { buildScheduler } from "../srs/scheduler";
import { AppError } from "./app-error";
import { newRowId, nullableUtcTimestamp } from "./card-sql";
import { utcTimestamp } from "./dashboard-sql";

/**
 * Grades a card the caller has locked (see `lock-card.ts`) and stores the new state and one review log with the
 * card's previous state, inside the caller's transaction. The version check refuses a write based on a stale read.
 * Pass `desiredRetention` when the caller has already read it, to save a query.
 */
export async function writeGrade(
  tx: Prisma.TransactionClient,
  input: { card: Card; grade: GradeName; now: Date; requestId: string; source: PracticeMode; durationMs?: number | null; desiredRetention?: number },
): Promise<{ card: Card; log: ReviewLog }> {
  const { card, now } = input;
  const desiredRetention = input.desiredRetention ?? (await readDesiredRetention(tx, card.userId));
  const graded = gradeCard(buildScheduler({ desiredRetention }), card, input.grade, now);
  const next: Card = { ...card, ...graded.card, version: card.version + 1, updatedAt: now };
  const log: ReviewLog = {
    id: newRowId(),
    cardId: card.id,
    userId: card.userId,
    requestId: input.requestId,
    source: input.source,
    ...graded.log,
    durationMs: input.durationMs ?? null,
    previousCard: snapshotCard(card),
  };
  // The card update and its log in one statement; the log is written only if the version check passed.
  const written = await tx.$queryRaw<{ id: string }[]>`
    WITH updated AS (
      UPDATE cards SET due = ${utcTimestamp(next.due)}, stability = ${next.stability}, difficulty = ${next.difficulty},
             elapsed_days = ${next.elapsedDays}, scheduled_days = ${next.scheduledDays}, learning_steps = ${next.learningSteps},
             reps = ${next.reps}, lapses = ${next.lapses}, state = ${next.state}, last_review = ${nullableUtcTimestamp(next.lastReview)},
             is_leech = ${next.isLeech}, version = ${next.version}, updated_at = ${utcTimestamp(now)}
      WHERE id = ${card.id} AND user_id = ${card.userId} AND version = ${card.version}
      RETURNING id
    )
    INSERT INTO review_logs (id, card_id, user_id, request_id, source, rating, state, due, stability, difficulty, elapsed_days,
                             last_elapsed_days, scheduled_days, learning_steps, review, duration_ms, previous_card)
    SELECT ${log.id}, updated.id, ${log.userId}, ${log.requestId}, ${log.source}::"PracticeMode", ${log.rating}, ${log.state},
           ${utcTimestamp(log.due)}, ${log.stability}, ${log.difficulty}, ${log.elapsedDays}, ${log.lastElapsedDays}, ${log.scheduledDays},
           ${log.learningSteps}, ${utcTimestamp(log.review)}, ${log.durationMs}::int, ${JSON.stringify(log.previousCard)}::jsonb
    FROM updated
    RETURNING id`;
  if (written.length !== 1) throw new AppError("CONFLICT", "This card was graded elsewhere in the meantime");
  return { card: next, log };
}

async function readDesiredRetention(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ desired_retention: number }[]>`SELECT desired_retention FROM users WHERE id = ${userId}`;
  if (!row) throw new AppError("NOT_FOUND", "No such learner");
  return row.desired_retention;
}

/** The review already stored for this learner's request id, if any: a repeated submission returns it unchanged. */
export async function findLoggedReview(tx: Prisma.TransactionClient, userId: string, requestId: string): Promise<{ id: string; cardId: string; rating: number } | null> {
  const [row] = await tx.$queryRaw<{ id: string; card_id: string; rating: number }[]>`
    SELECT id, card_id, rating FROM review_logs WHERE user_id = ${userId} AND request_id = ${requestId}`;
  return row ? { id: row.id, cardId: row.card_id, rating: row.rating } : null;
}
