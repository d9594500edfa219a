import { chooseInstanceToTerminate, type TerminationCandidate } from "./termination";
import {
  deregisterTarget,
  extendHorizon,
  newInstance,
  note,
  noteOnce,
  registerTarget,
  type InstanceRecord,
  type World,
} from "./world";

function inService(world: World): InstanceRecord[] {
  return [...world.instances.values()].filter((i) => i.inAsg && i.inService);
}

/** The group's AZ with the fewest in-service instances, where a launch goes to keep the group balanced. */
function leastPopulatedAz(world: World, preferred?: string): string {
  const azs = new Set<string>(world.asg?.availabilityZones ?? []);
  for (const i of world.instances.values()) if (i.inAsg) azs.add(i.az);
  if (azs.size === 0) return preferred ?? "us-east-1a";
  const counts = new Map<string, number>([...azs].map((az) => [az, 0]));
  for (const i of inService(world)) counts.set(i.az, (counts.get(i.az) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  if (preferred !== undefined && counts.get(preferred) === ranked[0]?.[1]) return preferred;
  return ranked[0]?.[0] ?? preferred ?? "us-east-1a";
}

/** Launches one instance (launches are instantaneous); later launches register with the target group if there is one. */
export function launchInstance(world: World, t: number, register: boolean, az?: string): InstanceRecord {
  world.launchCount += 1;
  const id = `launched-${world.launchCount}`;
  const instance = newInstance(id, leastPopulatedAz(world, az), t, true);
  instance.launchTemplate = world.asg?.launchTemplate ?? null;
  instance.launchConfiguration = world.asg?.launchTemplate ? null : (world.asg?.launchConfiguration ?? null);
  world.instances.set(id, instance);
  note(world, { t, rule: "A1:launch", subject: id });
  if (register && world.settings !== null) registerTarget(world, id, instance.az, t, false);
  extendHorizon(world, t + (world.asg?.gracePeriodSec ?? 0) + world.settleSec);
  return instance;
}

/**
 * Instances the group already runs at t=0 beyond the ones the input names: they count toward capacity but are not
 * targets, because the contract lists the target group's members in `targets`.
 */
export function fillToDesiredAtStart(world: World): void {
  const asg = world.asg;
  if (asg === null) return;
  while (inService(world).length < asg.desired) launchInstance(world, 0, false);
}

function terminate(world: World, instance: InstanceRecord, t: number): void {
  instance.inService = false;
  instance.ec2State = "terminated";
  world.terminated.push(instance.id);
  deregisterTarget(world, instance.id, t);
}

/**
 * Replaces an instance the group considers unhealthy: terminate first, then launch a replacement (A4), without waiting
 * for any cooldown. Source: https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html
 */
export function replaceInstance(world: World, instance: InstanceRecord, t: number, reason: string): void {
  world.asgActs[instance.id] = t;
  note(world, { t, rule: reason, subject: instance.id });
  terminate(world, instance, t);
  const replacement = launchInstance(world, t, world.targets.has(instance.id), instance.az);
  world.replacements.push({ terminated: instance.id, launched: replacement.id, at: t, reason });
  note(world, { t, rule: "A4:terminate-then-launch", subject: replacement.id });
}

/**
 * The ASG's health view at time `t` (A2, A3): an instance that left `running` is unhealthy at once, even inside the
 * grace period; with `healthCheckType: "ELB"`, a target the load balancer reports unhealthy is acted on at
 * max(ELB-unhealthy time, launchedAt + grace); with `EC2`, ELB results are ignored.
 * Sources: https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html ,
 * https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html
 */
export function asgHealthPass(world: World, t: number): void {
  const asg = world.asg;
  if (asg === null) return;
  for (const instance of inService(world)) {
    if (instance.ec2State !== "running") {
      replaceInstance(world, instance, t, "A2:not-running-replaced-immediately");
      continue;
    }
    const target = world.targets.get(instance.id);
    if (target?.state !== "unhealthy") continue;
    if (asg.healthCheckType === "EC2") {
      noteOnce(world, `ec2-ignores:${instance.id}`, { t, rule: "A2:EC2-check-type-ignores-ELB", subject: instance.id });
      continue;
    }
    if (t >= instance.launchedAt + asg.gracePeriodSec) replaceInstance(world, instance, t, "A2:ELB-unhealthy-replaced");
    else
      noteOnce(world, `grace:${instance.id}`, {
        t,
        rule: "A3:in-grace-period",
        subject: instance.id,
        value: instance.launchedAt + asg.gracePeriodSec,
      });
  }
}

function candidates(world: World): TerminationCandidate[] {
  return inService(world).map((i) => ({
    id: i.id,
    az: i.az,
    launchedAt: i.launchedAt,
    launchTemplate: i.launchTemplate,
    launchConfiguration: i.launchConfiguration,
    launchConfigurationCreatedAt: i.launchConfigurationCreatedAt,
    protectedFromScaleIn: i.protectedFromScaleIn,
    instanceTypePriority: i.instanceTypePriority,
  }));
}

/**
 * Brings the number of in-service instances to the desired capacity: scale out launches in the least-populated AZ,
 * scale in terminates the instance the termination policies pick (A6), one at a time so AZ balance is re-evaluated.
 * `register` is false only for the instances assumed to exist when the timeline starts.
 */
export function reconcileCapacity(world: World, t: number, register: boolean): void {
  const asg = world.asg;
  if (asg === null) return;
  while (inService(world).length < asg.desired) launchInstance(world, t, register);
  while (inService(world).length > asg.desired) {
    const choice = chooseInstanceToTerminate(candidates(world), asg.terminationPolicies, asg, t);
    const chosen = choice.instance === null ? undefined : world.instances.get(choice.instance);
    if (chosen === undefined) {
      note(world, { t, rule: "A6:all-protected-from-scale-in" });
      return;
    }
    for (const step of choice.steps) note(world, { t, rule: step.rule, value: step.candidates.join(",") });
    if (choice.randomTie) note(world, { t, rule: "A6:random-tie-first-in-order", subject: chosen.id });
    note(world, { t, rule: "A6:scale-in-terminate", subject: chosen.id });
    terminate(world, chosen, t);
  }
}
