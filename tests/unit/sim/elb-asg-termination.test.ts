import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { chooseInstanceToTerminate, secondsToNextBillingHour, type TerminationCandidate } from "@/lib/sim/elb-asg";

// Termination policies on scale-in: AWS_FACTS A6.
// Source: https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-termination-policies.html

function run(input: unknown): Record<string, unknown> {
  const r = simulate("elb-asg", input);
  if (!r.ok) throw new Error(r.inputError);
  return r.result;
}

type Instance = Record<string, unknown> & { id: string; az: string };
function scaleIn(
  instances: Instance[],
  asg: Record<string, unknown> = {},
  to = instances.length - 1,
  at = 7200,
): unknown {
  const result = run({
    asg: { min: 0, desired: instances.length, max: 10, ...asg },
    instances,
    events: [{ t: at, op: "setDesiredCapacity", value: to }],
  });
  return result.terminated;
}

const candidate = (id: string, az: string, extra: Partial<TerminationCandidate> = {}): TerminationCandidate => ({
  id,
  az,
  launchedAt: 0,
  launchTemplate: null,
  launchConfiguration: null,
  launchConfigurationCreatedAt: null,
  protectedFromScaleIn: false,
  instanceTypePriority: null,
  ...extra,
});

describe("elb-asg termination policies", () => {
  it("A6: AZ balance comes first: the AZ with the most instances loses one, whatever the policy says", () => {
    const instances = [
      { id: "old-b", az: "us-east-1b", launchedAt: -9000 },
      { id: "a1", az: "us-east-1a", launchedAt: 0 },
      { id: "a2", az: "us-east-1a", launchedAt: 100 },
      { id: "a3", az: "us-east-1a", launchedAt: 200 },
    ];
    expect(scaleIn(instances, { terminationPolicies: ["OldestInstance"] })).toEqual(["a1"]);
  });

  it("A6 Default: in a launch-template group, launch-configuration instances go first", () => {
    const instances = [
      { id: "lt", az: "a", launchTemplate: { name: "web", version: 1 } },
      { id: "lc", az: "a", launchConfiguration: "old-lc" },
      { id: "lt2", az: "b", launchTemplate: { name: "web", version: 1 } },
      { id: "lt3", az: "b", launchTemplate: { name: "web", version: 1 } },
    ];
    expect(scaleIn(instances, { launchTemplate: { name: "web", version: 1 } })).toEqual(["lc"]);
  });

  it("A6 Default: then a different launch template, then the oldest version of the current one", () => {
    const other = [
      { id: "cur", az: "a", launchTemplate: { name: "web", version: 3 } },
      { id: "other", az: "a", launchTemplate: { name: "legacy", version: 9 } },
    ];
    expect(scaleIn(other, { launchTemplate: { name: "web", version: 3 } })).toEqual(["other"]);
    const versions = [
      { id: "v3", az: "a", launchTemplate: { name: "web", version: 3 } },
      { id: "v1", az: "a", launchTemplate: "web", launchTemplateVersion: 1 },
      { id: "v2", az: "a", launchTemplate: { name: "web", version: 2 } },
    ];
    expect(scaleIn(versions, { launchTemplate: { name: "web", version: 3 } })).toEqual(["v1"]);
  });

  it("A6 Default: in a launch-configuration group, the oldest launch configuration goes first", () => {
    const instances = [
      { id: "new", az: "a", launchConfiguration: "lc-2", launchConfigurationCreatedAt: 200 },
      { id: "old", az: "a", launchConfiguration: "lc-1", launchConfigurationCreatedAt: 100 },
    ];
    expect(scaleIn(instances, { launchConfiguration: "lc-2" })).toEqual(["old"]);
  });

  it("A6 Default: with the same configuration, the instance closest to the next billing hour goes", () => {
    const instances = [
      { id: "fresh", az: "a", launchedAt: 7000 },
      { id: "almost-hour", az: "a", launchedAt: 3700 },
    ];
    expect(secondsToNextBillingHour(3700, 7200)).toBe(100);
    expect(scaleIn(instances)).toEqual(["almost-hour"]);
  });

  it("A6: OldestInstance and NewestInstance pick by launch time within the chosen AZ", () => {
    const instances = [
      { id: "mid", az: "a", launchedAt: 500 },
      { id: "oldest", az: "a", launchedAt: 100 },
      { id: "newest", az: "a", launchedAt: 900 },
    ];
    expect(scaleIn(instances, { terminationPolicies: ["OldestInstance"] })).toEqual(["oldest"]);
    expect(scaleIn(instances, { terminationPolicies: ["NewestInstance"] })).toEqual(["newest"]);
  });

  it("A6: OldestLaunchTemplate removes non-current templates first, then the oldest version", () => {
    const instances = [
      { id: "v2", az: "a", launchedAt: 100, launchTemplate: { name: "web", version: 2 } },
      { id: "v1", az: "a", launchedAt: 900, launchTemplate: { name: "web", version: 1 } },
    ];
    expect(
      scaleIn(instances, {
        terminationPolicies: ["OldestLaunchTemplate"],
        launchTemplate: { name: "web", version: 2 },
      }),
    ).toEqual(["v1"]);
  });

  it("A6: ClosestToNextInstanceHour and a list of policies applied in order", () => {
    const instances = [
      { id: "x", az: "a", launchedAt: 0 },
      { id: "y", az: "a", launchedAt: 0 },
      { id: "z", az: "a", launchedAt: 3000 },
    ];
    expect(scaleIn(instances, { terminationPolicies: ["ClosestToNextInstanceHour"] }, 2, 3500)).toEqual(["x"]);
    expect(scaleIn(instances, { terminationPolicies: ["OldestInstance", "NewestInstance"] })).toEqual(["x"]);
  });

  it("A6: instances protected from scale in are never chosen", () => {
    const instances = [
      { id: "p", az: "a", launchedAt: 0, protectedFromScaleIn: true },
      { id: "q", az: "a", launchedAt: 50 },
    ];
    expect(scaleIn(instances, { terminationPolicies: ["OldestInstance"] })).toEqual(["q"]);
  });

  it("A6: the AllocationStrategy policy removes the lowest-priority instance type first", () => {
    const instances = [
      { id: "preferred", az: "a", instanceTypePriority: 0 },
      { id: "fallback", az: "a", instanceTypePriority: 2 },
    ];
    expect(scaleIn(instances, { terminationPolicies: ["AllocationStrategy"] })).toEqual(["fallback"]);
  });

  it("A6: scaling in by several instances re-checks AZ balance after each termination", () => {
    const instances = [
      { id: "a1", az: "a", launchedAt: 0 },
      { id: "a2", az: "a", launchedAt: 10 },
      { id: "a3", az: "a", launchedAt: 20 },
      { id: "b1", az: "b", launchedAt: 30 },
      { id: "b2", az: "b", launchedAt: 40 },
    ];
    expect(scaleIn(instances, { terminationPolicies: ["NewestInstance"] }, 2)).toEqual(["a3", "b2", "a2"]);
  });

  it("A6: the last tie is random in AWS; the simulator takes the first in order and flags it", () => {
    const choice = chooseInstanceToTerminate(
      [candidate("i-1", "a"), candidate("i-2", "a")],
      ["Default"],
      { launchTemplate: null, launchConfiguration: null },
      0,
    );
    expect(choice.instance).toBe("i-1");
    expect(choice.randomTie).toBe(true);
    expect(choice.steps[0]).toEqual({ rule: "A6:az-balance", candidates: ["i-1", "i-2"] });
  });

  it("A6: when every instance is protected there is nothing to terminate", () => {
    const choice = chooseInstanceToTerminate(
      [candidate("i-1", "a", { protectedFromScaleIn: true })],
      ["Default"],
      { launchTemplate: null, launchConfiguration: null },
      0,
    );
    expect(choice.instance).toBeNull();
  });
});
