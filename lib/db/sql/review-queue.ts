import "server-only";
import { db } from "@/lib/db/client";
import { STUDIED_LIVE_CARD } from "./cards";
import { utcTimestamp } from "./time";

export interface QueueState {
  due: number;
  learning: number;
  /** The oldest due card (ties by id), and the first learning card due within the learn-ahead window. */
  firstDueId: string | null;
  firstLearningId: string | null;
  /** When the first studied card after the learn-ahead window comes due, if any. */
  nextDueAfter: Date | null;
  /** Flashcards first graded in a review session within `today`: they count against the daily new limit. */
  introducedToday: number;
  /** The learner's latest review-session grade, if it is still its card's latest grade (only that one can be undone). */
  undoLogId: string | null;
}

/**
 * Everything the review queue needs to know about the learner's cards and logs, in one statement. The due part is
 * counted and headed over the (user_id, due) index, so its cost grows with the cards due now, not with the learner's
 * whole deck; the other parts are LIMIT 1 heads or bounded by today's logs. The next due time is read as epoch
 * milliseconds: `due` is a UTC timestamp without a zone, and EXTRACT reads it as UTC.
 */
export async function readQueueState(
  userId: string,
  now: Date,
  ahead: Date,
  today: { start: Date; end: Date },
): Promise<QueueState> {
  const [row] = await db().$queryRaw<
    {
      due: number;
      learning: number;
      first_due: string | null;
      first_learning: string | null;
      next_due_ms: number | null;
      introduced: number;
      undo_log_id: string | null;
    }[]
  >`
    WITH live AS (
      SELECT c.id, c.due, c.state FROM cards c
      WHERE c.user_id = ${userId} AND c.due <= ${utcTimestamp(ahead)} AND ${STUDIED_LIVE_CARD}
    ),
    last_review AS (
      SELECT id, card_id, review FROM review_logs WHERE user_id = ${userId} AND source = 'review' ORDER BY review DESC, id DESC LIMIT 1
    )
    SELECT count(*) FILTER (WHERE due <= ${utcTimestamp(now)})::int AS due,
           count(*) FILTER (WHERE due > ${utcTimestamp(now)} AND state IN (1, 3))::int AS learning,
           (SELECT id FROM live WHERE due <= ${utcTimestamp(now)} ORDER BY due, id LIMIT 1) AS first_due,
           (SELECT id FROM live WHERE due > ${utcTimestamp(now)} AND state IN (1, 3) ORDER BY due, id LIMIT 1) AS first_learning,
           (SELECT (extract(epoch FROM c.due) * 1000)::float8 FROM cards c
            WHERE c.user_id = ${userId} AND c.due > ${utcTimestamp(ahead)} AND ${STUDIED_LIVE_CARD}
            ORDER BY c.due LIMIT 1) AS next_due_ms,
           (SELECT count(*)::int FROM review_logs l JOIN cards c ON c.id = l.card_id
            WHERE l.user_id = ${userId} AND l.source = 'review' AND l.state = 0 AND c.item_kind = 'flashcard'
              AND l.review >= ${utcTimestamp(today.start)} AND l.review < ${utcTimestamp(today.end)}) AS introduced,
           (SELECT lr.id FROM last_review lr WHERE NOT EXISTS (
              SELECT 1 FROM review_logs later WHERE later.card_id = lr.card_id AND (later.review, later.id) > (lr.review, lr.id))) AS undo_log_id
    FROM live`;
  return {
    due: row?.due ?? 0,
    learning: row?.learning ?? 0,
    firstDueId: row?.first_due ?? null,
    firstLearningId: row?.first_learning ?? null,
    nextDueAfter: row?.next_due_ms == null ? null : new Date(row.next_due_ms),
    introducedToday: row?.introduced ?? 0,
    undoLogId: row?.undo_log_id ?? null,
  };
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
      -- The (topic_id, retired_at, id) index's own order: with ORDER BY f.id alone the planner walked the primary key
      -- and filtered on topic, 58,000 rows per small topic once 100,000 cards sat in a few large ones (125 ms).
      ORDER BY f.topic_id, f.retired_at, f.id
      LIMIT ${limit}
    ) fresh
    ORDER BY t.position, fresh.id
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
