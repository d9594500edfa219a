import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  routeTargets,
  simulateElbAsg,
  type TargetHealthState,
  type TimelineInput,
  type TimelineResult,
} from "@/lib/sim/elb-asg";

// Invariants of the elb-asg simulator (AWS_FACTS L7, A1), checked on random timelines.

function timeline(input: TimelineInput): TimelineResult {
  const outcome = simulateElbAsg(input);
  if (!outcome.ok) throw new Error(outcome.inputError);
  if ("failure" in outcome) throw new Error(outcome.failure.error);
  return outcome.result;
}

const AZS = ["us-east-1a", "us-east-1b"];
type AppEvent =
  | { t: number; op: "stopApp" | "startApp"; instance: string }
  | { t: number; op: "setHealthResponse"; instance: string; httpStatus: number };

const appEvent = (ids: string[]) =>
  fc
    .record({
      t: fc.integer({ min: 0, max: 60 }).map((n) => n * 5),
      op: fc.constantFrom("stopApp", "startApp", "setHealthResponse"),
      instance: fc.constantFrom(...ids),
      httpStatus: fc.constantFrom(200, 302, 404, 500),
    })
    .map((e): AppEvent =>
      e.op === "setHealthResponse" ? { ...e, op: "setHealthResponse" } : { t: e.t, op: e.op, instance: e.instance },
    );

const scenario = fc.integer({ min: 1, max: 4 }).chain((n) => {
  const ids = [...Array(n).keys()].map((i) => `i-${i}`);
  return fc.record({
    targets: fc.tuple(...ids.map((id) => fc.constantFrom(...AZS).map((az) => ({ id, az })))),
    events: fc.array(appEvent(ids), { maxLength: 8 }),
    lbType: fc.constantFrom("alb", "nlb"),
    intervalSec: fc.constantFrom(5, 10, 30),
    unhealthyThreshold: fc.integer({ min: 2, max: 5 }),
    healthyThreshold: fc.integer({ min: 2, max: 5 }),
  });
});

type Scenario = {
  targets: { id: string; az: string }[];
  events: AppEvent[];
  lbType: string;
  intervalSec: number;
  unhealthyThreshold: number;
  healthyThreshold: number;
};

function inputOf(s: Scenario): TimelineInput {
  return {
    lb: {
      type: s.lbType,
      healthCheck: {
        intervalSec: s.intervalSec,
        unhealthyThreshold: s.unhealthyThreshold,
        healthyThreshold: s.healthyThreshold,
        protocol: "HTTP",
      },
    },
    targets: s.targets,
    events: s.events,
    untilSec: 400,
  };
}

const routableOf = (states: Record<string, TargetHealthState>) =>
  routeTargets(Object.entries(states).map(([id, state]) => ({ id, state })));

describe("elb-asg properties", () => {
  it("L7: adding a healthy target never reduces the healthy routable targets, at any time", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const without = timeline(inputOf(s));
        const withNew = timeline(inputOf({ ...s, targets: [...s.targets, { id: "extra", az: "us-east-1a" }] }));
        for (const [t, states] of Object.entries(without.targetStateAt)) {
          const before = routableOf(states);
          const after = routableOf(withNew.targetStateAt[t] ?? {});
          const healthyBefore = Object.keys(states).filter((id) => states[id] === "healthy");
          expect(after.routable).toEqual(expect.arrayContaining([...healthyBefore, "extra"]));
          if (!before.failOpen) expect(after.routable.length).toBeGreaterThan(before.routable.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("L7 consequence: with every target unhealthy (fail open), one healthy target takes all new requests", () => {
    const base: Pick<TimelineInput, "lb" | "events"> = {
      lb: { type: "alb" },
      events: [
        { t: 0, op: "stopApp", instance: "i-1" },
        { t: 0, op: "stopApp", instance: "i-2" },
      ],
    };
    const two = [
      { id: "i-1", az: "a" },
      { id: "i-2", az: "b" },
    ];
    expect(timeline({ ...base, targets: two }).routableTargets).toEqual(["i-1", "i-2"]);
    expect(timeline({ ...base, targets: [...two, { id: "i-3", az: "a" }] }).routableTargets).toEqual(["i-3"]);
  });

  it("L7: a target never flips state without the threshold count of consecutive results", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const r = timeline(inputOf(s));
        for (const target of s.targets) {
          const events = s.events.filter((e) => e.instance === target.id).sort((a, b) => a.t - b.t);
          const passAt = (c: number) => {
            let up = true;
            let status = 200;
            for (const e of events) {
              if (e.t > c) continue;
              if (e.op === "stopApp") up = false;
              if (e.op === "startApp") [up, status] = [true, 200];
              if (e.op === "setHealthResponse") status = e.httpStatus;
            }
            const matcher = s.lbType === "alb" ? status === 200 : status >= 200 && status <= 399;
            return up && matcher;
          };
          const checks: boolean[] = [];
          let previous = "healthy";
          for (let second = 0; second <= 400; second += 1) {
            const state = r.targetStateAt[String(second)]?.[target.id];
            const isCheck = second > 0 && second % s.intervalSec === 0;
            if (isCheck) checks.push(passAt(second));
            if (state !== previous) {
              expect(isCheck).toBe(true);
              const needed = state === "unhealthy" ? s.unhealthyThreshold : s.healthyThreshold;
              const recent = checks.slice(-needed);
              expect(recent).toHaveLength(needed);
              expect(recent.every((pass) => pass === (state === "healthy"))).toBe(true);
            }
            previous = state ?? previous;
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  const scalingOp = fc.oneof(
    fc.record({ op: fc.constant("setDesiredCapacity"), value: fc.integer({ min: 0, max: 12 }) }),
    fc.record({
      op: fc.constant("applyAdjustment"),
      type: fc.constantFrom("ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"),
      value: fc.integer({ min: -200, max: 200 }),
      minAdjustmentMagnitude: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    }),
    fc.record({ op: fc.constant("simpleScalingAlarm"), adjustment: fc.integer({ min: -6, max: 6 }) }),
    fc.record({ op: fc.constant("scheduledAction"), desired: fc.integer({ min: 0, max: 15 }) }),
  );

  it("A1: desired capacity always stays within min..max", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 6 }),
        fc.array(scalingOp, { maxLength: 10 }),
        (min, span, ops) => {
          const max = min + span;
          const events = ops.map((op, index) => ({ ...op, t: index * 120 }));
          const outcome = simulateElbAsg({ asg: { min, max, desired: min }, events });
          if (!outcome.ok) throw new Error(outcome.inputError);
          const after = "failure" in outcome ? outcome.failure.desiredAfterEach : outcome.result.desiredAfterEach;
          for (const desired of after.filter((d) => d !== null)) {
            expect(desired).toBeGreaterThanOrEqual(min);
            expect(desired).toBeLessThanOrEqual(max);
          }
          if ("result" in outcome) expect(outcome.result.finalInServiceCount).toBe(outcome.result.finalDesired);
        },
      ),
      { numRuns: 300 },
    );
  });
});
