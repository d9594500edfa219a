import { applyAdjustment, clampDesired } from "./capacity";
import { reconcileCapacity } from "./asg-actions";
import type { ParsedEvent } from "./schema";
import { note, type AsgConfig, type World } from "./world";

/** Events that change the desired capacity (SIM_CONTRACT `elb-asg` scaling ops). */
export type ScalingEvent = Extract<
  ParsedEvent,
  { op: "setDesiredCapacity" | "applyAdjustment" | "simpleScalingAlarm" | "scheduledAction" }
>;

/** Error codes a scaling op can produce (SIM_CONTRACT `elb-asg`: `DESIRED_OUT_OF_RANGE`). */
export type ScalingError = "DESIRED_OUT_OF_RANGE" | "INVALID_CAPACITY_LIMITS";

/** True for the scaling ops, which need an `asg` (A1). */
export function isScalingEvent(event: ParsedEvent): event is ScalingEvent {
  return (
    event.op === "setDesiredCapacity" ||
    event.op === "applyAdjustment" ||
    event.op === "simpleScalingAlarm" ||
    event.op === "scheduledAction"
  );
}

function simpleAlarm(world: World, asg: AsgConfig, event: Extract<ScalingEvent, { op: "simpleScalingAlarm" }>): void {
  const t = event.t;
  if (t < world.cooldownUntil) {
    note(world, { t, rule: "A5:cooldown-blocks-simple-scaling", value: world.cooldownUntil });
    return;
  }
  const adjustment = {
    type: event.adjustmentType ?? event.adjustment.type,
    value: event.adjustment.value,
    minAdjustmentMagnitude:
      event.minAdjustmentMagnitude ??
      ("minAdjustmentMagnitude" in event.adjustment ? event.adjustment.minAdjustmentMagnitude : undefined),
  };
  const outcome = applyAdjustment(asg.desired, adjustment, asg);
  for (const rule of outcome.rules) note(world, { t, rule, value: outcome.desired });
  if (outcome.desired === asg.desired) return;
  asg.desired = outcome.desired;
  world.cooldownUntil = t + (event.cooldownSec ?? asg.defaultCooldownSec);
  note(world, { t, rule: "A5:cooldown-started", value: world.cooldownUntil });
}

/**
 * Applies one scaling op at its time and reconciles the group (AWS_FACTS A1, A5, A8, A10):
 * - `setDesiredCapacity` outside [min, max] fails with `DESIRED_OUT_OF_RANGE` (the SetDesiredCapacity API rejects it);
 *   manual scaling ignores the cooldown.
 * - `applyAdjustment` (a step or target-style policy) clamps to [min, max] and ignores the cooldown.
 * - `simpleScalingAlarm` is skipped while the cooldown (default 300 s, or the policy's own) runs; a scaling activity
 *   it causes starts a new cooldown.
 * - `scheduledAction` may set min/max; the desired capacity is clamped into the limits then in force, and the
 *   cooldown does not apply.
 * Sources: https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html ,
 * https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html ,
 * https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-simple-step.html
 */
export function applyScalingEvent(world: World, asg: AsgConfig, event: ScalingEvent): ScalingError | null {
  const t = event.t;
  switch (event.op) {
    case "setDesiredCapacity":
      if (event.value < asg.min || event.value > asg.max) {
        note(world, { t, rule: "A1:DESIRED_OUT_OF_RANGE", value: event.value });
        return "DESIRED_OUT_OF_RANGE";
      }
      asg.desired = event.value;
      note(world, { t, rule: "A1:set-desired-capacity", value: event.value });
      break;
    case "applyAdjustment": {
      const outcome = applyAdjustment(asg.desired, event, asg);
      for (const rule of outcome.rules) note(world, { t, rule, value: outcome.desired });
      asg.desired = outcome.desired;
      break;
    }
    case "simpleScalingAlarm":
      simpleAlarm(world, asg, event);
      break;
    case "scheduledAction": {
      const min = event.min ?? asg.min;
      const max = event.max ?? asg.max;
      if (min > max) return "INVALID_CAPACITY_LIMITS";
      asg.min = min;
      asg.max = max;
      const clamped = clampDesired(event.desired ?? asg.desired, asg);
      asg.desired = clamped.desired;
      note(world, { t, rule: "A10:scheduled-action", value: clamped.desired });
      if (clamped.clampedBy !== null)
        note(world, { t, rule: `A1:clamped-to-${clamped.clampedBy}`, value: clamped.desired });
      break;
    }
  }
  reconcileCapacity(world, t, true);
  return null;
}
