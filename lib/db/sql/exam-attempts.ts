import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma, type ExamAttempt, type ExamKind } from "@/lib/db/generated/client";
import { utcTimestamp } from "./time";

interface AttemptRow {
  id: string;
  user_id: string;
  kind: ExamKind;
  topic_id: string | null;
  seed: number;
  question_ids: string[];
  started_at: Date;
  deadline: Date;
  duration_minutes: number;
  accommodation: boolean;
  current_index: number;
  submitted_at: Date | null;
  auto_submitted: boolean;
  raw_correct: number | null;
  scaled_score: number | null;
  passed: boolean | null;
  domain_results: Prisma.JsonValue | null;
}

/** Locks one of this learner's attempts by id, submitted or not; null when it is missing or someone else's. */
export async function lockAttemptRow(
  tx: Prisma.TransactionClient,
  key: { userId: string; attemptId: string },
): Promise<ExamAttempt | null> {
  // One raw statement: every answer an exam taker saves takes this lock, and a Prisma model query costs ~1 ms to compile.
  const [row] = await tx.$queryRaw<AttemptRow[]>`
    SELECT id, user_id, kind, topic_id, seed, question_ids, started_at, deadline, duration_minutes, accommodation, current_index,
           submitted_at, auto_submitted, raw_correct, scaled_score, passed, domain_results
    FROM exam_attempts WHERE id = ${key.attemptId} AND user_id = ${key.userId} FOR UPDATE`;
  if (!row) return null;
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    topicId: row.topic_id,
    seed: row.seed,
    questionIds: row.question_ids,
    startedAt: row.started_at,
    deadline: row.deadline,
    durationMinutes: row.duration_minutes,
    accommodation: row.accommodation,
    currentIndex: row.current_index,
    submittedAt: row.submitted_at,
    autoSubmitted: row.auto_submitted,
    rawCorrect: row.raw_correct,
    scaledScore: row.scaled_score,
    passed: row.passed,
    domainResults: row.domain_results,
  };
}

/**
 * The database's clock now, read after the caller took its locks: a request that waited on a lock is judged by when
 * it could act, not by when it arrived (the request's own clock may be seconds older).
 */
export async function readDatabaseClock(tx: Prisma.TransactionClient): Promise<Date> {
  const [row] = await tx.$queryRaw<{ at: Date }[]>`SELECT clock_timestamp() AS at`;
  if (!row) throw new Error("SELECT clock_timestamp() returned no row");
  return row.at;
}

/**
 * Whether any of these questions is in one of this learner's open attempts (not submitted, before its deadline at
 * `now`): while an exam is open its keys must not be reachable from practice, the daily quiz or review.
 */
export async function findQuestionsInOpenAttempt(
  client: Prisma.TransactionClient,
  key: { userId: string; questionIds: readonly string[]; now: Date },
): Promise<string[]> {
  if (key.questionIds.length === 0) return [];
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT q.id FROM exam_attempts a CROSS JOIN LATERAL unnest(a.question_ids) AS q(id)
    WHERE a.user_id = ${key.userId} AND a.submitted_at IS NULL AND a.deadline > ${utcTimestamp(key.now)}
      AND q.id = ANY(${[...key.questionIds]}::text[])`;
  return rows.map((r) => r.id);
}

/** Ids of this learner's attempts past their deadline and never submitted. Raw: every exam request asks, and it almost always finds nothing. */
export async function listOverdueAttemptIds(client: Db, userId: string, now: Date): Promise<string[]> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    SELECT id FROM exam_attempts WHERE user_id = ${userId} AND submitted_at IS NULL AND deadline <= ${utcTimestamp(now)}`;
  return rows.map((r) => r.id);
}

/** Serialises exam starts per learner until the transaction ends, so two clicks cannot open two attempts. */
export async function lockExamStarts(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`exam-start:${userId}`}))`;
}

/** One item of an attempt as a save needs it: its position, what is saved, and the question's choice labels in stored order. */
export async function findAttemptItem(
  tx: Prisma.TransactionClient,
  key: { attemptId: string; questionId: string },
): Promise<{
  position: number;
  selected: string[];
  flagged: boolean;
  selectCount: number;
  keepChoiceOrder: boolean;
  labels: string[];
} | null> {
  const [row] = await tx.$queryRaw<
    {
      position: number;
      selected: string[];
      flagged: boolean;
      select_count: number;
      keep_choice_order: boolean;
      labels: string[];
    }[]
  >`
    SELECT r.position, r.selected, r.flagged, q.select_count, q.keep_choice_order,
           ARRAY(SELECT label FROM choices WHERE question_id = q.id ORDER BY position) AS labels
    FROM exam_responses r JOIN questions q ON q.id = r.question_id
    WHERE r.attempt_id = ${key.attemptId} AND r.question_id = ${key.questionId}`;
  return row
    ? {
        position: row.position,
        selected: row.selected,
        flagged: row.flagged,
        selectCount: row.select_count,
        keepChoiceOrder: row.keep_choice_order,
        labels: row.labels,
      }
    : null;
}

/**
 * Stores an item's selection and flag and makes it the attempt's current item, in one statement. `answeredAt`:
 * "keep" when the selection did not change, null when it was cleared (unanswered).
 */
export async function writeAttemptItem(
  tx: Prisma.TransactionClient,
  item: {
    attemptId: string;
    questionId: string;
    position: number;
    selected: string[];
    flagged: boolean;
    answeredAt: Date | null | "keep";
  },
): Promise<void> {
  const answeredAt =
    item.answeredAt === "keep"
      ? Prisma.sql`answered_at`
      : item.answeredAt
        ? utcTimestamp(item.answeredAt)
        : Prisma.sql`NULL`;
  await tx.$executeRaw`
    WITH response AS (
      UPDATE exam_responses SET selected = ${item.selected}::text[], flagged = ${item.flagged}, answered_at = ${answeredAt}
      WHERE attempt_id = ${item.attemptId} AND question_id = ${item.questionId}
    )
    UPDATE exam_attempts SET current_index = ${item.position} WHERE id = ${item.attemptId}`;
}
