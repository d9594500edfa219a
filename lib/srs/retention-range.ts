/** Lowest desired retention a learner may choose: below it, forgetting is so common that reviews stop helping. */
export const RETENTION_MIN = 0.7;
/** Highest desired retention: above it the review load grows steeply for little gain (FSRS wiki, "desired retention"). */
export const RETENTION_MAX = 0.97;
export const DEFAULT_RETENTION = 0.9;

/**
 * How much longer (or shorter) intervals are at `retention` than at `baseline`, for the same memory, given the
 * forgetting curve's decay. FSRS's curve R(t) = (1 + factor·t/S)^decay (decay < 0) gives the interval
 * t = S/factor·(R^(1/decay) − 1), so the ratio depends only on the two retentions. Free of ts-fsrs so the settings
 * form can show it without shipping the scheduler.
 */
export function intervalRatioForDecay(decay: number, retention: number, baseline: number): number {
  const stretch = (r: number) => Math.pow(r, 1 / decay) - 1;
  return stretch(retention) / stretch(baseline);
}
