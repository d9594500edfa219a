import "server-only";
import type { Card, PracticeMode, Prisma, ReviewLog } from "@/lib/db/generated/client";
import { snapshotCard, type CardState, type ReviewLogFields } from "@/lib/srs";
import { newRowId } from "./row-id";

/** A review log row for one grade of `card`, with the state it had before the grade (for undo). */
export function newReviewLog(
  card: Pick<Card, "id" | "userId">,
  fields: ReviewLogFields,
  meta: { requestId: string; source: PracticeMode; durationMs: number | null; previous: CardState },
): ReviewLog {
  return {
    id: newRowId(),
    cardId: card.id,
    userId: card.userId,
    requestId: meta.requestId,
    source: meta.source,
    ...fields,
    durationMs: meta.durationMs,
    previousCard: snapshotCard(meta.previous),
  };
}

/** The id of a card's latest review log; only that grade may be undone or changed without rewriting history. */
export async function findLatestReviewId(tx: Prisma.TransactionClient, cardId: string): Promise<string | null> {
  const latest = await tx.reviewLog.findFirst({
    where: { cardId },
    orderBy: [{ review: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return latest?.id ?? null;
}

/** A recorded review as far as a repeated request needs it: which card it graded, how, and that card's state. */
export interface LoggedReview {
  id: string;
  cardId: string;
  rating: number;
  card: Pick<Card, "userId" | "itemKind" | "itemId" | "due" | "isLeech">;
}

/** The reviews already stored for these request ids of this learner, by request id (a repeated submission finds its own). */
export async function findLoggedReviews(
  tx: Prisma.TransactionClient,
  userId: string,
  requestIds: readonly string[],
): Promise<Map<string, LoggedReview>> {
  const logs = await tx.reviewLog.findMany({
    where: { userId, requestId: { in: [...requestIds] } },
    select: { id: true, requestId: true, cardId: true, rating: true },
  });
  if (logs.length === 0) return new Map(); // the usual case: nothing recorded yet, no cards to read
  const cards = await tx.card.findMany({
    where: { id: { in: [...new Set(logs.map((log) => log.cardId))] } },
    select: { id: true, userId: true, itemKind: true, itemId: true, due: true, isLeech: true },
  });
  const byId = new Map(cards.map((card) => [card.id, card]));
  const found = new Map<string, LoggedReview>();
  for (const { id, requestId, cardId, rating } of logs) {
    const card = byId.get(cardId); // always there: a card's logs are deleted with it
    if (card) found.set(requestId, { id, cardId, rating, card });
  }
  return found;
}

/** The review already stored for this learner's request id, if any (one statement, for the flashcard hot path). */
export async function findLoggedReview(
  tx: Prisma.TransactionClient,
  userId: string,
  requestId: string,
): Promise<{ id: string; cardId: string } | null> {
  const [row] = await tx.$queryRaw<{ id: string; card_id: string }[]>`
    SELECT id, card_id FROM review_logs WHERE user_id = ${userId} AND request_id = ${requestId}`;
  return row ? { id: row.id, cardId: row.card_id } : null;
}
