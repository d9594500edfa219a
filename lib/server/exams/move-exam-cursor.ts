import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/server/app-error";
import { lockOpenExamAttempt } from "./lock-open-exam-attempt";
import { settleOverdueExams } from "./settle-overdue-exams";

/**
 * Remembers which item the learner is looking at, so a reload, another device or a restarted server opens the exam
 * there. Same refusals as saving an answer.
 */
export async function moveExamCursor(input: {
  userId: string;
  attemptId: string;
  index: number;
  now: Date;
}): Promise<{ currentIndex: number }> {
  const { userId, attemptId, index, now } = input;
  await settleOverdueExams({ userId, now });
  return db().$transaction(async (tx) => {
    const attempt = await lockOpenExamAttempt(tx, { userId, attemptId, now });
    if (!Number.isInteger(index) || index < 0 || index >= attempt.questionIds.length) {
      throw new AppError("BAD_INPUT", `Question number must be between 1 and ${attempt.questionIds.length}`);
    }
    await tx.examAttempt.update({ where: { id: attemptId }, data: { currentIndex: index } });
    return { currentIndex: index };
  });
}
