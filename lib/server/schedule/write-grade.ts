import "server-only";
import { Prisma, type Card, type PracticeMode, type ReviewLog } from "@/lib/db/generated/client";
import { snapshotCard, type CardState } from "@/lib/srs/card-state";
import { gradeCard, type GradeName } from "@/lib/srs/review";
import { buildScheduler } from "@/lib/srs/scheduler";
import { AppError } from "@/lib/server/app-error";
import { newRowId } from "@/lib/db/sql/cards";
import { nullableUtcTimestamp, utcTimestamp } from "@/lib/db/sql/time";

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
  const log = newReviewLog(card, graded.log, { requestId: input.requestId, source: input.source, durationMs: input.durationMs ?? null, previous: card });
  await saveCardGrades(tx, { userId: card.userId, cards: [{ id: card.id, version: card.version, grades: 1, state: graded.card }], logs: [log], now });
  return { card: { ...card, ...graded.card, version: card.version + 1, updatedAt: now }, log };
}

export interface GradedCardWrite {
  id: string;
  /** The version read under the lock: the write is refused when the row has moved on since (optimistic check). */
  version: number;
  /** How many grades the new state folds in; the version advances by as many, as that many single writes would. */
  grades: number;
  state: CardState;
}

/** A review log row for one grade of `card`, with the state it had before the grade (for undo). */
export function newReviewLog(
  card: Pick<Card, "id" | "userId">,
  fields: ReturnType<typeof gradeCard>["log"],
  meta: { requestId: string; source: PracticeMode; durationMs: number | null; previous: CardState },
): ReviewLog {
  return {
    id: newRowId(),
    cardId: card.id,
    userId: card.userId,
    requestId: meta.requestId,
    source: meta.source,
    ...fields,
    durationMs: meta.durationMs,
    previousCard: snapshotCard(meta.previous),
  };
}

/**
 * Stores the new state of cards the caller has locked and their review logs, inside the caller's transaction, in one
 * statement however many grades: an exam's 65 outcomes cost what one review does. CONFLICT, for the whole batch,
 * when any card's version is not the one read (the caller's transaction then rolls back the logs as well).
 */
export async function saveCardGrades(
  tx: Prisma.TransactionClient,
  input: { userId: string; cards: readonly GradedCardWrite[]; logs: readonly ReviewLog[]; now: Date },
): Promise<void> {
  if (input.cards.length === 0) return;
  const cards = input.cards.map(
    ({ id, version, grades, state: s }) => Prisma.sql`(${id}, ${version}::int, ${version + grades}::int, ${utcTimestamp(s.due)}, ${s.stability}::float8,
      ${s.difficulty}::float8, ${s.elapsedDays}::int, ${s.scheduledDays}::int, ${s.learningSteps}::int, ${s.reps}::int, ${s.lapses}::int,
      ${s.state}::int, ${nullableUtcTimestamp(s.lastReview)}, ${s.isLeech}::boolean)`,
  );
  const logs = input.logs.map(
    (l) => Prisma.sql`(${l.id}, ${l.cardId}, ${l.userId}, ${l.requestId}, ${l.source}::"PracticeMode", ${l.rating}::int, ${l.state}::int,
      ${utcTimestamp(l.due)}, ${l.stability}::float8, ${l.difficulty}::float8, ${l.elapsedDays}::int, ${l.lastElapsedDays}::int,
      ${l.scheduledDays}::int, ${l.learningSteps}::int, ${utcTimestamp(l.review)}, ${l.durationMs}::int, ${JSON.stringify(l.previousCard)}::jsonb)`,
  );
  const [written] = await tx.$queryRaw<{ cards: number }[]>`
    WITH updated AS (
      UPDATE cards AS c
      SET due = v.due, stability = v.stability, difficulty = v.difficulty, elapsed_days = v.elapsed_days,
          scheduled_days = v.scheduled_days, learning_steps = v.learning_steps, reps = v.reps, lapses = v.lapses,
          state = v.state, last_review = v.last_review, is_leech = v.is_leech, version = v.next_version,
          updated_at = ${utcTimestamp(input.now)}
      FROM (VALUES ${Prisma.join(cards)}) AS v(id, version, next_version, due, stability, difficulty, elapsed_days,
        scheduled_days, learning_steps, reps, lapses, state, last_review, is_leech)
      WHERE c.id = v.id AND c.user_id = ${input.userId} AND c.version = v.version
      RETURNING c.id
    ), logged AS (
      INSERT INTO review_logs (id, card_id, user_id, request_id, source, rating, state, due, stability, difficulty, elapsed_days,
                               last_elapsed_days, scheduled_days, learning_steps, review, duration_ms, previous_card)
      VALUES ${Prisma.join(logs)}
    )
    SELECT count(*)::int AS cards FROM updated`;
  if (written?.cards !== input.cards.length) throw new AppError("CONFLICT", "This card was graded elsewhere in the meantime");
}

/** The learner's desired retention, which the scheduler needs for every grade. */
export async function readDesiredRetention(tx: Prisma.TransactionClient, userId: string): Promise<number> {
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
