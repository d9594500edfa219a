import "server-only";
import type { Card, PracticeMode, Prisma, ReviewLog } from "../db/generated/client";
import { snapshotCard } from "../srs/card-state";
import { gradeCard, type GradeName } from "../srs/review";
import { buildScheduler } from "../srs/scheduler";
import { AppError } from "./app-error";

/**
 * Grades a card the caller has locked (see `lock-card.ts`) and stores the new state and one review log with the
 * card's previous state, inside the caller's transaction. The version check refuses a write based on a stale read.
 */
export async function writeGrade(
  tx: Prisma.TransactionClient,
  input: { card: Card; grade: GradeName; now: Date; requestId: string; source: PracticeMode; durationMs?: number | null },
): Promise<{ card: Card; log: ReviewLog }> {
  const { card } = input;
  const settings = await tx.user.findUniqueOrThrow({ where: { id: card.userId }, select: { desiredRetention: true } });
  const graded = gradeCard(buildScheduler(settings), card, input.grade, input.now);
  const updated = await tx.card.updateMany({
    where: { id: card.id, userId: card.userId, version: card.version },
    data: { ...graded.card, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "This card was graded elsewhere in the meantime");
  const log = await tx.reviewLog.create({
    data: {
      cardId: card.id,
      userId: card.userId,
      requestId: input.requestId,
      source: input.source,
      ...graded.log,
      durationMs: input.durationMs ?? null,
      previousCard: snapshotCard(card),
    },
  });
  return { card: await tx.card.findUniqueOrThrow({ where: { id: card.id } }), log };
}

/** The review already stored for this learner's request id, if any: a repeated submission returns it unchanged. */
export function findLoggedReview(tx: Prisma.TransactionClient, userId: string, requestId: string): Promise<ReviewLog | null> {
  return tx.reviewLog.findUnique({ where: { userId_requestId: { userId, requestId } } });
}
