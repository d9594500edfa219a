import type { HealthCheckSettings, LbType } from "./health-check-defaults";
import { matcherAccepts } from "./health-check-defaults";
import type { LaunchTemplateRef, TerminationPolicy } from "./schema";

/** Target health states as DescribeTargetHealth reports them. */
export type TargetHealthState = "initial" | "healthy" | "unhealthy" | "draining" | "unused";

/** One registered target and its consecutive check results (L7). */
export interface TargetRecord {
  id: string;
  az: string;
  registeredAt: number;
  state: TargetHealthState;
  passStreak: number;
  failStreak: number;
  drainingUntil: number | null;
  /** `unused` because the instance is stopped or terminated (reason Target.InvalidState), not deregistered. */
  invalidState: boolean;
}

/** One EC2 instance: its state, what its app answers, and what the ASG knows of it (A2, A6). */
export interface InstanceRecord {
  id: string;
  az: string;
  launchedAt: number;
  ec2State: "running" | "stopped" | "terminated";
  appRunning: boolean;
  httpStatus: number;
  inAsg: boolean;
  /** The group still counts it (not yet terminated by the ASG). */
  inService: boolean;
  launchTemplate: LaunchTemplateRef | null;
  launchConfiguration: string | null;
  launchConfigurationCreatedAt: number | null;
  protectedFromScaleIn: boolean;
  instanceTypePriority: number | null;
}

/** The Auto Scaling group's settings during a run, with documented defaults filled in (A1–A6). */
export interface AsgConfig {
  min: number;
  max: number;
  desired: number;
  healthCheckType: "EC2" | "ELB";
  gracePeriodSec: number;
  defaultCooldownSec: number;
  terminationPolicies: TerminationPolicy[];
  launchTemplate: LaunchTemplateRef | null;
  launchConfiguration: string | null;
  availabilityZones: string[];
}

/** One timestamped trace entry naming the rule (AWS_FACTS row id) that applied. */
export interface LogEntry {
  t: number;
  rule: string;
  subject?: string;
  value?: number | string;
}

/** Mutable state of one timeline run. Maps keep creation order, which the result lists follow. */
export interface World {
  lbType: LbType | null;
  settings: HealthCheckSettings | null;
  crossZone: boolean;
  deregistrationDelaySec: number;
  targets: Map<string, TargetRecord>;
  instances: Map<string, InstanceRecord>;
  asg: AsgConfig | null;
  cooldownUntil: number;
  launchCount: number;
  markedUnhealthyAt: Record<string, number | null>;
  healthyAgainAt: Record<string, number | null>;
  healthyAt: Record<string, number | null>;
  asgActs: Record<string, number>;
  terminated: string[];
  replacements: { terminated: string; launched: string; at: number; reason: string }[];
  log: LogEntry[];
  rules: Set<string>;
  /** Keys of log entries written once per subject (e.g. "EC2 check type ignores ELB" for an instance). */
  once: Set<string>;
  horizon: number;
  fixedHorizon: boolean;
  settleSec: number;
}

/** Records a rule in the trace and the timestamped log. */
export function note(world: World, entry: LogEntry): void {
  world.log.push(entry);
  world.rules.add(entry.rule);
}

/** Logs an entry only the first time `key` is seen. */
export function noteOnce(world: World, key: string, entry: LogEntry): void {
  if (world.once.has(key)) return;
  world.once.add(key);
  note(world, entry);
}

/** Pushes the end of the run out so a change at `t` has time to show its effect (unless `untilSec` fixed it). */
export function extendHorizon(world: World, t: number): void {
  if (!world.fixedHorizon) world.horizon = Math.max(world.horizon, t);
}

/** A fresh, running instance whose app answers 200. */
export function newInstance(id: string, az: string, launchedAt: number, inAsg: boolean): InstanceRecord {
  return {
    id,
    az,
    launchedAt,
    ec2State: "running",
    appRunning: true,
    httpStatus: 200,
    inAsg,
    inService: inAsg,
    launchTemplate: null,
    launchConfiguration: null,
    launchConfigurationCreatedAt: null,
    protectedFromScaleIn: false,
    instanceTypePriority: null,
  };
}

/**
 * Registers a target. Targets given at the start are healthy at once (the contract's t=0 rule); a target registered
 * later is `initial` until it passes one health check (L7; the NLB guide: "Your target is not in service until it
 * passes one health check"). Checks then run at registeredAt + k·interval.
 */
