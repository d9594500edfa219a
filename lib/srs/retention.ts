import { computeDecayFactor, default_w } from "ts-fsrs";
import { intervalRatioForDecay } from "./retention-range";

/** The decay of FSRS's forgetting curve with ts-fsrs's default weights (negative; about −0.1542). */
export function defaultDecay(): number {
  return computeDecayFactor(default_w).decay;
}

/**
 * How much longer (or shorter) intervals are at `retention` than at `baseline`, for the same memory, with ts-fsrs's
 * default weights. About 0.40 for 0.95 vs 0.90.
 */
export function intervalRatio(retention: number, baseline: number): number {
  return intervalRatioForDecay(defaultDecay(), retention, baseline);
}
