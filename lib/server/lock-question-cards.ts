import "server-only";
import { Prisma, type Card } from "../db/generated/client";
import { newCardState } from "../srs/card-state";

/**
 * Locks this learner's cards for the given questions until the transaction ends (SELECT … FOR UPDATE), creating the
 * missing ones as new cards first, and returns them by question id. The batch form of `lockOrCreateCard`: a fixed
 * number of statements however many questions. Cards are inserted in question-id order and locked in card-id order,
 * so two transactions working on overlapping cards wait for each other instead of deadlocking; a first grade racing
 * another cannot create two cards (INSERT … ON CONFLICT DO NOTHING).
 */
export async function lockOrCreateQuestionCards(
  tx: Prisma.TransactionClient,
  key: { userId: string; questionIds: readonly string[]; now: Date },
): Promise<Map<string, Card>> {
  if (key.questionIds.length === 0) return new Map();
  const questionIds = [...new Set(key.questionIds)].sort();
  await tx.card.createMany({
    data: questionIds.map((itemId) => ({ userId: key.userId, itemKind: "question" as const, itemId, ...newCardState(key.now) })),
    skipDuplicates: true,
  });
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM cards
    WHERE user_id = ${key.userId} AND item_kind = 'question' AND item_id IN (${Prisma.join(questionIds)})
    ORDER BY id
    FOR UPDATE`;
  // Read after taking the locks: under READ COMMITTED this statement sees the last committed grades.
  const cards = await tx.card.findMany({ where: { id: { in: locked.map((row) => row.id) } } });
  return new Map(cards.map((card) => [card.itemId, card]));
}
