import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

/**
 * A subquery of this learner's latest outcome per question — `(question_id, at, correct)` — over the answer history
 * (practice, daily quiz and review all write `answers` rows) and the answered items of scored exams, which write
 * none (an item left unanswered says nothing about the learner, so it is not an outcome; an incomplete one is wrong). Only the latest outcome counts, so an answer recorded twice cannot skew it.
 */
function latestOutcomes(userId: string): Prisma.Sql {
  return Prisma.sql`(
    SELECT DISTINCT ON (question_id) question_id, at, correct
    FROM (
      SELECT question_id, answered_at AS at, is_correct AS correct FROM answers WHERE user_id = ${userId}
      UNION ALL
      SELECT r.question_id, a.submitted_at, COALESCE(r.is_correct, false)
        FROM exam_responses r JOIN exam_attempts a ON a.id = r.attempt_id
        WHERE a.user_id = ${userId} AND a.submitted_at IS NOT NULL AND cardinality(r.selected) > 0
    ) outcomes
    ORDER BY question_id, at DESC
  )`;
}

/**
 * This learner's live questions whose latest outcome was wrong, most recently missed first. `limit` bounds the list;
 * the count is of all of them.
 */
export async function listMissedQuestionIds(
  client: Db,
  userId: string,
  limit: number,
): Promise<{ ids: string[]; count: number }> {
  const rows = await client.$queryRaw<{ question_id: string; total: bigint }[]>`
    SELECT l.question_id, count(*) OVER () AS total
    FROM ${latestOutcomes(userId)} l
    JOIN questions q ON q.id = l.question_id AND q.retired_at IS NULL
    WHERE NOT l.correct
    ORDER BY l.at DESC, l.question_id
    LIMIT ${limit}`;
  return { ids: rows.map((r) => r.question_id), count: Number(rows[0]?.total ?? 0) };
}

export interface MasteryCounts {
  /** Live questions in the bank for this topic or domain. */
  questions: number;
  /** Of those, answered at least once (practice, daily quiz, review or exam). */
  attempted: number;
  /** Of those, whose latest answer was right. */
  mastered: number;
}

/** Mastery counts per topic and per exam domain, in one statement; the latest outcome per question is computed once. */
export async function readMasteryCounts(
  client: Db,
  userId: string,
): Promise<{
  topics: (MasteryCounts & { topicId: string })[];
  domains: (MasteryCounts & { exam: string; domain: string })[];
}> {
  const rows = await client.$queryRaw<
    {
      kind: "topic" | "domain";
      topic_id: string | null;
      exam: string | null;
      domain: string | null;
      questions: number;
      attempted: number;
      mastered: number;
    }[]
  >`
    WITH latest AS MATERIALIZED ${latestOutcomes(userId)}
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
    topics: rows.flatMap((r) =>
      r.kind === "topic" && r.topic_id
        ? [{ topicId: r.topic_id, questions: r.questions, attempted: r.attempted, mastered: r.mastered }]
        : [],
    ),
    domains: rows.flatMap((r) =>
      r.kind === "domain" && r.exam && r.domain
        ? [{ exam: r.exam, domain: r.domain, questions: r.questions, attempted: r.attempted, mastered: r.mastered }]
        : [],
    ),
  };
}

/** Live questions and this learner's results for one task statement of one exam (`task` null: not yet tagged). */
export interface TaskCoverageCounts {
  exam: string;
  domain: string;
  task: string | null;
  /** Live questions tagged with this statement. */
  questions: number;
  /** Of those, answered at least once (practice, daily quiz, review or exam). */
  attempted: number;
  /** Of those, whose latest answer was right. */
  correct: number;
}

/** Per exam, domain and task statement: the bank's live questions and this learner's latest outcomes on them. */
export async function readTaskCoverage(client: Db, userId: string): Promise<TaskCoverageCounts[]> {
  return client.$queryRaw<TaskCoverageCounts[]>`
    WITH latest AS MATERIALIZED ${latestOutcomes(userId)}
    SELECT t.exam, t.domain, t.task,
           count(*)::int AS questions, count(l.question_id)::int AS attempted,
           count(*) FILTER (WHERE l.correct)::int AS correct
    FROM question_exam_tags t JOIN questions q ON q.id = t.question_id AND q.retired_at IS NULL
    LEFT JOIN latest l ON l.question_id = t.question_id
    GROUP BY t.exam, t.domain, t.task`;
}
