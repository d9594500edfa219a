import "server-only";
import type { ExamAttempt, ExamKind, Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/server/app-error";

/**
 * Locks this learner's attempt until the transaction ends (SELECT … FOR UPDATE) and returns it, but only while it
 * can still change: not submitted and before its deadline. Saving and submitting both take this lock first, so an
 * answer can never land in an attempt that is being scored, nor after it was scored.
 */
export async function lockOpenExamAttempt(tx: Prisma.TransactionClient, key: { userId: string; attemptId: string; now: Date }): Promise<ExamAttempt> {
  const attempt = await lockExamAttempt(tx, key);
  if (attempt.submittedAt !== null) throw new AppError("CONFLICT", "This exam has already been submitted; its answers can no longer change");
  if (key.now.getTime() >= attempt.deadline.getTime()) throw new AppError("CONFLICT", "Time is up: answers after the deadline are not accepted");
  return attempt;
}

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

/** Locks one of this learner's attempts by id, submitted or not; NOT_FOUND when it is missing or someone else's. */
export async function lockExamAttempt(tx: Prisma.TransactionClient, key: { userId: string; attemptId: string }): Promise<ExamAttempt> {
  // One raw statement: every answer an exam taker saves takes this lock, and a Prisma model query costs ~1 ms to compile.
  const [row] = await tx.$queryRaw<AttemptRow[]>`
    SELECT id, user_id, kind, topic_id, seed, question_ids, started_at, deadline, duration_minutes, accommodation, current_index,
           submitted_at, auto_submitted, raw_correct, scaled_score, passed, domain_results
    FROM exam_attempts WHERE id = ${key.attemptId} AND user_id = ${key.userId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "No such exam");
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
