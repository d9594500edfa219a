import { fsrs, generatorParameters, type FSRS, type StepUnit } from "ts-fsrs";

import { RETENTION_MAX, RETENTION_MIN } from "./retention-range";

export { DEFAULT_RETENTION, RETENTION_MAX, RETENTION_MIN } from "./retention-range";

/** Anki's default learning steps: a new card comes back after 1 minute, then 10 minutes, then graduates. */
export const LEARNING_STEPS: readonly StepUnit[] = ["1m", "10m"];
/** A lapsed card is shown again after 10 minutes before it returns to day-based intervals. */
export const RELEARNING_STEPS: readonly StepUnit[] = ["10m"];

export interface SchedulerSettings {
  /** The probability of recall FSRS aims for when a card comes due, in [RETENTION_MIN, RETENTION_MAX]. */
  desiredRetention: number;
}

export class RetentionOutOfRangeError extends RangeError {
  constructor(readonly value: number) {
    super(
      `Desired retention must be between ${RETENTION_MIN.toFixed(2)} and ${RETENTION_MAX.toFixed(2)}; got ${value}`,
    );
    this.name = "RetentionOutOfRangeError";
  }
}

/** True when `value` is a retention the app accepts (inclusive bounds). */
export function isRetentionInRange(value: number): boolean {
  return Number.isFinite(value) && value >= RETENTION_MIN && value <= RETENTION_MAX;
}

/**
 * The FSRS scheduler for one learner: ts-fsrs's default weights, the learner's desired retention, learning steps
 * 1m/10m, relearning 10m, short-term scheduling on. Fuzz is off so the interval shown on a grade button is the one
 * the grade produces. Throws RetentionOutOfRangeError outside [0.70, 0.97].
 */
export function buildScheduler(settings: SchedulerSettings): FSRS {
  if (!isRetentionInRange(settings.desiredRetention)) throw new RetentionOutOfRangeError(settings.desiredRetention);
  return fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      learning_steps: LEARNING_STEPS,
      relearning_steps: RELEARNING_STEPS,
      enable_fuzz: false,
      enable_short_term: true,
    }),
  );
}
