import "server-only";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { utcTimestamp } from "./dashboard-sql";

// A card counts only while its item is live: retired questions and flashcards leave the queue (their cards stay).
const LIVE_ITEM = Prisma.sql`
  NOT EXISTS (SELECT 1 FROM flashcards f WHERE c.item_kind = 'flashcard' AND f.id = c.item_id AND f.retired_at IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM questions q WHERE c.item_kind = 'question' AND q.id = c.item_id AND q.retired_at IS NOT NULL)`;

export interface DueSummary {
  due: number;
  learning: number;
  /** The oldest due card (ties by id), and the first learning card due within the learn-ahead window. */
  firstDueId: string | null;
  firstLearningId: string | null;
}

/**
 * Studied cards due by `ahead`, counted and headed in one statement over the (user_id, due) index: the cost grows with
 * the cards due now, not with the learner's whole deck.
 */
export async function summariseDue(userId: string, now: Date, ahead: Date): Promise<DueSummary> {
  const [row] = await db().$queryRaw<{ due: number; learning: number; first_due: string | null; first_learning: string | null }[]>`
    WITH live AS (
      SELECT c.id, c.due, c.state FROM cards c
      WHERE c.user_id = ${userId} AND c.reps > 0 AND c.due <= ${utcTimestamp(ahead)} AND ${LIVE_ITEM}
    )
    SELECT count(*) FILTER (WHERE due <= ${utcTimestamp(now)})::int AS due,
           count(*) FILTER (WHERE due > ${utcTimestamp(now)} AND state IN (1, 3))::int AS learning,
           (SELECT id FROM live WHERE due <= ${utcTimestamp(now)} ORDER BY due, id LIMIT 1) AS first_due,
           (SELECT id FROM live WHERE due > ${utcTimestamp(now)} AND state IN (1, 3) ORDER BY due, id LIMIT 1) AS first_learning
    FROM live`;
  return { due: row?.due ?? 0, learning: row?.learning ?? 0, firstDueId: row?.first_due ?? null, firstLearningId: row?.first_learning ?? null };
}

/** When the first studied card after the learn-ahead window comes due, if any. */
export async function nextDueAfter(userId: string, ahead: Date): Promise<Date | null> {
  // Epoch milliseconds: `due` is a UTC timestamp without a zone, and EXTRACT reads it as UTC.
  const [row] = await db().$queryRaw<{ due_ms: number }[]>`
    SELECT (extract(epoch FROM c.due) * 1000)::float8 AS due_ms FROM cards c
    WHERE c.user_id = ${userId} AND c.reps > 0 AND c.due > ${utcTimestamp(ahead)} AND ${LIVE_ITEM}
    ORDER BY c.due LIMIT 1`;
  return row ? new Date(row.due_ms) : null;
}

/**
 * Up to `limit` live flashcards this learner has never studied (no card, or a card with no reps left after an undo),
 * in the bank's order: topic position, then id. Each topic's candidates come in id order from the
 * (topic_id, retired_at, id) index and stop at `limit`, so no query sorts the whole bank.
 */
export async function listFreshFlashcards(userId: string, limit: number): Promise<string[]> {
  if (limit <= 0) return [];
  const rows = await db().$queryRaw<{ id: string }[]>`
    SELECT fresh.id FROM topics t CROSS JOIN LATERAL (
      SELECT f.id FROM flashcards f
      WHERE f.topic_id = t.id AND f.retired_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.user_id = ${userId} AND c.item_kind = 'flashcard' AND c.item_id = f.id AND c.reps > 0)
      ORDER BY f.id
      LIMIT ${limit}
    ) fresh
    ORDER BY t.position, fresh.id
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
