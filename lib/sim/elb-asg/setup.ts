import { inputProblem, type InputProblem } from "../input-issue";
import { DEFAULT_COOLDOWN_SEC } from "./capacity";
import { defaultHealthCheck, type HealthCheckSettings } from "./health-check-defaults";
import { crossZoneDefault } from "./routing";
import type { ParsedAsg, ParsedLb, ParsedTimeline } from "./schema";
import { newInstance, registerTarget, type AsgConfig, type World } from "./world";

/** Default deregistration delay (L8). */
export const DEFAULT_DEREGISTRATION_DELAY_SEC = 300;

/**
 * Grace period when the input gives none: 0 s, the CreateAutoScalingGroup API default. The console proposes 300 s
 * (AWS_FACTS A3); like the `ec2` simulator, the timeline follows the API wherever the two differ.
 */
export const API_DEFAULT_GRACE_PERIOD_SEC = 0;

/** Why a timeline could not start: an input error, or a CreateAutoScalingGroup-style validation error (A1). */
export type SetupProblem = InputProblem | { error: string; atOp: string };

function resolveHealthCheck(lb: ParsedLb): HealthCheckSettings {
  const given = lb.healthCheck ?? {};
  const base = defaultHealthCheck(lb.type, lb.targetType ?? "instance", given.protocol);
  const fallback: HealthCheckSettings = {
    enabled: true,
    protocol: "HTTP",
    path: "/",
    port: "traffic-port",
    intervalSec: 30,
    timeoutSec: 5,
    healthyThreshold: 5,
    unhealthyThreshold: 2,
    matcher: "200",
  };
  const settings = { ...(base ?? fallback) };
  if (given.intervalSec !== undefined) settings.intervalSec = given.intervalSec;
  if (given.timeoutSec !== undefined) settings.timeoutSec = given.timeoutSec;
  if (given.healthyThreshold !== undefined) settings.healthyThreshold = given.healthyThreshold;
  if (given.unhealthyThreshold !== undefined) settings.unhealthyThreshold = given.unhealthyThreshold;
  if (given.matcher !== undefined) settings.matcher = given.matcher;
  if (given.path !== undefined) settings.path = given.path;
  return settings;
}

function resolveAsg(asg: ParsedAsg, azs: string[]): AsgConfig {
  return {
    min: asg.min,
    max: asg.max,
    desired: asg.desired ?? asg.min,
    healthCheckType: asg.healthCheckType ?? "EC2",
    gracePeriodSec: asg.gracePeriodSec ?? API_DEFAULT_GRACE_PERIOD_SEC,
    defaultCooldownSec: asg.defaultCooldownSec ?? DEFAULT_COOLDOWN_SEC,
    terminationPolicies: asg.terminationPolicies ?? ["Default"],
    launchTemplate: asg.launchTemplate ?? null,
    launchConfiguration: asg.launchConfiguration ?? null,
    availabilityZones: asg.availabilityZones ?? azs,
  };
}

/**
 * Builds the starting state: the target group's settings (documented defaults overlaid with the input), targets
 * registered and healthy at t=0 (contract), and the group's instances from `targets`, `instances` and `asg.launchedAt`.
 * A group created with desired outside [min, max] fails as CreateAutoScalingGroup would (A1).
 */
export function buildWorld(input: ParsedTimeline): World | SetupProblem {
  const lbInput = input.lb ?? (input.targets.length > 0 ? { type: "alb" as const } : undefined);
  const settings = lbInput === undefined ? null : resolveHealthCheck(lbInput);
  const asgInput = input.asg;
  if (asgInput !== undefined) {
    const desired = asgInput.desired ?? asgInput.min;
    if (asgInput.min > asgInput.max) return { error: "INVALID_CAPACITY_LIMITS", atOp: "createAutoScalingGroup" };
    if (desired < asgInput.min || desired > asgInput.max)
      return { error: "DESIRED_OUT_OF_RANGE", atOp: "createAutoScalingGroup" };
  }
  const instanceAz = new Map(input.instances.map((i) => [i.id, i.az]));
  const knownAzs = [
    ...new Set(
      [...input.targets.map((t) => t.az), ...input.instances.map((i) => i.az)].filter((az) => az !== undefined),
    ),
  ];
  const defaultAz = asgInput?.availabilityZones?.[0] ?? knownAzs[0] ?? "us-east-1a";
  const world: World = {
    lbType: lbInput?.type ?? null,
    settings,
    crossZone:
      lbInput === undefined
        ? false
        : (input.lb?.crossZone ?? input.lb?.crossZoneEnabled ?? crossZoneDefault(lbInput.type)),
    deregistrationDelaySec: input.lb?.deregistrationDelaySec ?? DEFAULT_DEREGISTRATION_DELAY_SEC,
    targets: new Map(),
    instances: new Map(),
    asg: asgInput === undefined ? null : resolveAsg(asgInput, knownAzs),
    cooldownUntil: Number.NEGATIVE_INFINITY,
    launchCount: 0,
    markedUnhealthyAt: {},
    healthyAgainAt: {},
    healthyAt: {},
    asgActs: {},
    terminated: [],
    replacements: [],
    log: [],
    rules: new Set(),
    once: new Set(),
    horizon: 0,
    fixedHorizon: input.untilSec !== undefined,
    settleSec:
      settings === null
        ? 0
        : (Math.max(settings.healthyThreshold, settings.unhealthyThreshold) + 1) * settings.intervalSec,
  };
  const inAsg = asgInput !== undefined;
  const launchedAt = asgInput?.launchedAt ?? {};
  for (const [index, i] of input.instances.entries()) {
    if (world.instances.has(i.id))
      return inputProblem(
        ["instances", index, "id"],
        "duplicateInstance",
        { id: i.id },
        `duplicate instance "${i.id}"`,
      );
    const record = newInstance(i.id, i.az ?? defaultAz, i.launchedAt ?? launchedAt[i.id] ?? 0, inAsg);
    record.launchTemplate = i.launchTemplate
      ? { ...i.launchTemplate, version: i.launchTemplateVersion ?? i.launchTemplate.version }
      : null;
    record.launchConfiguration = i.launchConfiguration ?? null;
    record.launchConfigurationCreatedAt = i.launchConfigurationCreatedAt ?? null;
    record.protectedFromScaleIn = i.protectedFromScaleIn ?? false;
    record.instanceTypePriority = i.instanceTypePriority ?? null;
    world.instances.set(i.id, record);
  }
  for (const [index, t] of input.targets.entries()) {
    if (world.targets.has(t.id))
      return inputProblem(["targets", index, "id"], "duplicateTarget", { id: t.id }, `duplicate target "${t.id}"`);
    const az = t.az ?? instanceAz.get(t.id) ?? defaultAz;
    if (!world.instances.has(t.id)) world.instances.set(t.id, newInstance(t.id, az, launchedAt[t.id] ?? 0, inAsg));
    registerTarget(world, t.id, az, 0, true);
  }
  for (const [id, at] of Object.entries(launchedAt)) {
    if (!world.instances.has(id)) world.instances.set(id, newInstance(id, defaultAz, at, true));
  }
  return world;
}
