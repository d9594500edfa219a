import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/** Locks this learner's daily quiz until the transaction ends; false when it is missing or someone else's. */
export async function lockDailyQuiz(
  tx: Prisma.TransactionClient,
  key: { userId: string; quizId: string },
): Promise<boolean> {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM daily_quizzes WHERE id = ${key.quizId} AND user_id = ${key.userId} FOR UPDATE`;
  return locked.length > 0;
}
