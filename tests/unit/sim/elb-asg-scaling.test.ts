import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { applyAdjustment, roundPercentAdjustment } from "@/lib/sim/elb-asg";

// Scaling ops and capacity limits: SIM_CONTRACT.md `elb-asg`, AWS_FACTS §6 (A1, A5, A8, A10).
const LIMITS_DOC = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html";
const STEP_DOC = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-simple-step.html";
const COOLDOWN_DOC = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html";

function run(input: unknown): Record<string, unknown> {
  const r = simulate("elb-asg", input);
  if (!r.ok) throw new Error(r.inputError);
  return r.result;
}
const group = (events: unknown[], asg: Record<string, unknown> = {}) =>
  run({ asg: { min: 1, desired: 2, max: 4, ...asg }, events });

describe("elb-asg scaling ops", () => {
  it(`A1: setDesiredCapacity within [min, max] is applied; desiredAfterEach follows each event (${LIMITS_DOC})`, () => {
    const r = group([
      { t: 0, op: "setDesiredCapacity", value: 4 },
      { t: 10, op: "setDesiredCapacity", value: 1 },
    ]);
    expect(r.desiredAfterEach).toEqual([4, 1]);
    expect(r.finalInServiceCount).toBe(1);
  });

  it("A1: setDesiredCapacity above max fails with DESIRED_OUT_OF_RANGE at that op; later ops are not run", () => {
    const r = group([
      { t: 0, op: "setDesiredCapacity", value: 3 },
      { t: 10, op: "setDesiredCapacity", value: 5 },
      { t: 20, op: "setDesiredCapacity", value: 1 },
    ]);
    expect(r).toMatchObject({ error: "DESIRED_OUT_OF_RANGE", atOp: 1, desiredAfterEach: [3] });
  });

  it("A1: setDesiredCapacity below min also fails", () => {
    expect(group([{ t: 0, op: "setDesiredCapacity", value: 0 }])).toMatchObject({
      error: "DESIRED_OUT_OF_RANGE",
      atOp: 0,
    });
  });

  it("A1: a group can't be created with desired outside [min, max]; desired defaults to min", () => {
    expect(run({ asg: { min: 1, desired: 5, max: 4 } })).toMatchObject({
      error: "DESIRED_OUT_OF_RANGE",
      atOp: "createAutoScalingGroup",
    });
    expect(run({ asg: { min: 2, max: 4 } })).toMatchObject({ finalDesired: 2, finalInServiceCount: 2 });
  });

  it(`A1: scaling policies clamp to max and min instead of failing (${LIMITS_DOC})`, () => {
    const r = group([
      { t: 0, op: "applyAdjustment", type: "ChangeInCapacity", value: 10 },
      { t: 10, op: "applyAdjustment", type: "ExactCapacity", value: 0 },
    ]);
    expect(r.desiredAfterEach).toEqual([4, 1]);
    expect(r.decidedBy).toEqual(expect.arrayContaining(["A1:clamped-to-max", "A1:clamped-to-min"]));
  });

  it(`A8: percent rounding: >1 down, 0..1 → 1, -1..0 → -1, < -1 toward zero (${STEP_DOC})`, () => {
    expect(roundPercentAdjustment(12.7)).toBe(12);
    expect(roundPercentAdjustment(0.3)).toBe(1);
    expect(roundPercentAdjustment(-0.3)).toBe(-1);
    expect(roundPercentAdjustment(-6.67)).toBe(-6);
    expect(roundPercentAdjustment(1)).toBe(1);
    const limits = { min: 0, max: 100 };
    expect(applyAdjustment(10, { type: "PercentChangeInCapacity", value: 25 }, limits).desired).toBe(12);
    expect(applyAdjustment(3, { type: "PercentChangeInCapacity", value: 10 }, limits).desired).toBe(4);
    expect(applyAdjustment(3, { type: "PercentChangeInCapacity", value: -10 }, limits).desired).toBe(2);
    expect(applyAdjustment(10, { type: "PercentChangeInCapacity", value: -67 }, limits).desired).toBe(4);
  });

  it("A8: percent adjustments through the timeline use the current desired capacity", () => {
    const r = run({
      asg: { min: 0, desired: 10, max: 20 },
      events: [{ t: 0, op: "applyAdjustment", type: "PercentChangeInCapacity", value: 25 }],
    });
    expect(r.desiredAfterEach).toEqual([12]);
  });

  it(`A8: MinAdjustmentMagnitude 2 turns 25 % of 4 instances (1) into 2 (${STEP_DOC})`, () => {
    const r = run({
      asg: { min: 1, desired: 4, max: 10 },
      events: [{ t: 0, op: "applyAdjustment", type: "PercentChangeInCapacity", value: 25, minAdjustmentMagnitude: 2 }],
    });
    expect(r.desiredAfterEach).toEqual([6]);
    expect(
      applyAdjustment(
        4,
        { type: "PercentChangeInCapacity", value: -25, minAdjustmentMagnitude: 2 },
        { min: 0, max: 10 },
      ).desired,
    ).toBe(2);
  });

  it(`A5: simple scaling waits for the 300 s default cooldown (${COOLDOWN_DOC})`, () => {
    const r = group([
      { t: 0, op: "simpleScalingAlarm", adjustment: 1 },
      { t: 299, op: "simpleScalingAlarm", adjustment: 1 },
      { t: 300, op: "simpleScalingAlarm", adjustment: 1 },
    ]);
    expect(r.desiredAfterEach).toEqual([3, 3, 4]);
    expect(r.decidedBy).toContain("A5:cooldown-blocks-simple-scaling");
  });

  it("A5: a group's default cooldown or a policy's own cooldown replaces the 300 s default", () => {
    const alarms = [
      { t: 0, op: "simpleScalingAlarm", adjustment: 1 },
      { t: 60, op: "simpleScalingAlarm", adjustment: 1 },
    ];
    expect(group(alarms, { defaultCooldownSec: 60 }).desiredAfterEach).toEqual([3, 4]);
    const own = [
      { t: 0, op: "simpleScalingAlarm", adjustment: 1, cooldownSec: 30 },
      { t: 30, op: "simpleScalingAlarm", adjustment: 1 },
    ];
    expect(group(own).desiredAfterEach).toEqual([3, 4]);
  });

  it("A5: simple scaling accepts an adjustment type, e.g. PercentChangeInCapacity", () => {
    const r = run({
      asg: { min: 0, desired: 10, max: 20 },
      events: [{ t: 0, op: "simpleScalingAlarm", adjustment: { type: "PercentChangeInCapacity", value: -50 } }],
    });
    expect(r.desiredAfterEach).toEqual([5]);
  });

  it("A5: manual scaling and scheduled actions ignore the cooldown; other policies do not start one", () => {
    const r = group([
      { t: 0, op: "simpleScalingAlarm", adjustment: 1 },
      { t: 10, op: "setDesiredCapacity", value: 1 },
      { t: 20, op: "scheduledAction", desired: 4 },
      { t: 30, op: "applyAdjustment", type: "ChangeInCapacity", value: -1 },
      { t: 40, op: "simpleScalingAlarm", adjustment: -1 },
    ]);
    expect(r.desiredAfterEach).toEqual([3, 1, 4, 3, 3]);
  });

  it(`A10: a scheduled action clamps desired to the limits in force, and may set new min/max (${LIMITS_DOC})`, () => {
    const r = group([
      { t: 0, op: "scheduledAction", desired: 9 },
      { t: 10, op: "scheduledAction", min: 3, max: 8 },
      { t: 20, op: "scheduledAction", desired: 7 },
      { t: 30, op: "setDesiredCapacity", value: 8 },
    ]);
    expect(r.desiredAfterEach).toEqual([4, 4, 7, 8]);
    expect(group([{ t: 0, op: "scheduledAction", min: 3 }]).desiredAfterEach).toEqual([3]);
  });

  it("A1: launches are instantaneous, so in-service instances follow the desired capacity", () => {
    const r = group([{ t: 0, op: "simpleScalingAlarm", adjustment: 2 }]);
    expect(r.finalInServiceCount).toBe(4);
  });

  it("alternative spellings: a nested adjustment, adjustmentType, desiredCapacity", () => {
    const r = group([
      { t: 0, op: "applyAdjustment", adjustment: { type: "ExactCapacity", value: 3 } },
      { t: 10, op: "applyAdjustment", adjustmentType: "ChangeInCapacity", value: -1 },
      { t: 20, op: "scheduledAction", desiredCapacity: 4 },
    ]);
    expect(r.desiredAfterEach).toEqual([3, 2, 4]);
  });

  it("the scaling explanation names the cooldown and clamping", () => {
    const r = group([
      { t: 0, op: "simpleScalingAlarm", adjustment: 5 },
      { t: 10, op: "simpleScalingAlarm", adjustment: 1 },
    ]);
    expect(r.explanation).toMatchObject({
      en: expect.stringContaining("cooldown"),
      ko: expect.stringContaining("쿨다운"),
    });
  });
});
