import "server-only";
import type { Card, ItemKind, Prisma } from "../db/generated/client";
import { newCardState } from "../srs/card-state";
import { AppError } from "./app-error";

/**
 * Locks this learner's card for an item until the transaction ends (SELECT … FOR UPDATE), creating it as a new
 * card first if the learner has none. Concurrent graders of the same card therefore run one after the other, and a
 * first grade racing another first grade cannot create two cards (INSERT … ON CONFLICT DO NOTHING).
 */
export async function lockOrCreateCard(
  tx: Prisma.TransactionClient,
  key: { userId: string; itemKind: ItemKind; itemId: string; now: Date },
): Promise<Card> {
  await tx.card.createMany({
    data: [{ userId: key.userId, itemKind: key.itemKind, itemId: key.itemId, ...newCardState(key.now) }],
    skipDuplicates: true,
  });
  const { id } = await tx.card.findUniqueOrThrow({
    where: { userId_itemKind_itemId: { userId: key.userId, itemKind: key.itemKind, itemId: key.itemId } },
    select: { id: true },
  });
  return lockCard(tx, { userId: key.userId, cardId: id });
}

/** Locks one of this learner's cards by id; NOT_FOUND when it does not exist or belongs to someone else. */
export async function lockCard(tx: Prisma.TransactionClient, key: { userId: string; cardId: string }): Promise<Card> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM cards WHERE id = ${key.cardId} AND user_id = ${key.userId} FOR UPDATE`;
  if (locked.length === 0) throw new AppError("NOT_FOUND", "No such card");
  // Read after taking the lock: under READ COMMITTED this statement sees the last committed grade.
  return tx.card.findUniqueOrThrow({ where: { id: key.cardId } });
}
