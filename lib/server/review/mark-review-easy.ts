import "server-only";
import { db } from "@/lib/db/client";
import { restoreSnapshot } from "@/lib/srs";
import { GRADES, gradeCard } from "@/lib/srs";
import { buildScheduler } from "@/lib/srs";
import { AppError } from "@/lib/server/app-error";
import { findLatestReviewId } from "@/lib/db/sql/review-logs";
import { lockCard } from "@/lib/db/sql/cards";

/**
 * "That was easy": raises a question's automatic Good (a right answer in a review session) to Easy, re-grading from
 * the state stored with the log at the time of the original review. Only the card's latest grade; idempotent.
 */
export async function markReviewEasy({ userId, logId }: { userId: string; logId: string }): Promise<void> {
  await db().$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({ where: { id: logId, userId, source: "review" } });
    if (!log) throw new AppError("NOT_FOUND", "There is no such grade");
    const card = await lockCard(tx, { userId, cardId: log.cardId });
    if (!card) throw new AppError("NOT_FOUND", "No such card");
    if (log.rating === GRADES.easy) return;
    if (card.itemKind !== "question" || log.rating !== GRADES.good)
      throw new AppError("BAD_INPUT", "Only a rightly answered question can be marked easy");
    if ((await findLatestReviewId(tx, card.id)) !== log.id)
      throw new AppError("CONFLICT", "Only the card's latest grade can be changed");

    const settings = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { desiredRetention: true } });
    const graded = gradeCard(buildScheduler(settings), restoreSnapshot(log.previousCard), "easy", log.review);
    await tx.card.update({ where: { id: card.id }, data: { ...graded.card, version: { increment: 1 } } });
    await tx.reviewLog.update({ where: { id: log.id }, data: graded.log });
  });
}
