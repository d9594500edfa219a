import "server-only";
import { db } from "../db/client";
import type { ItemKind } from "../db/generated/client";
import { newCardState } from "../srs/card-state";
import { dayBounds } from "../srs/day";
import { loadReviewItem, type ReviewItem } from "./review-item";
import { listFreshFlashcards, nextDueAfter, summariseDue } from "./review-queue-sql";

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
export async function getReviewQueue({ userId, now, first }: { userId: string; now: Date; first?: { itemKind: ItemKind; itemId: string } }): Promise<ReviewQueue> {
  const ahead = new Date(now.getTime() + LEARN_AHEAD_MS);
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { dailyNewLimit: true, desiredRetention: true, timeZone: true } });
  const today = dayBounds(now, user.timeZone);
  // Each part is bounded SQL (counts and LIMIT 1 heads over indexes), so a 100,000-card deck costs what a small one does.
  const [summary, later, introducedToday, undoLogId] = await Promise.all([
    summariseDue(userId, now, ahead),
    nextDueAfter(userId, ahead),
    db().reviewLog.count({ where: { userId, source: "review", state: 0, review: { gte: today.start, lt: today.end }, card: { itemKind: "flashcard" } } }),
    findUndoableReview(userId),
  ]);
  const allowance = Math.max(0, user.dailyNewLimit - introducedToday);
  const fresh = await listFreshFlashcards(userId, allowance);
  const newCount = fresh.length;

  // After an undo the restored card is shown again first, whatever its due date.
  const pinned = first ? await db().card.findUnique({ where: { userId_itemKind_itemId: { userId, ...first } } }) : null;
  const headId = summary.firstDueId ?? (fresh[0] ? null : summary.firstLearningId);
  const stored = pinned ?? (headId ? await db().card.findUnique({ where: { id: headId } }) : null);
  const head = stored ?? (fresh[0] ? await newFlashcardCard(userId, fresh[0], now) : undefined);
  const next = head ? await loadReviewItem(db(), { card: head, desiredRetention: user.desiredRetention, now }) : null;
  return {
    next,
    counts: { due: summary.due, new: newCount, learning: summary.learning },
    nextDueInMs: later ? later.getTime() - now.getTime() : null,
    undoLogId,
  };
}

/** A never-reviewed flashcard's card: the stored one (version counts earlier undone grades) or a fresh one. */
async function newFlashcardCard(userId: string, flashcardId: string, now: Date) {
  const stored = await db().card.findUnique({ where: { userId_itemKind_itemId: { userId, itemKind: "flashcard", itemId: flashcardId } } });
  return stored ?? { ...newCardState(now), itemKind: "flashcard" as const, itemId: flashcardId, version: 0 };
}

/** The learner's latest review-session grade, if it is still its card's latest grade (only that one can be undone). */
async function findUndoableReview(userId: string): Promise<string | null> {
  const last = await db().reviewLog.findFirst({ where: { userId, source: "review" }, orderBy: [{ review: "desc" }, { id: "desc" }], select: { id: true, cardId: true } });
  if (!last) return null;
  const latestOfCard = await db().reviewLog.findFirst({ where: { cardId: last.cardId }, orderBy: [{ review: "desc" }, { id: "desc" }], select: { id: true } });
  return latestOfCard?.id === last.id ? last.id : null;
}
