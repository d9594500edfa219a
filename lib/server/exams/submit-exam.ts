import "server-only";
import { db } from "@/lib/db/client";
import { finishExamAttempt } from "@/lib/server/exams/finish-exam-attempt";
import { lockExamAttempt } from "./lock-exam-attempt";
import { settleOverdueExams } from "./settle-overdue-exams";

/**
 * Submits and scores this learner's attempt. Submitting an attempt that is already scored (a double click, or an
 * attempt the deadline already submitted) changes nothing and is not an error. NOT_FOUND for someone else's attempt.
 */
export async function submitExam(input: {
  userId: string;
  attemptId: string;
  now: Date;
}): Promise<{ attemptId: string; alreadySubmitted: boolean }> {
  const { userId, attemptId, now } = input;
  await settleOverdueExams({ userId, now });
  const finished = await db().$transaction(
    async (tx) => finishExamAttempt(tx, await lockExamAttempt(tx, { userId, attemptId }), now),
    { timeout: 30_000 },
  );
  return { attemptId, alreadySubmitted: !finished };
}
