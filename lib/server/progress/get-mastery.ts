import "server-only";
import { db } from "@/lib/db/client";
import { latestOutcomesSql } from "@/lib/db/sql/outcomes";

export interface MasteryRow {
  /** Live questions in the bank for this topic or domain. */
  questions: number;
  /** Of those, answered at least once (practice, daily quiz, review or exam). */
  attempted: number;
  /** Of those, whose latest answer was right. */
  mastered: number;
}

export interface Mastery {
  topics: (MasteryRow & { topicId: string })[];
  domains: (MasteryRow & { exam: string; domain: string })[];
}

/**
 * Mastery per topic and per exam domain: how much of the bank this learner has answered, and how much of it they
 * answered right the last time. One SQL statement; the latest outcome per question is computed once.
 */
export async function getMastery({ userId }: { userId: string }): Promise<Mastery> {
  const rows = await db().$queryRaw<{ kind: "topic" | "domain"; topic_id: string | null; exam: string | null; domain: string | null; questions: number; attempted: number; mastered: number }[]>`
    WITH latest AS MATERIALIZED ${latestOutcomesSql(userId)}
    SELECT 'topic' AS kind, q.topic_id, NULL AS exam, NULL AS domain,
           count(*)::int AS questions, count(l.question_id)::int AS attempted, count(*) FILTER (WHERE l.correct)::int AS mastered
    FROM questions q LEFT JOIN latest l ON l.question_id = q.id
    WHERE q.retired_at IS NULL
    GROUP BY q.topic_id
    UNION ALL
    SELECT 'domain', NULL, t.exam, t.domain,
           count(*)::int, count(l.question_id)::int, count(*) FILTER (WHERE l.correct)::int
    FROM question_exam_tags t JOIN questions q ON q.id = t.question_id AND q.retired_at IS NULL
    LEFT JOIN latest l ON l.question_id = t.question_id
    GROUP BY t.exam, t.domain`;
  return {
    topics: rows.flatMap((r) => (r.kind === "topic" && r.topic_id ? [{ topicId: r.topic_id, questions: r.questions, attempted: r.attempted, mastered: r.mastered }] : [])),
    domains: rows.flatMap((r) =>
      r.kind === "domain" && r.exam && r.domain ? [{ exam: r.exam, domain: r.domain, questions: r.questions, attempted: r.attempted, mastered: r.mastered }] : [],
    ),
  };
}
