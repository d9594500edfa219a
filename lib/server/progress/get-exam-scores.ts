import "server-only";
import { db } from "@/lib/db/client";
import { MOCK_EXAM_KINDS, type MockExamKind } from "@/lib/exam";

export interface ExamScorePoint {
  attemptId: string;
  kind: MockExamKind;
  submittedAt: Date;
  scaledScore: number;
  passed: boolean;
}

/** This learner's scored mock exams (not drills), oldest first, at most the last `limit`. */
export async function getExamScores({
  userId,
  limit = 50,
}: {
  userId: string;
  limit?: number;
}): Promise<ExamScorePoint[]> {
  const attempts = await db().examAttempt.findMany({
    where: { userId, kind: { in: [...MOCK_EXAM_KINDS] }, submittedAt: { not: null }, scaledScore: { not: null } },
    orderBy: { submittedAt: "desc" },
    take: limit,
    select: { id: true, kind: true, submittedAt: true, scaledScore: true, passed: true },
  });
  return attempts
    .flatMap((a) =>
      (a.kind === "clf_c02" || a.kind === "saa_c03") && a.submittedAt && a.scaledScore !== null
        ? [
            {
              attemptId: a.id,
              kind: a.kind,
              submittedAt: a.submittedAt,
              scaledScore: a.scaledScore,
              passed: a.passed ?? false,
            },
          ]
        : [],
    )
    .reverse();
}
