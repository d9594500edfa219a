import "server-only";
import { db } from "@/lib/db/client";
import { lockOrCreateCards, probeFlashcardGrade } from "@/lib/db/sql/cards";
import { findLoggedReview } from "@/lib/db/sql/review-logs";
import { newCardState, type GradeName } from "@/lib/srs";
import { AppError } from "../app-error";
import { writeGrade } from "../schedule/write-grade";

/** Grades one of the learner's flashcards in a review session: one transaction, the card row locked, idempotent per requestId. */
export async function gradeFlashcard(input: {
  userId: string;
  flashcardId: string;
  grade: GradeName;
  /** The card version the learner saw; another tab's grade since then makes this one a CONFLICT. */
  expectedVersion: number;
  /** One per card presentation: a retry or double click with the same id is recorded once. */
  requestId: string;
  now: Date;
  durationMs?: number | null;
}): Promise<{ logId: string; duplicate: boolean }> {
  return db().$transaction(async (tx) => {
    const probe = await probeFlashcardGrade(tx, input);
    if (probe.loggedId) return { logId: probe.loggedId, duplicate: true };
    if (!probe.live) throw new AppError("NOT_FOUND", `No flashcard with id "${input.flashcardId}"`);
    if (probe.desiredRetention === null) throw new AppError("NOT_FOUND", "No such learner");

    const key = {
      userId: input.userId,
      itemKind: "flashcard" as const,
      itemIds: [input.flashcardId],
      fresh: newCardState(input.now),
      now: input.now,
    };
    const card = (await lockOrCreateCards(tx, key)).get(input.flashcardId);
    if (!card) throw new Error("INSERT … ON CONFLICT DO UPDATE returned no card");
    const raced = await findLoggedReview(tx, input.userId, input.requestId);
    if (raced) return { logId: raced.id, duplicate: true };
    if (card.version !== input.expectedVersion)
      throw new AppError("CONFLICT", "This card was already graded in another tab");

    const { log } = await writeGrade(tx, {
      card,
      grade: input.grade,
      now: input.now,
      requestId: input.requestId,
      source: "review",
      durationMs: input.durationMs ?? null,
      desiredRetention: probe.desiredRetention,
    });
    return { logId: log.id, duplicate: false };
  });
}
