import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma, type Card, type ItemKind, type ReviewLog } from "@/lib/db/generated/client";
import type { CardState } from "@/lib/srs";
import { newRowId } from "./row-id";
import { nullableUtcTimestamp, utcTimestamp } from "./time";

/*
 * The `cards` table as plain SQL reads and writes it. The review hot path uses raw statements: each Prisma model query
 * costs about a millisecond of query compilation, several times the statement itself.
 */

const CARD_COLUMNS = Prisma.sql`id, user_id, item_kind, item_id, due, stability, difficulty, elapsed_days, scheduled_days,
  learning_steps, reps, lapses, state, last_review, version, is_leech, created_at, updated_at`;

interface CardRow {
  id: string;
  user_id: string;
  item_kind: ItemKind;
  item_id: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review: Date | null;
  version: number;
  is_leech: boolean;
  created_at: Date;
  updated_at: Date;
}

function cardFromRow(row: CardRow): Card {
  return {
    id: row.id,
    userId: row.user_id,
    itemKind: row.item_kind,
    itemId: row.item_id,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.last_review,
    version: row.version,
    isLeech: row.is_leech,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The one definition of a card that counts in the learner's schedule, for a `cards` row aliased `c`: studied (graded
 * at least once, and not undone back to new) and of a live item. Retired questions and flashcards leave the review
 * queue, the due counts and the forecast alike; their cards stay, and count again if the item returns.
 */
export const STUDIED_LIVE_CARD = Prisma.sql`c.reps > 0
  AND NOT EXISTS (SELECT 1 FROM flashcards f WHERE c.item_kind = 'flashcard' AND f.id = c.item_id AND f.retired_at IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM questions q WHERE c.item_kind = 'question' AND q.id = c.item_id AND q.retired_at IS NOT NULL)`;

/**
 * Locks this learner's cards for `itemIds` until the transaction ends, creating each missing one with the `fresh`
 * state, in one statement; returned by item id. Rows are inserted, and so locked, in item-id order: two transactions
 * locking overlapping cards wait for each other instead of deadlocking, and a first grade racing another first grade
 * cannot create two cards.
 */
export async function lockOrCreateCards(
  tx: Prisma.TransactionClient,
  key: { userId: string; itemKind: ItemKind; itemIds: readonly string[]; fresh: CardState; now: Date },
): Promise<Map<string, Card>> {
  if (key.itemIds.length === 0) return new Map();
  const { fresh } = key;
  const rows = [...new Set(key.itemIds)].sort().map(
    (
      itemId,
    ) => Prisma.sql`(${newRowId()}, ${key.userId}, ${key.itemKind}::"ItemKind", ${itemId}, ${utcTimestamp(fresh.due)}, ${fresh.stability}::float8,
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

/** Locks one of this learner's cards by id; null when it does not exist or belongs to someone else. */
export async function lockCard(
  tx: Prisma.TransactionClient,
  key: { userId: string; cardId: string },
): Promise<Card | null> {
  // Under READ COMMITTED, FOR UPDATE waits for a concurrent grade and returns the row as that grade committed it.
  const [row] = await tx.$queryRaw<
    CardRow[]
  >`SELECT ${CARD_COLUMNS} FROM cards WHERE id = ${key.cardId} AND user_id = ${key.userId} FOR UPDATE`;
  return row ? cardFromRow(row) : null;
}

/** One of this learner's cards, by id or by item; null when there is none. */
export async function findCard(
  client: Db,
  userId: string,
  key: { id: string } | { itemKind: ItemKind; itemId: string },
): Promise<Card | null> {
  const where =
    "id" in key
      ? Prisma.sql`id = ${key.id}`
      : Prisma.sql`item_kind = ${key.itemKind}::"ItemKind" AND item_id = ${key.itemId}`;
  const [row] = await client.$queryRaw<
    CardRow[]
  >`SELECT ${CARD_COLUMNS} FROM cards WHERE user_id = ${userId} AND ${where}`;
  return row ? cardFromRow(row) : null;
}

export interface GradedCardWrite {
  id: string;
  /** The version read under the lock: the write is refused when the row has moved on since (optimistic check). */
  version: number;
  /** How many grades the new state folds in; the version advances by as many, as that many single writes would. */
  grades: number;
  state: CardState;
}

/**
 * Stores the new state of cards the caller has locked and their review logs, inside the caller's transaction, in one
 * statement however many grades: an exam's 65 outcomes cost what one review does. Returns how many cards were
 * written: fewer than given when a card's version is not the one read, and the caller then rolls back.
 */
export async function saveCardGrades(
  tx: Prisma.TransactionClient,
  input: { userId: string; cards: readonly GradedCardWrite[]; logs: readonly ReviewLog[]; now: Date },
): Promise<number> {
  if (input.cards.length === 0) return 0;
  const cards = input.cards.map(
    ({
      id,
      version,
      grades,
      state: s,
    }) => Prisma.sql`(${id}, ${version}::int, ${version + grades}::int, ${utcTimestamp(s.due)}, ${s.stability}::float8,
      ${s.difficulty}::float8, ${s.elapsedDays}::int, ${s.scheduledDays}::int, ${s.learningSteps}::int, ${s.reps}::int, ${s.lapses}::int,
      ${s.state}::int, ${nullableUtcTimestamp(s.lastReview)}, ${s.isLeech}::boolean)`,
  );
  const logs = input.logs.map(
    (
      l,
    ) => Prisma.sql`(${l.id}, ${l.cardId}, ${l.userId}, ${l.requestId}, ${l.source}::"PracticeMode", ${l.rating}::int, ${l.state}::int,
      ${utcTimestamp(l.due)}, ${l.stability}::float8, ${l.difficulty}::float8, ${l.elapsedDays}::int, ${l.lastElapsedDays}::int,
      ${l.scheduledDays}::int, ${l.learningSteps}::int, ${utcTimestamp(l.review)}, ${l.durationMs}::int, ${JSON.stringify(l.previousCard)}::jsonb)`,
  );
  const [written] = await tx.$queryRaw<{ cards: number }[]>`
    WITH updated AS (
      UPDATE cards AS c
      SET due = v.due, stability = v.stability, difficulty = v.difficulty, elapsed_days = v.elapsed_days,
          scheduled_days = v.scheduled_days, learning_steps = v.learning_steps, reps = v.reps, lapses = v.lapses,
          state = v.state, last_review = v.last_review, is_leech = v.is_leech, version = v.next_version,
          updated_at = ${utcTimestamp(input.now)}
      FROM (VALUES ${Prisma.join(cards)}) AS v(id, version, next_version, due, stability, difficulty, elapsed_days,
        scheduled_days, learning_steps, reps, lapses, state, last_review, is_leech)
      WHERE c.id = v.id AND c.user_id = ${input.userId} AND c.version = v.version
      RETURNING c.id
    ), logged AS (
      INSERT INTO review_logs (id, card_id, user_id, request_id, source, rating, state, due, stability, difficulty, elapsed_days,
                               last_elapsed_days, scheduled_days, learning_steps, review, duration_ms, previous_card)
      VALUES ${Prisma.join(logs)}
    )
    SELECT count(*)::int AS cards FROM updated`;
  return written?.cards ?? 0;
}

/** Cards of this learner due before `end` that count in the schedule (see STUDIED_LIVE_CARD). */
export async function countDueCards(client: Db, userId: string, end: Date): Promise<number> {
  const [row] = await client.$queryRaw<{ due: number }[]>`
    SELECT count(*)::int AS due FROM cards c WHERE c.user_id = ${userId} AND c.due < ${utcTimestamp(end)} AND ${STUDIED_LIVE_CARD}`;
  return row?.due ?? 0;
}

/**
 * What decides a flashcard grade before the card is locked, in one statement: the review already logged for this
 * request id, whether the flashcard is live, and the learner's retention (null for an unknown learner).
 */
export async function probeFlashcardGrade(
  tx: Prisma.TransactionClient,
  key: { userId: string; flashcardId: string; requestId: string },
): Promise<{ loggedId: string | null; live: boolean; desiredRetention: number | null }> {
  const [probe] = await tx.$queryRaw<{ logged: string | null; live: boolean; desired_retention: number | null }[]>`
    SELECT (SELECT id FROM review_logs WHERE user_id = ${key.userId} AND request_id = ${key.requestId}) AS logged,
           EXISTS (SELECT 1 FROM flashcards WHERE id = ${key.flashcardId} AND retired_at IS NULL) AS live,
           (SELECT desired_retention FROM users WHERE id = ${key.userId}) AS desired_retention`;
  return {
    loggedId: probe?.logged ?? null,
    live: probe?.live ?? false,
    desiredRetention: probe?.desired_retention ?? null,
  };
}
