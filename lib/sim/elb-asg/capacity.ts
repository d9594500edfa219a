import type { Adjustment } from "./schema";

/** The group's size limits; desired capacity must stay within them (AWS_FACTS A1, asg-capacity-limits.html). */
export interface CapacityLimits {
  min: number;
  max: number;
}

/** The documented default cooldown of a group, used by simple scaling policies only (AWS_FACTS A5). */
export const DEFAULT_COOLDOWN_SEC = 300;

/**
 * Rounds a raw `PercentChangeInCapacity` result (AWS_FACTS A8): values above 1 round down (12.7 → 12), values
 * between 0 and 1 become 1, values between -1 and 0 become -1, values below -1 round up toward zero (-6.67 → -6).
 * Source: https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-simple-step.html
 */
export function roundPercentAdjustment(raw: number): number {
  const value = Math.round(raw * 1e9) / 1e9;
  if (value > 0 && value < 1) return 1;
  if (value < 0 && value > -1) return -1;
  return Math.trunc(value);
}

/** Result of {@link applyAdjustment}, with the A1/A8 rules it used for the trace. */
export interface AdjustmentOutcome {
  /** Desired capacity after the adjustment, clamped to [min, max]. */
  desired: number;
  /** The change before clamping (after percent rounding and MinAdjustmentMagnitude). */
  change: number;
  /** Which limit cut the result, if any. */
  clampedBy: "min" | "max" | null;
  /** Rules applied, for the trace. */
  rules: string[];
}

/** Clamps a desired capacity into the group's limits (AWS_FACTS A1). */
export function clampDesired(
  value: number,
  limits: CapacityLimits,
): { desired: number; clampedBy: "min" | "max" | null } {
  if (value > limits.max) return { desired: limits.max, clampedBy: "max" };
  if (value < limits.min) return { desired: limits.min, clampedBy: "min" };
  return { desired: value, clampedBy: null };
}

/**
 * Applies a simple/step scaling adjustment to the current capacity (AWS_FACTS A8, A1):
 * `ChangeInCapacity` adds `value`; `ExactCapacity` sets it; `PercentChangeInCapacity` adds `value`% of the current
 * capacity, rounded as {@link roundPercentAdjustment}, and then at least `minAdjustmentMagnitude` instances in the
 * same direction (that setting only applies to percent adjustments). A scaling policy can't push the desired capacity
 * outside [min, max], so the result is clamped rather than rejected.
 * Sources: https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-simple-step.html ,
 * https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html
 */
export function applyAdjustment(current: number, adjustment: Adjustment, limits: CapacityLimits): AdjustmentOutcome {
  const rules: string[] = [];
  let change: number;
  if (adjustment.type === "ExactCapacity") {
    change = adjustment.value - current;
    rules.push("A8:ExactCapacity");
  } else if (adjustment.type === "ChangeInCapacity") {
    change = adjustment.value;
    rules.push("A8:ChangeInCapacity");
  } else {
    const raw = (current * adjustment.value) / 100;
    change = roundPercentAdjustment(raw);
    rules.push(`A8:PercentChangeInCapacity(${raw} → ${change})`);
    const floor = adjustment.minAdjustmentMagnitude;
    if (floor !== undefined && change !== 0 && Math.abs(change) < floor) {
      change = Math.sign(change) * floor;
      rules.push(`A8:MinAdjustmentMagnitude(${floor})`);
    }
  }
  const clamped = clampDesired(current + change, limits);
  if (clamped.clampedBy !== null) rules.push(`A1:clamped-to-${clamped.clampedBy}`);
  return { desired: clamped.desired, change, clampedBy: clamped.clampedBy, rules };
}

/**
 * The most a group can temporarily hold while rebalancing across AZs: it launches before it terminates and may exceed
 * its maximum "by a 10 percent margin or by one instance, whichever is greater" (AWS_FACTS A7). The documentation
 * gives no rounding; a fractional margin is rounded down because a group can't hold part of an instance.
 * Source: https://docs.aws.amazon.com/autoscaling/ec2/userguide/auto-scaling-benefits.html
 */
export function rebalanceMaxOverage(maxSize: number): { maxSize: number; overage: number; temporaryMax: number } {
  const overage = Math.max(Math.floor(maxSize / 10), 1);
  return { maxSize, overage, temporaryMax: maxSize + overage };
}
