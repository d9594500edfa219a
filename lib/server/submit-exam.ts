import "server-only";
import { db } from "../db/client";
import { finishExamAttempt } from "./finish-exam-attempt";
import { lockExamAttempt } from "./lock-open-exam-attempt";
import { scoreOverdueExams } from "./score-overdue-exams";

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
