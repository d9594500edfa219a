import "server-only";
import { db } from "@/lib/db/client";
import { listMissedQuestionIds } from "@/lib/db/sql/outcomes";

/**
 * This learner's questions whose latest answer was wrong, most recently missed first (retired questions left out).
 * `limit` bounds the list; the count is of all of them.
 */
export async function listMissedQuestions({
  userId,
  limit,
}: {
  userId: string;
  limit: number;
}): Promise<{ ids: string[]; count: number }> {
  return listMissedQuestionIds(db(), userId, limit);
}
