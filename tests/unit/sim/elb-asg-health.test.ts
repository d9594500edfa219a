import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateElbAsg, type TimelineInput, type TimelineResult } from "@/lib/sim/elb-asg";

// ELB health checks over time: SIM_CONTRACT.md `elb-asg` semantics and AWS_FACTS §5 (L5–L9).
const ALB_DOC = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html";
const NLB_DOC = "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-health-checks.html";

function timeline(input: TimelineInput): TimelineResult {
  const outcome = simulateElbAsg(input);
  if (!outcome.ok) throw new Error(outcome.inputError);
  if ("failure" in outcome) throw new Error(outcome.failure.error);
  expect(simulate("elb-asg", input)).toEqual({ ok: true, result: outcome.result });
  return outcome.result;
}

const HC = { intervalSec: 30, timeoutSec: 5, unhealthyThreshold: 2, healthyThreshold: 5, protocol: "HTTP" };
const alb = (events: TimelineInput["events"], targets = [{ id: "i-1", az: "us-east-1a" }]): TimelineInput => ({
  lb: { type: "alb", healthCheck: HC },
  targets,
  events,
});
const TWO = [
  { id: "i-1", az: "us-east-1a" },
  { id: "i-2", az: "us-east-1b" },
];

describe("elb-asg health-check timeline", () => {
  it("contract: targets in `targets` are registered and healthy at t=0", () => {
    const r = timeline(alb([]));
    expect(r.healthyAt["i-1"]).toBe(0);
    expect(r.targetStateAt["0"]?.["i-1"]).toBe("healthy");
    expect(r.routableTargets).toEqual(["i-1"]);
  });

  it(`L7: unhealthy at the check giving UnhealthyThresholdCount consecutive failures (${ALB_DOC})`, () => {
    const r = timeline(alb([{ t: 0, op: "stopApp", instance: "i-1" }]));
    expect(r.markedUnhealthyAt["i-1"]).toBe(60);
    expect(r.targetStateAt["30"]?.["i-1"]).toBe("healthy");
    expect(r.targetStateAt["59"]?.["i-1"]).toBe("healthy");
    expect(r.targetStateAt["60"]?.["i-1"]).toBe("unhealthy");
  });

  it("contract: checks run at registeredAt + k·interval, whatever time the failure starts", () => {
    expect(timeline(alb([{ t: 45, op: "stopApp", instance: "i-1" }])).markedUnhealthyAt["i-1"]).toBe(90);
    const custom = {
      lb: { type: "alb", healthCheck: { intervalSec: 10, unhealthyThreshold: 3, healthyThreshold: 3 } },
      targets: [{ id: "i-1", az: "a" }],
    };
    expect(timeline({ ...custom, events: [{ t: 5, op: "stopApp", instance: "i-1" }] }).markedUnhealthyAt["i-1"]).toBe(
      30,
    );
  });

  it("contract: an event applies before a check at the same t", () => {
    expect(timeline(alb([{ t: 30, op: "stopApp", instance: "i-1" }])).markedUnhealthyAt["i-1"]).toBe(60);
    const healed = timeline(
      alb([
        { t: 0, op: "stopApp", instance: "i-1" },
        { t: 60, op: "startApp", instance: "i-1" },
      ]),
    );
    expect(healed.markedUnhealthyAt["i-1"]).toBeNull();
  });

  it("contract: the timeout is ignored (a check's result is known at the check time)", () => {
    const slow = { lb: { type: "alb", healthCheck: { ...HC, timeoutSec: 29 } }, targets: [{ id: "i-1", az: "a" }] };
    expect(timeline({ ...slow, events: [{ t: 0, op: "stopApp", instance: "i-1" }] }).markedUnhealthyAt["i-1"]).toBe(60);
  });

  it(`L7: a success resets the failure count, so one failure then recovery never turns unhealthy (${ALB_DOC})`, () => {
    const r = timeline(
      alb([
        { t: 0, op: "stopApp", instance: "i-1" },
        { t: 40, op: "startApp", instance: "i-1" },
      ]),
    );
    expect(r.markedUnhealthyAt["i-1"]).toBeNull();
  });

  it(`L7: healthy again after HealthyThresholdCount consecutive successes (${ALB_DOC})`, () => {
    const r = timeline(
      alb([
        { t: 0, op: "stopApp", instance: "i-1" },
        { t: 100, op: "startApp", instance: "i-1" },
      ]),
    );
    expect(r.healthyAgainAt["i-1"]).toBe(240);
    expect(r.targetStateAt["210"]?.["i-1"]).toBe("unhealthy");
  });

  it(`L6: NLB TCP defaults (healthy 5) bring a target back after five passing checks (${NLB_DOC})`, () => {
    const nlb = { lb: { type: "nlb" }, targets: [{ id: "i-1", az: "a" }] };
    const r = timeline({
      ...nlb,
      events: [
        { t: 0, op: "stopApp", instance: "i-1" },
        { t: 200, op: "startApp", instance: "i-1" },
      ],
    });
    expect(r.markedUnhealthyAt["i-1"]).toBe(60);
    expect(r.healthyAgainAt["i-1"]).toBe(330);
    expect(r.healthCheck).toMatchObject({
      protocol: "TCP",
      timeoutSec: 10,
      healthyThreshold: 5,
      unhealthyThreshold: 2,
    });
  });

  it(`L7: a newly registered ALB target is healthy after its first passing check (${ALB_DOC})`, () => {
    const r = timeline(alb([{ t: 40, op: "register", instance: "i-2", az: "us-east-1b" }]));
    expect(r.targetStateAt["40"]?.["i-2"]).toBe("initial");
    expect(r.targetStateAt["69"]?.["i-2"]).toBe("initial");
    expect(r.healthyAt["i-2"]).toBe(70);
    expect(r.routableTargetsAt["40"]).toEqual(["i-1"]);
    expect(r.routableTargetsAt["70"]).toEqual(["i-1", "i-2"]);
  });

  it("L7 (NLB guide: 'Your target is not in service until it passes one health check'): same for NLB", () => {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/network/load-balancer-troubleshooting.html
    const r = timeline({
      lb: { type: "nlb" },
      targets: [{ id: "i-1", az: "a" }],
      events: [{ t: 10, op: "register", target: "i-2", az: "b" }],
    });
    expect(r.healthyAt["i-2"]).toBe(40);
  });

  it("L7: a new target that keeps failing goes from initial to unhealthy after UnhealthyThresholdCount failures", () => {
    const r = timeline(
      alb([
        { t: 0, op: "register", target: "i-2", az: "b" },
        { t: 0, op: "stopApp", instance: "i-2" },
      ]),
    );
    expect(r.healthyAt["i-2"]).toBeNull();
    expect(r.markedUnhealthyAt["i-2"]).toBe(60);
  });

  it(`L5: the ALB default matcher is 200, so a 302 answer fails (${ALB_DOC})`, () => {
    expect(
      timeline(alb([{ t: 0, op: "setHealthResponse", instance: "i-1", httpStatus: 302 }])).markedUnhealthyAt["i-1"],
    ).toBe(60);
    expect(
      timeline(alb([{ t: 0, op: "setHealthResponse", instance: "i-1", httpStatus: 200 }])).markedUnhealthyAt["i-1"],
    ).toBeNull();
  });

  it("L5: a custom matcher such as 200-299 accepts 204", () => {
    const custom = {
      lb: { type: "alb", healthCheck: { ...HC, matcher: "200-299" } },
      targets: [{ id: "i-1", az: "a" }],
    };
    expect(
      timeline({ ...custom, events: [{ t: 0, op: "setHealthResponse", instance: "i-1", httpStatus: 204 }] })
        .markedUnhealthyAt["i-1"],
    ).toBeNull();
  });

  it(`L6: the NLB HTTP matcher defaults to 200-399, so 301 passes and 404 fails (${NLB_DOC})`, () => {
    const nlb = { lb: { type: "nlb", healthCheck: { ...HC, timeoutSec: 6 } }, targets: [{ id: "i-1", az: "a" }] };
    expect(
      timeline({ ...nlb, events: [{ t: 0, op: "setHealthResponse", instance: "i-1", httpStatus: 301 }] })
        .markedUnhealthyAt["i-1"],
    ).toBeNull();
    expect(
      timeline({ ...nlb, events: [{ t: 0, op: "setHealthResponse", instance: "i-1", httpStatus: 404 }] })
        .markedUnhealthyAt["i-1"],
    ).toBe(60);
  });

  it("L6: an NLB TCP check only needs a connection, so the HTTP status does not matter", () => {
    const r = timeline({
      lb: { type: "nlb" },
      targets: [{ id: "i-1", az: "a" }],
      events: [{ t: 0, op: "setHealthResponse", instance: "i-1", httpStatus: 500 }],
    });
    expect(r.markedUnhealthyAt["i-1"]).toBeNull();
  });

  it("L7: the load balancer routes only to healthy targets", () => {
    const r = timeline(alb([{ t: 0, op: "stopApp", instance: "i-1" }], TWO));
    expect(r.routableTargets).toEqual(["i-2"]);
    expect(r.failOpen).toBe(false);
  });

  it(`L7: with every target unhealthy the load balancer fails open to all of them (${ALB_DOC})`, () => {
    const r = timeline(
      alb(
        [
          { t: 0, op: "stopApp", instance: "i-1" },
          { t: 0, op: "stopApp", instance: "i-2" },
        ],
        TWO,
      ),
    );
    expect(r.routableTargets).toEqual(["i-1", "i-2"]);
    expect(r.failOpen).toBe(true);
    expect(r.decidedBy).toContain("L7:fail-open");
  });

  it("L7 (NLB guide): an NLB also fails open when all targets fail at the same time", () => {
    const r = timeline({
      lb: { type: "nlb" },
      targets: TWO,
      events: [
        { t: 0, op: "stopApp", instance: "i-1" },
        { t: 0, op: "stopApp", instance: "i-2" },
      ],
    });
    expect(r.routableTargets).toEqual(["i-1", "i-2"]);
  });

  it("L8: a deregistered target drains for the 300 s default delay, then is unused, and gets no new requests", () => {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#deregistration-delay
    const r = timeline(alb([{ t: 10, op: "deregister", target: "i-1" }], TWO));
    expect(r.targetStateAt["10"]?.["i-1"]).toBe("draining");
    expect(r.targetStateAt["309"]?.["i-1"]).toBe("draining");
    expect(r.targetStateAt["310"]?.["i-1"]).toBe("unused");
    expect(r.routableTargets).toEqual(["i-2"]);
  });

  it("API TargetHealth: a stopped instance's target is unused (Target.InvalidState) and gets no requests", () => {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html
    const r = timeline(alb([{ t: 10, op: "stopInstance", instance: "i-1" }], TWO));
    expect(r.targetStateAt["10"]?.["i-1"]).toBe("unused");
    expect(r.routableTargets).toEqual(["i-2"]);
  });

  it("L9: ALB spreads across zones (10 % per target for 2+8 targets); NLB keeps each node's half in its AZ", () => {
    const targets = [...Array(10).keys()].map((n) => ({ id: `i-${n}`, az: n < 2 ? "us-east-1a" : "us-east-1b" }));
    const albShare = timeline({ lb: { type: "alb" }, targets }).trafficSharePercent;
    expect(albShare["i-0"]).toBe(10);
    expect(albShare["i-9"]).toBe(10);
    const nlbShare = timeline({ lb: { type: "nlb" }, targets }).trafficSharePercent;
    expect(nlbShare["i-0"]).toBe(25);
    expect(nlbShare["i-9"]).toBe(6.25);
  });

  it("every result explains itself in Korean and English and names the deciding rule", () => {
    const r = timeline(alb([{ t: 0, op: "stopApp", instance: "i-1" }]));
    expect(r.explanation.en).toContain("t=60");
    expect(r.explanation.ko).toContain("60초");
    expect(r.decidedBy).toContain("L7:unhealthy-threshold");
  });
});
