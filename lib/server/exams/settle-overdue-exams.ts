import "server-only";
import { db } from "@/lib/db/client";
import { listOverdueAttemptIds } from "@/lib/db/sql/exam-attempts";
import { finishExamAttempt } from "./finish-exam-attempt";
import { lockExamAttempt } from "./lock-exam-attempt";

/**
 * Scores this learner's attempts whose deadline has passed without a submission: an exam left open (tab closed,
 * laptop asleep, server restarted) is submitted at its deadline. There is no background timer. This is the one write
 * the exam and dashboard pages make, in the open, before they read: the exam pages and the dashboard page call it
 * first, the exam actions call it inside, and every read use case stays a pure read (a read replica can serve it).
 * Returns the number of attempts scored now.
 */
export async function settleOverdueExams({ userId, now }: { userId: string; now: Date }): Promise<number> {
  let scored = 0;
  for (const attemptId of await listOverdueAttemptIds(db(), userId, now)) {
    const finished = await db().$transaction(
      async (tx) => finishExamAttempt(tx, await lockExamAttempt(tx, { userId, attemptId }), now),
      {
        timeout: 30_000,
      },
    );
    if (finished) scored++;
  }
  return scored;
}
