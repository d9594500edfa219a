import "server-only";
import { Prisma } from "../db/generated/client";
import type { CardState } from "../srs/card-state";
import { AppError } from "./app-error";

export interface GradedCardWrite {
  id: string;
  /** The version read under the lock: the write is refused when the row has moved on since (optimistic check). */
  version: number;
  /** How many grades the new state folds in; the version advances by as many, as that many single writes would. */
  grades: number;
  state: CardState;
}

/**
 * Stores the new state of cards the caller has locked (see `lock-question-cards.ts`) and their review logs inside
 * the caller's transaction: one UPDATE … FROM (VALUES …) for every card and one INSERT for every log, rather than
 * two statements per grade. CONFLICT, for the whole batch, when any card's version is not the one read.
 */
export async function saveCardGrades(
  tx: Prisma.TransactionClient,
  input: { userId: string; cards: readonly GradedCardWrite[]; logs: Prisma.ReviewLogCreateManyInput[] },
): Promise<void> {
  if (input.cards.length > 0) {
    const rows = input.cards.map(
      ({ id, version, grades, state: s }) => Prisma.sql`(${id}, ${version}::int, ${version + grades}::int, ${utc(s.due)}, ${s.stability}::float8,
        ${s.difficulty}::float8, ${s.elapsedDays}::int, ${s.scheduledDays}::int, ${s.learningSteps}::int, ${s.reps}::int, ${s.lapses}::int,
        ${s.state}::int, ${utc(s.lastReview)}, ${s.isLeech}::boolean)`,
    );
    const updated = await tx.$executeRaw`
      UPDATE cards AS c
      SET due = v.due, stability = v.stability, difficulty = v.difficulty, elapsed_days = v.elapsed_days,
          scheduled_days = v.scheduled_days, learning_steps = v.learning_steps, reps = v.reps, lapses = v.lapses,
          state = v.state, last_review = v.last_review, is_leech = v.is_leech, version = v.next_version,
          updated_at = now() AT TIME ZONE 'UTC'
      FROM (VALUES ${Prisma.join(rows)}) AS v(id, version, next_version, due, stability, difficulty, elapsed_days,
        scheduled_days, learning_steps, reps, lapses, state, last_review, is_leech)
      WHERE c.id = v.id AND c.user_id = ${input.userId} AND c.version = v.version`;
    if (updated !== input.cards.length) throw new AppError("CONFLICT", "A card was graded elsewhere in the meantime");
  }
  if (input.logs.length > 0) await tx.reviewLog.createMany({ data: input.logs });
}

/** An instant as the schema stores it (TIMESTAMP(3) in UTC), whatever the session's time zone; null stays null. */
function utc(instant: Date | null): Prisma.Sql {
  return Prisma.sql`(${instant?.toISOString() ?? null}::timestamptz AT TIME ZONE 'UTC')`;
}
