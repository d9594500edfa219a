import "server-only";
import { db } from "@/lib/db/client";
import type { ItemKind } from "@/lib/db/generated/client";
import { newCardState } from "@/lib/srs";
import { dayBounds } from "@/lib/srs";
import { loadReviewItem, type ReviewItem } from "@/lib/server/review/load-review-item";
import { AppError } from "@/lib/server/app-error";
import { findCard } from "@/lib/db/sql/cards";
import { readQueueSettings } from "@/lib/db/sql/users";
import { listFreshFlashcards, readQueueState } from "@/lib/db/sql/review-queue";

/** Anki's learn-ahead limit: when nothing else is left, learning cards due within 20 minutes are shown early. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface ReviewQueue {
  next: ReviewItem | null;
  /** Cards due now, new cards still allowed today, and learning cards due within the learn-ahead limit. */
  counts: { due: number; new: number; learning: number };
  /** Milliseconds from `now` until the next card after the learn-ahead window comes due, for the "all done" message. */
  nextDueInMs: number | null;
  /** The learner's latest review-session grade that can still be undone, if any. */
  undoLogId: string | null;
}

/**
 * The learner's review session at `now`: cards due (oldest due first), then flashcards never reviewed, up to the
 * daily new limit counted in the learner's local day, then learning cards due soon. Retired items are skipped.
 * `first` puts one of the learner's cards at the head (the card whose grade was just undone).
 */
export async function getReviewQueue({
  userId,
  now,
  first,
}: {
  userId: string;
  now: Date;
  first?: { itemKind: ItemKind; itemId: string };
}): Promise<ReviewQueue> {
  const ahead = new Date(now.getTime() + LEARN_AHEAD_MS);
  const user = await readQueueSettings(db(), userId);
  if (!user) throw new AppError("NOT_FOUND", "No such learner");
  const state = await readQueueState(userId, now, ahead, dayBounds(now, user.timeZone));
  const fresh = await listFreshFlashcards(userId, Math.max(0, user.dailyNewLimit - state.introducedToday));

  // After an undo the restored card is shown again first, whatever its due date.
  const headId = state.firstDueId ?? (fresh[0] ? null : state.firstLearningId);
  const head =
    (first ? await findCard(db(), userId, first) : null) ??
    (headId ? await findCard(db(), userId, { id: headId }) : null) ??
    (fresh[0] ? await newFlashcardCard(userId, fresh[0], now) : null);
  const next = head
    ? await loadReviewItem(db(), { userId, card: head, desiredRetention: user.desiredRetention, now })
    : null;
  return {
    next,
    counts: { due: state.due, new: fresh.length, learning: state.learning },
    nextDueInMs: state.nextDueAfter ? state.nextDueAfter.getTime() - now.getTime() : null,
    undoLogId: state.undoLogId,
  };
}

/** A never-reviewed flashcard's card: the stored one (version counts earlier undone grades) or a fresh one. */
async function newFlashcardCard(userId: string, flashcardId: string, now: Date) {
  const stored = await findCard(db(), userId, { itemKind: "flashcard", itemId: flashcardId });
  return stored ?? { ...newCardState(now), itemKind: "flashcard" as const, itemId: flashcardId, version: 0 };
}
