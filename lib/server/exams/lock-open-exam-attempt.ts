import "server-only";
import type { ExamAttempt, Prisma } from "@/lib/db/generated/client";
import { readDatabaseClock } from "@/lib/db/sql/exam-attempts";
import { AppError } from "../app-error";
import { lockExamAttempt } from "./lock-exam-attempt";

/**
 * Locks this learner's attempt until the transaction ends and returns it, but only while it can still change: not
 * submitted and before its deadline, judged once the lock is held. Saving and submitting both take this lock first,
 * so an answer can never land in an attempt that is being scored, nor after it was scored.
 */
export async function lockOpenExamAttempt(
  tx: Prisma.TransactionClient,
  key: { userId: string; attemptId: string; now: Date },
): Promise<ExamAttempt> {
  const attempt = await lockExamAttempt(tx, key);
  if (attempt.submittedAt !== null)
    throw new AppError("CONFLICT", "This exam has already been submitted; its answers can no longer change");
  // Judged after the lock, by the later of the request's time and the database's: a save that waited on the lock
  // past the deadline is refused even though it arrived in time.
  const at = Math.max(key.now.getTime(), (await readDatabaseClock(tx)).getTime());
  if (at >= attempt.deadline.getTime())
    throw new AppError("CONFLICT", "Time is up: answers after the deadline are not accepted");
  return attempt;
}
