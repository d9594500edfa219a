import "server-only";
import { db } from "@/lib/db/client";
import { utcTimestamp } from "@/lib/db/sql/time";
import { finishExamAttempt } from "@/lib/server/exams/finish-exam-attempt";
import { lockExamAttempt } from "@/lib/db/sql/exam-attempts";

/**
 * Scores this learner's attempts whose deadline has passed without a submission: an exam left open (tab closed,
 * laptop asleep, server restarted) is submitted at its deadline. There is no background timer; every exam use case
 * and the dashboard call this first, so an overdue attempt is scored the next time the learner looks. Returns the
 * number of attempts scored now.
 */
export async function scoreOverdueExams({ userId, now }: { userId: string; now: Date }): Promise<number> {
  // Raw: every exam request runs this check first, and it almost always finds nothing.
  const overdue = await db().$queryRaw<{ id: string }[]>`
    SELECT id FROM exam_attempts WHERE user_id = ${userId} AND submitted_at IS NULL AND deadline <= ${utcTimestamp(now)}`;
  let scored = 0;
  for (const { id } of overdue) {
    const finished = await db().$transaction(async (tx) => finishExamAttempt(tx, await lockExamAttempt(tx, { userId, attemptId: id }), now), {
      timeout: 30_000,
    });
    if (finished) scored++;
  }
  return scored;
}
