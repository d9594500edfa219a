import "server-only";
import { db } from "@/lib/db/client";
import { latestOutcomesSql } from "@/lib/db/sql/outcomes";

/**
 * This learner's questions whose latest answer was wrong, most recently missed first (retired questions left out).
 * `limit` bounds the list; the count is of all of them.
 */
export async function listMissedQuestions({ userId, limit }: { userId: string; limit: number }): Promise<{ ids: string[]; count: number }> {
  const rows = await db().$queryRaw<{ question_id: string; total: bigint }[]>`
    SELECT l.question_id, count(*) OVER () AS total
    FROM ${latestOutcomesSql(userId)} l
    JOIN questions q ON q.id = l.question_id AND q.retired_at IS NULL
    WHERE NOT l.correct
    ORDER BY l.at DESC, l.question_id
    LIMIT ${limit}`;
  return { ids: rows.map((r) => r.question_id), count: Number(rows[0]?.total ?? 0) };
}
