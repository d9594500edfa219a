import "server-only";
import { db } from "@/lib/db/client";
import type { ItemKind } from "@/lib/db/generated/client";
import { restoreSnapshot } from "@/lib/srs";
import { AppError } from "@/lib/server/app-error";
import { findLatestReviewId } from "@/lib/db/sql/review-logs";
import { lockCard } from "@/lib/db/sql/cards";

/**
 * Undoes one of the learner's review-session grades: the card gets back exactly the state stored with the log and
 * the log row is deleted, in one transaction. Only a card's latest grade can be undone. NOT_FOUND for a log that is
 * not this learner's (or was already undone).
 */
export async function undoReview({
  userId,
  logId,
}: {
  userId: string;
  logId: string;
}): Promise<{ itemKind: ItemKind; itemId: string }> {
  return db().$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({
      where: { id: logId, userId, source: "review" },
      select: { id: true, cardId: true, previousCard: true },
    });
    if (!log) throw new AppError("NOT_FOUND", "There is no such grade to undo");
    const card = await lockCard(tx, { userId, cardId: log.cardId });
    if (!card) throw new AppError("NOT_FOUND", "No such card");
    if ((await findLatestReviewId(tx, card.id)) !== log.id)
      throw new AppError("CONFLICT", "Only the card's latest grade can be undone");
    await tx.card.update({
      where: { id: card.id },
      data: { ...restoreSnapshot(log.previousCard), version: { increment: 1 } },
    });
    await tx.reviewLog.delete({ where: { id: log.id } });
    return { itemKind: card.itemKind, itemId: card.itemId };
  });
}
