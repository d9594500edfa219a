import "server-only";
import type { ExamAttempt, Prisma } from "@/lib/db/generated/client";
import { lockAttemptRow } from "@/lib/db/sql/exam-attempts";
import { AppError } from "../app-error";

/** Locks one of this learner's attempts until the transaction ends, submitted or not; NOT_FOUND when it is missing or someone else's. */
export async function lockExamAttempt(
  tx: Prisma.TransactionClient,
  key: { userId: string; attemptId: string },
): Promise<ExamAttempt> {
  const attempt = await lockAttemptRow(tx, key);
  if (!attempt) throw new AppError("NOT_FOUND", "No such exam");
  return attempt;
}
