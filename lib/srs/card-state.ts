import { createEmptyCard, State, type Card as FsrsCard } from "ts-fsrs";
import { z } from "zod";

/**
 * A learner's schedule for one item as the database stores it (the `Card` row's FSRS columns plus the leech flag).
 * A Prisma `Card` row is assignable to it.
 */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview: Date | null;
  isLeech: boolean;
}

/** A card that has never been reviewed, due at `now`. */
export function newCardState(now: Date): CardState {
  return fromFsrsCard(createEmptyCard(now), false);
}

/** True for a card that has never been graded (or whose only grades were undone). */
export function isUnreviewed(card: Pick<CardState, "reps" | "state">): boolean {
  return card.reps === 0 && card.state === State.New;
}

/** Converts a stored card to ts-fsrs's shape. Throws RangeError for a state outside 0–3 (a corrupt row). */
export function toFsrsCard(card: CardState): FsrsCard {
  return {
    due: new Date(card.due.getTime()),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: toState(card.state),
    ...(card.lastReview ? { last_review: new Date(card.lastReview.getTime()) } : {}),
  };
}

/** Converts a ts-fsrs card back to the stored shape; the leech flag is the caller's (see `leech.ts`). */
export function fromFsrsCard(card: FsrsCard, isLeech: boolean): CardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
    isLeech,
  };
}

function toState(value: number): State {
  switch (value) {
    case State.New:
      return State.New;
    case State.Learning:
      return State.Learning;
    case State.Review:
      return State.Review;
    case State.Relearning:
      return State.Relearning;
    default:
      throw new RangeError(`Card state must be 0–3; got ${value}`);
  }
}

const isoDate = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** The JSON form of a CardState kept on each review log so undo restores the card exactly (JSON numbers round-trip doubles). */
export const CardSnapshotSchema = z
  .object({
    due: isoDate,
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: z.number().int(),
    scheduledDays: z.number().int(),
    learningSteps: z.number().int(),
    reps: z.number().int(),
    lapses: z.number().int(),
    state: z.number().int().min(0).max(3),
    lastReview: isoDate.nullable(),
    isLeech: z.boolean(),
  })
  .strict();

export type CardSnapshot = z.input<typeof CardSnapshotSchema>;

/** The snapshot of a card to store with a review log. */
export function snapshotCard(card: CardState): CardSnapshot {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.lastReview ? card.lastReview.toISOString() : null,
    isLeech: card.isLeech,
  };
}

/** Reads a stored snapshot back; throws a ZodError when the JSON is not a snapshot. */
export function restoreSnapshot(json: unknown): CardState {
  return CardSnapshotSchema.parse(json);
}
