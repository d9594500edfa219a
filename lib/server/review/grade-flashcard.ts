import "server-only";
import { db } from "@/lib/db/client";
import type { GradeName } from "@/lib/srs/review";
import { AppError } from "@/lib/server/app-error";
import { lockOrCreateCard } from "@/lib/db/sql/lock-cards";
import { findLoggedReview, writeGrade } from "@/lib/server/schedule/write-grade";

export interface GradeFlashcardInput {
  userId: string;
  flashcardId: string;
  grade: GradeName;
  /** The card version the learner saw; another tab's grade since then makes this one a CONFLICT. */
  expectedVersion: number;
  /** One per card presentation: a retry or double click with the same id is recorded once. */
  requestId: string;
  now: Date;
  durationMs?: number | null;
}

/** Grades one of the learner's flashcards in a review session: one transaction, the card row locked, idempotent per requestId. */
export async function gradeFlashcard(input: GradeFlashcardInput): Promise<{ logId: string; duplicate: boolean }> {
  return db().$transaction(async (tx) => {
    // One statement for what decides the outcome before the lock: a repeated request, a retired card, the retention.
    const [probe] = await tx.$queryRaw<{ logged: string | null; live: boolean; desired_retention: number | null }[]>`
      SELECT (SELECT id FROM review_logs WHERE user_id = ${input.userId} AND request_id = ${input.requestId}) AS logged,
             EXISTS (SELECT 1 FROM flashcards WHERE id = ${input.flashcardId} AND retired_at IS NULL) AS live,
             (SELECT desired_retention FROM users WHERE id = ${input.userId}) AS desired_retention`;
    if (probe?.logged) return { logId: probe.logged, duplicate: true };
    if (!probe?.live) throw new AppError("NOT_FOUND", `No flashcard with id "${input.flashcardId}"`);
    if (probe.desired_retention === null) throw new AppError("NOT_FOUND", "No such learner");

    const card = await lockOrCreateCard(tx, { userId: input.userId, itemKind: "flashcard", itemId: input.flashcardId, now: input.now });
    const raced = await findLoggedReview(tx, input.userId, input.requestId);
    if (raced) return { logId: raced.id, duplicate: true };
    if (card.version !== input.expectedVersion) throw new AppError("CONFLICT", "This card was already graded in another tab");

    const { log } = await writeGrade(tx, {
      card,
      grade: input.grade,
      now: input.now,
      requestId: input.requestId,
      source: "review",
      durationMs: input.durationMs ?? null,
      desiredRetention: probe.desired_retention,
    });
    return { logId: log.id, duplicate: false };
  });
}
