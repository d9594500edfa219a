import "server-only";
import { db } from "../db/client";
import type { GradeName } from "../srs/review";
import { AppError } from "./app-error";
import { lockOrCreateCard } from "./lock-card";
import { findLoggedReview, writeGrade } from "./write-grade";

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
    const earlier = await findLoggedReview(tx, input.userId, input.requestId);
    if (earlier) return { logId: earlier.id, duplicate: true };
    const flashcard = await tx.flashcard.findFirst({ where: { id: input.flashcardId, retiredAt: null }, select: { id: true } });
    if (!flashcard) throw new AppError("NOT_FOUND", `No flashcard with id "${input.flashcardId}"`);

    const card = await lockOrCreateCard(tx, { userId: input.userId, itemKind: "flashcard", itemId: flashcard.id, now: input.now });
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
    });
    return { logId: log.id, duplicate: false };
  });
}
