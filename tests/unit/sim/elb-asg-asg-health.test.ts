import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateElbAsg, type TimelineInput, type TimelineResult } from "@/lib/sim/elb-asg";

// Auto Scaling health checks, grace period and replacement: SIM_CONTRACT.md `elb-asg`, AWS_FACTS §6 (A2–A4).
const HEALTH_DOC = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html";
const GRACE_DOC = "https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html";

function timeline(input: TimelineInput): TimelineResult {
  const outcome = simulateElbAsg(input);
  if (!outcome.ok) throw new Error(outcome.inputError);
  if ("failure" in outcome) throw new Error(outcome.failure.error);
  expect(simulate("elb-asg", input)).toEqual({ ok: true, result: outcome.result });
  return outcome.result;
}

type AsgInput = NonNullable<TimelineInput["asg"]>;
const scenario = (asg: Partial<AsgInput>, events: TimelineInput["events"]): TimelineInput => ({
  lb: {
    type: "alb",
    healthCheck: { intervalSec: 30, timeoutSec: 5, unhealthyThreshold: 2, healthyThreshold: 5, protocol: "HTTP" },
  },
  targets: [
    { id: "i-1", az: "us-east-1a" },
    { id: "i-2", az: "us-east-1b" },
  ],
  asg: {
    min: 2,
    desired: 2,
    max: 4,
    healthCheckType: "ELB",
    gracePeriodSec: 300,
    launchedAt: { "i-1": 0, "i-2": 0 },
    ...asg,
  },
  events,
});
const stopApp: TimelineInput["events"] = [{ t: 0, op: "stopApp", instance: "i-1" }];

describe("elb-asg Auto Scaling health and replacement", () => {
  it(`A2/A3: with ELB checks the group acts at max(ELB-unhealthy time, launchedAt + grace) (${GRACE_DOC})`, () => {
    const r = timeline(scenario({}, stopApp));
    expect(r.markedUnhealthyAt["i-1"]).toBe(60);
    expect(r.asgActsNotBefore).toBe(300);
    expect(r.asgReplaces).toBe(true);
    expect(r.terminated).toEqual(["i-1"]);
    expect(r.finalInServiceCount).toBe(2);
  });

  it("A2/A3: when the grace period ended before the target turned unhealthy, the ELB time decides", () => {
    expect(timeline(scenario({ gracePeriodSec: 30 }, stopApp)).asgActsNotBefore).toBe(60);
    expect(timeline(scenario({ launchedAt: { "i-1": 100, "i-2": 0 } }, stopApp)).asgActsNotBefore).toBe(400);
  });

  it(`A2: health check type EC2 ignores ELB results, so the broken instance stays in service (${HEALTH_DOC})`, () => {
    const r = timeline(scenario({ healthCheckType: "EC2" }, stopApp));
    expect(r.markedUnhealthyAt["i-1"]).toBe(60);
    expect(r.asgReplaces).toBe(false);
    expect(r.asgActsNotBefore).toBeNull();
    expect(r.terminated).toEqual([]);
    expect(r.finalInServiceCount).toBe(2);
    expect(r.decidedBy).toContain("A2:EC2-check-type-ignores-ELB");
  });

  it("A2: the default health check type is EC2", () => {
    const input = scenario({}, stopApp);
    const asg = { ...input.asg, min: 2, max: 4 };
    delete asg.healthCheckType;
    expect(timeline({ ...input, asg }).asgReplaces).toBe(false);
  });

  it(`A3: an instance that leaves running is replaced at once, even inside the grace period (${GRACE_DOC})`, () => {
    const r = timeline(scenario({}, [{ t: 100, op: "stopInstance", instance: "i-1" }]));
    expect(r.asgActsNotBefore).toBe(100);
    expect(r.terminated).toEqual(["i-1"]);
    expect(r.decidedBy).toContain("A2:not-running-replaced-immediately");
  });

  it("A2: the EC2 check type also replaces a stopped or terminated instance immediately", () => {
    expect(
      timeline(scenario({ healthCheckType: "EC2" }, [{ t: 50, op: "stopInstance", instance: "i-2" }])).asgActsNotBefore,
    ).toBe(50);
    expect(
      timeline(scenario({ healthCheckType: "EC2" }, [{ t: 70, op: "terminateInstance", instance: "i-2" }])).terminated,
    ).toEqual(["i-2"]);
  });

  it("A3 (API default): without gracePeriodSec the CLI/SDK default of 0 s applies", () => {
    const input = scenario({}, stopApp);
    const asg = { ...input.asg, min: 2, max: 4 };
    delete asg.gracePeriodSec;
    expect(timeline({ ...input, asg }).asgActsNotBefore).toBe(60);
  });

  it("A2: a target that recovers before the grace period ends is not replaced", () => {
    const r = timeline(scenario({}, [...stopApp, { t: 100, op: "startApp", instance: "i-1" }]));
    expect(r.markedUnhealthyAt["i-1"]).toBe(60);
    expect(r.healthyAgainAt["i-1"]).toBe(240);
    expect(r.asgReplaces).toBe(false);
    expect(r.asgActsNotBefore).toBeNull();
  });

  it(`A4: replacement terminates first, then launches a new instance that registers and passes one check (${HEALTH_DOC})`, () => {
    const r = timeline(scenario({}, stopApp));
    const replacement = r.replacements[0];
    expect(replacement).toMatchObject({ terminated: "i-1", at: 300 });
    const launched = replacement?.launched ?? "";
    expect(r.targetStateAt["300"]?.[launched]).toBe("initial");
    expect(r.healthyAt[launched]).toBe(330);
    expect(r.targetStateAt["300"]?.["i-1"]).toBe("draining");
    expect(r.routableTargets).toEqual(["i-2", launched]);
    const order = r.log.filter((e) => e.t === 300).map((e) => e.rule);
    expect(order.indexOf("L8:draining")).toBeLessThan(order.indexOf("A1:launch"));
  });

  it("A4/A5: replacing an unhealthy instance does not wait for a scaling cooldown", () => {
    const r = timeline(
      scenario({ gracePeriodSec: 0 }, [{ t: 0, op: "simpleScalingAlarm", adjustment: 1 }, ...stopApp]),
    );
    expect(r.asgActsNotBefore).toBe(60);
    expect(r.finalInServiceCount).toBe(3);
  });

  it("A1: replacing an instance keeps the desired capacity unchanged", () => {
    const r = timeline(scenario({}, stopApp));
    expect(r.desiredAfterEach).toEqual([2]);
    expect(r.finalDesired).toBe(2);
  });

  it("A2/A3 explain which rule acted, in both languages", () => {
    const r = timeline(scenario({}, stopApp));
    expect(r.explanation.en).toMatch(/grace/);
    expect(r.explanation.ko).toMatch(/유예/);
  });
});
