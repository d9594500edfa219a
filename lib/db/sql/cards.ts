import "server-only";
import { randomBytes } from "node:crypto";
import type { Card, ItemKind } from "@/lib/db/generated/client";
import { Prisma } from "@/lib/db/generated/client";

/**
 * The `cards` row as plain SQL reads and writes it. The review hot path uses raw statements: each Prisma model query
 * costs about a millisecond of query compilation, several times the statement itself.
 */
export const CARD_COLUMNS = Prisma.sql`id, user_id, item_kind, item_id, due, stability, difficulty, elapsed_days, scheduled_days,
  learning_steps, reps, lapses, state, last_review, version, is_leech, created_at, updated_at`;

export interface CardRow {
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

export function cardFromRow(row: CardRow): Card {
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

let sequence = 0;

/**
 * A fresh row id for raw inserts (Prisma's cuid default only applies to its own model queries): 25 lowercase letters
 * and digits, time-ordered within a process like a cuid, because logs of one card made in the same millisecond are
 * told apart by id.
 */
export function newRowId(): string {
  sequence = (sequence + 1) % 36 ** 4;
  return Date.now().toString(36).padStart(9, "0") + sequence.toString(36).padStart(4, "0") + randomBytes(6).toString("hex");
}