export function registerTarget(world: World, id: string, az: string, t: number, healthyNow: boolean): void {
  const state = healthyNow || world.settings?.enabled === false ? "healthy" : "initial";
  world.targets.set(id, {
    id,
    az,
    registeredAt: t,
    state,
    passStreak: 0,
    failStreak: 0,
    drainingUntil: null,
    invalidState: false,
  });
  if (!(id in world.markedUnhealthyAt)) {
    world.markedUnhealthyAt[id] = null;
    world.healthyAgainAt[id] = null;
    world.healthyAt[id] = null;
  }
  if (state === "healthy" && world.healthyAt[id] === null) world.healthyAt[id] = t;
  note(world, { t, rule: healthyNow ? "contract:registered-healthy-at-start" : "L7:registered-initial", subject: id });
}

/** Deregistration starts connection draining for the deregistration delay (L8, default 300 s), then `unused`. */
export function deregisterTarget(world: World, id: string, t: number): void {
  const target = world.targets.get(id);
  if (target === undefined || target.state === "draining" || target.state === "unused") return;
  target.state = "draining";
  target.drainingUntil = t + world.deregistrationDelaySec;
  note(world, { t, rule: "L8:draining", subject: id, value: world.deregistrationDelaySec });
  extendHorizon(world, target.drainingUntil);
}

/** Whether a health check of this instance passes now: running, app up, and (HTTP/HTTPS only) status in the matcher. */
export function checkPasses(world: World, instance: InstanceRecord | undefined): boolean {
  if (instance === undefined) return true;
  if (instance.ec2State !== "running" || !instance.appRunning) return false;
  const settings = world.settings;
  if (settings === null || settings.protocol === "TCP") return true;
  return matcherAccepts(settings.matcher, instance.httpStatus);
}

/** True when a target has a health check due at `t` (registeredAt + k·interval, k ≥ 1). */
export function checkDueAt(world: World, target: TargetRecord, t: number): boolean {
  const settings = world.settings;
  if (settings === null || !settings.enabled || t <= target.registeredAt) return false;
  if (target.state === "draining" || target.state === "unused") return false;
  const k = (t - target.registeredAt) / settings.intervalSec;
  return Math.abs(k - Math.round(k)) < 1e-9;
}

/** The first check time of a target strictly after `after`. */
export function nextCheckAfter(world: World, target: TargetRecord, after: number): number | null {
  const settings = world.settings;
  if (settings === null || !settings.enabled || target.state === "draining" || target.state === "unused") return null;
  const interval = settings.intervalSec;
  const k = Math.max(1, Math.floor((after - target.registeredAt) / interval + 1e-9) + 1);
  return Math.round((target.registeredAt + k * interval) * 1e9) / 1e9;
}

/**
 * One health check (L7): `UnhealthyThresholdCount` consecutive failures take a healthy (or initial) target out of
 * service; `HealthyThresholdCount` consecutive successes bring an unhealthy target back; an initial target is healthy
 * after its first pass. Source: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html
 */
export function runCheck(world: World, target: TargetRecord, t: number): void {
  const settings = world.settings;
  if (settings === null) return;
  const pass = checkPasses(world, world.instances.get(target.id));
  if (pass) {
    target.passStreak += 1;
    target.failStreak = 0;
    if (target.state === "initial") becomeHealthy(world, target, t, "L7:initial-passed-one-check");
    else if (target.state === "unhealthy" && target.passStreak >= settings.healthyThreshold)
      becomeHealthy(world, target, t, "L7:healthy-threshold");
    return;
  }
  target.failStreak += 1;
  target.passStreak = 0;
  if ((target.state === "healthy" || target.state === "initial") && target.failStreak >= settings.unhealthyThreshold) {
    target.state = "unhealthy";
    if (world.markedUnhealthyAt[target.id] === null) world.markedUnhealthyAt[target.id] = t;
    note(world, { t, rule: "L7:unhealthy-threshold", subject: target.id, value: settings.unhealthyThreshold });
  }
}

function becomeHealthy(world: World, target: TargetRecord, t: number, rule: string): void {
  const wasUnhealthy = target.state === "unhealthy";
  target.state = "healthy";
  if (world.healthyAt[target.id] === null) world.healthyAt[target.id] = t;
  if (wasUnhealthy && world.healthyAgainAt[target.id] === null) world.healthyAgainAt[target.id] = t;
  note(world, { t, rule, subject: target.id });
}
