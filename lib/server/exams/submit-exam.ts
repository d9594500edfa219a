import "server-only";
import { db } from "@/lib/db/client";
import { finishExamAttempt } from "@/lib/server/exams/finish-exam-attempt";
import { lockExamAttempt } from "@/lib/db/sql/exam-attempts";
import { scoreOverdueExams } from "@/lib/server/exams/settle-overdue-exams";

/**
 * Submits and scores this learner's attempt. Submitting an attempt that is already scored (a double click, or an
 * attempt the deadline already submitted) changes nothing and is not an error. NOT_FOUND for someone else's attempt.
 */
export async function submitExam(input: { userId: string; attemptId: string; now: Date }): Promise<{ attemptId: string; alreadySubmitted: boolean }> {
  const { userId, attemptId, now } = input;
  await scoreOverdueExams({ userId, now });
  const finished = await db().$transaction(async (tx) => finishExamAttempt(tx, await lockExamAttempt(tx, { userId, attemptId }), now), { timeout: 30_000 });
  return { attemptId, alreadySubmitted: !finished };
}
