import "server-only";
import { Prisma, type Card, type ItemKind } from "@/lib/db/generated/client";
import { newCardState } from "@/lib/srs/card-state";
import { AppError } from "@/lib/server/app-error";
import { CARD_COLUMNS, cardFromRow, newRowId, type CardRow } from "@/lib/db/sql/cards";
import { nullableUtcTimestamp, utcTimestamp } from "@/lib/db/sql/time";

/**
 * Locks this learner's card for an item until the transaction ends, creating it as a new card first if the learner
 * has none. Concurrent graders of the same card therefore run one after the other, and a first grade racing another
 * first grade cannot create two cards.
 */
export async function lockOrCreateCard(
  tx: Prisma.TransactionClient,
  key: { userId: string; itemKind: ItemKind; itemId: string; now: Date },
): Promise<Card> {
  const card = (await lockOrCreateCards(tx, { ...key, itemIds: [key.itemId] })).get(key.itemId);
  if (!card) throw new Error("INSERT … ON CONFLICT DO UPDATE returned no card");
  return card;
}

/**
 * `lockOrCreateCard` for many items in one statement, returned by item id. Rows are inserted, and so locked, in item-id
 * order: two transactions locking overlapping cards wait for each other instead of deadlocking.
 */
export async function lockOrCreateCards(
  tx: Prisma.TransactionClient,
  key: { userId: string; itemKind: ItemKind; itemIds: readonly string[]; now: Date },
): Promise<Map<string, Card>> {
  if (key.itemIds.length === 0) return new Map();
  const fresh = newCardState(key.now);
  const rows = [...new Set(key.itemIds)].sort().map(
    (itemId) => Prisma.sql`(${newRowId()}, ${key.userId}, ${key.itemKind}::"ItemKind", ${itemId}, ${utcTimestamp(fresh.due)}, ${fresh.stability}::float8,
      ${fresh.difficulty}::float8, ${fresh.elapsedDays}::int, ${fresh.scheduledDays}::int, ${fresh.learningSteps}::int, ${fresh.reps}::int,
      ${fresh.lapses}::int, ${fresh.state}::int, ${nullableUtcTimestamp(fresh.lastReview)}, 0, false, ${utcTimestamp(key.now)}, ${utcTimestamp(key.now)})`,
  );
  // ON CONFLICT DO UPDATE with a no-op assignment, rather than DO NOTHING: it locks each existing row and returns it,
  // so create-or-lock is one statement. A racing insert waits for the other transaction and then locks its row.
  const locked = await tx.$queryRaw<CardRow[]>`
    INSERT INTO cards (id, user_id, item_kind, item_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps,
                       reps, lapses, state, last_review, version, is_leech, created_at, updated_at)
    VALUES ${Prisma.join(rows)}
    ON CONFLICT (user_id, item_kind, item_id) DO UPDATE SET version = cards.version
    RETURNING ${CARD_COLUMNS}`;
  return new Map(locked.map((row) => [row.item_id, cardFromRow(row)]));
}

/** Locks one of this learner's cards by id; NOT_FOUND when it does not exist or belongs to someone else. */
export async function lockCard(tx: Prisma.TransactionClient, key: { userId: string; cardId: string }): Promise<Card> {
  // Under READ COMMITTED, FOR UPDATE waits for a concurrent grade and returns the row as that grade committed it.
  const [row] = await tx.$queryRaw<CardRow[]>`SELECT ${CARD_COLUMNS} FROM cards WHERE id = ${key.cardId} AND user_id = ${key.userId} FOR UPDATE`;
  if (!row) throw new AppError("NOT_FOUND", "No such card");
  return cardFromRow(row);
}
