import "server-only";
import { Prisma } from "@/lib/db/generated/client";

/**
 * A subquery of this learner's latest outcome per question — `(question_id, at, correct)` — over the answer history
 * (practice, daily quiz and review all write `answers` rows) and the items of scored exams, which write none (an
 * unanswered exam item counts as wrong). Only the latest outcome counts, so an answer recorded twice cannot skew it.
 */
export function latestOutcomesSql(userId: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT DISTINCT ON (question_id) question_id, at, correct
    FROM (
      SELECT question_id, answered_at AS at, is_correct AS correct FROM answers WHERE user_id = ${userId}
      UNION ALL
      SELECT r.question_id, a.submitted_at, COALESCE(r.is_correct, false)
        FROM exam_responses r JOIN exam_attempts a ON a.id = r.attempt_id
        WHERE a.user_id = ${userId} AND a.submitted_at IS NOT NULL
    ) outcomes
    ORDER BY question_id, at DESC
  )`;
}
