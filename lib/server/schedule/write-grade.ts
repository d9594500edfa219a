import "server-only";
import type { Card, PracticeMode, Prisma, ReviewLog } from "@/lib/db/generated/client";
import { saveCardGrades } from "@/lib/db/sql/cards";
import { newReviewLog } from "@/lib/db/sql/review-logs";
import { readDesiredRetention } from "@/lib/db/sql/users";
import { buildScheduler, gradeCard, type GradeName } from "@/lib/srs";
import { AppError } from "../app-error";

/**
 * Grades a card the caller has locked and stores the new state and one review log with the card's previous state,
 * inside the caller's transaction. The version check refuses a write based on a stale read (CONFLICT). Pass
 * `desiredRetention` when the caller has already read it, to save a query.
 */
export async function writeGrade(
  tx: Prisma.TransactionClient,
  input: {
    card: Card;
    grade: GradeName;
    now: Date;
    requestId: string;
    source: PracticeMode;
    durationMs?: number | null;
    desiredRetention?: number;
  },
): Promise<{ card: Card; log: ReviewLog }> {
  const { card, now } = input;
  const desiredRetention = input.desiredRetention ?? (await readDesiredRetention(tx, card.userId));
  if (desiredRetention === null) throw new AppError("NOT_FOUND", "No such learner");
  const graded = gradeCard(buildScheduler({ desiredRetention }), card, input.grade, now);
  const log = newReviewLog(card, graded.log, {
    requestId: input.requestId,
    source: input.source,
    durationMs: input.durationMs ?? null,
    previous: card,
  });
  const written = await saveCardGrades(tx, {
    userId: card.userId,
    cards: [{ id: card.id, version: card.version, grades: 1, state: graded.card }],
    logs: [log],
    now,
  });
  if (written !== 1) throw new AppError("CONFLICT", "This card was graded elsewhere in the meantime");
  return { card: { ...card, ...graded.card, version: card.version + 1, updatedAt: now }, log };
}
