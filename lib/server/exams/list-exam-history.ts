import "server-only";
import { db } from "@/lib/db/client";
import type { ExamKind } from "@/lib/exam";

export interface ExamHistoryEntry {
  attemptId: string;
  kind: ExamKind;
  topicId: string | null;
  startedAt: Date;
  deadline: Date;
  /** Null while the attempt is open. */
  submittedAt: Date | null;
  autoSubmitted: boolean;
  questionCount: number;
  rawCorrect: number | null;
  scaledScore: number | null;
  passed: boolean | null;
}

/**
 * This learner's attempts, newest first (at most `limit`), open ones included (the page settles overdue ones first). With
 * the learner's time zone, for showing dates.
 */
export async function listExamHistory({
  userId,
  limit = 100,
}: {
  userId: string;
  limit?: number;
}): Promise<{ timeZone: string; attempts: ExamHistoryEntry[] }> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
  const attempts = await db().examAttempt.findMany({
    where: { userId },
    orderBy: { startedAt: "desc" },
    take: limit,
    select: {
      id: true,
      kind: true,
      topicId: true,
      startedAt: true,
      deadline: true,
      submittedAt: true,
      autoSubmitted: true,
      questionIds: true,
      rawCorrect: true,
      scaledScore: true,
      passed: true,
    },
  });
  return {
    timeZone: user.timeZone,
    attempts: attempts.map(({ id, questionIds, ...a }) => ({ attemptId: id, questionCount: questionIds.length, ...a })),
  };
}
