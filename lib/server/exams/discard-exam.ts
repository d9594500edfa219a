import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "../app-error";
import { lockExamAttempt } from "./lock-exam-attempt";
import { settleOverdueExams } from "./settle-overdue-exams";

/**
 * Throws away this learner's open attempt: it is deleted with its answers, not scored, and nothing reaches the review
 * schedule or the missed-questions pool. An attempt already scored (submitted, or past its deadline, which is settled
 * first) is kept: CONFLICT. NOT_FOUND for someone else's attempt.
 */
export async function discardExam(input: { userId: string; attemptId: string; now: Date }): Promise<void> {
  const { userId, attemptId, now } = input;
  await settleOverdueExams({ userId, now });
  await db().$transaction(async (tx) => {
    const attempt = await lockExamAttempt(tx, { userId, attemptId });
    if (attempt.submittedAt !== null)
      throw new AppError("CONFLICT", "This exam was already scored; it can no longer be discarded");
    await tx.examAttempt.delete({ where: { id: attempt.id } });
  });
}
