/** The lowest and highest scaled scores AWS reports (100–1000). */
export const SCALE_MIN = 100;
export const SCALE_MAX = 1000;

/**
 * Estimates a scaled score from a raw percentage. AWS does not publish its mapping, so this is the approximation of
 * EXAMS.md: piecewise-linear through (0% → 100), (cut% → passing score) and (100% → 1000), rounded to a whole
 * number. `rawPercent` is clamped to 0–100; `cutPercent` must lie strictly between 0 and 100 and `passingScaledScore`
 * strictly between 100 and 1000.
 */
export function estimateScaledScore(rawPercent: number, cutPercent: number, passingScaledScore: number): number {
  if (!(cutPercent > 0 && cutPercent < 100))
    throw new RangeError(`cutPercent must be between 0 and 100, got ${cutPercent}`);
  if (!(passingScaledScore > SCALE_MIN && passingScaledScore < SCALE_MAX)) {
    throw new RangeError(`passingScaledScore must be between ${SCALE_MIN} and ${SCALE_MAX}, got ${passingScaledScore}`);
  }
  const p = Math.min(100, Math.max(0, rawPercent));
  const scaled =
    p <= cutPercent
      ? SCALE_MIN + ((passingScaledScore - SCALE_MIN) * p) / cutPercent
      : passingScaledScore + ((SCALE_MAX - passingScaledScore) * (p - cutPercent)) / (100 - cutPercent);
  // Round half up, but never round a failing score up to the passing score: an estimate must not flip the verdict.
  const rounded = Math.round(scaled);
  return p < cutPercent && rounded >= passingScaledScore ? passingScaledScore - 1 : rounded;
}
