import { explainTimeline } from "./explain";
import type { HealthCheckSettings } from "./health-check-defaults";
import { routeTargets, trafficShareOfTargets } from "./routing";
import type { LogEntry, TargetHealthState, World } from "./world";

/** Target health states after everything that happened at time `t`. */
export interface Snapshot {
  t: number;
  states: Map<string, TargetHealthState>;
}

/** The result of a timeline run; the named keys have exactly the meanings SIM_CONTRACT.md gives them. */
export interface TimelineResult {
  /** Target → first time it became unhealthy (UnhealthyThresholdCount consecutive failures), or null. */
  markedUnhealthyAt: Record<string, number | null>;
  /** Target → first time it was healthy again after being unhealthy (HealthyThresholdCount successes), or null. */
  healthyAgainAt: Record<string, number | null>;
  /** Target → first time it was healthy (0 for the starting targets; first passing check for later ones), or null. */
  healthyAt: Record<string, number | null>;
  /** Time (each second of the run, plus every event/check time) → target → health state after that time's changes. */
  targetStateAt: Record<string, Record<string, TargetHealthState>>;
  /** Targets receiving new requests at the end of the run (healthy ones, or all unhealthy ones when failing open). */
  routableTargets: string[];
  /** Routable targets after each time something was evaluated. */
  routableTargetsAt: Record<string, string[]>;
  failOpen: boolean;
  /** Percent of requests each routable target gets at the end (clients spread evenly over the LB nodes). */
  trafficSharePercent: Record<string, number>;
  crossZone: boolean | null;
  /** True if the Auto Scaling group replaced at least one instance it considered unhealthy. */
  asgReplaces: boolean;
  /** Earliest time the group acted on an unhealthy instance: max(ELB-unhealthy time, launchedAt + grace), or the moment an instance left `running`; null if it never acted. */
  asgActsNotBefore: number | null;
  asgActsNotBeforeByInstance: Record<string, number>;
  replacements: { terminated: string; launched: string; at: number; reason: string }[];
  /** Instances the group counts as InService at the end, or null without a group. */
  finalInServiceCount: number | null;
  /** Instances terminated (scale-in and unhealthy replacement), in order. */
  terminated: string[];
  /** Desired capacity after each event, in input order (null without a group). */
  desiredAfterEach: (number | null)[];
  finalDesired: number | null;
  healthCheck: HealthCheckSettings | null;
  horizonSec: number;
  log: LogEntry[];
  decidedBy: string[];
  explanation: { ko: string; en: string };
}

const DENSE_LIMIT = 200_000;

function expandStates(
  snapshots: Snapshot[],
  horizon: number,
  targetCount: number,
): Record<string, Record<string, TargetHealthState>> {
  const times = new Set<number>(snapshots.map((s) => s.t));
  const last = snapshots.at(-1)?.t ?? 0;
  const end = Math.max(horizon, last);
  if ((end + 1) * Math.max(targetCount, 1) <= DENSE_LIMIT) for (let s = 0; s <= end; s += 1) times.add(s);
  const result: Record<string, Record<string, TargetHealthState>> = {};
  let index = -1;
  for (const t of [...times].sort((a, b) => a - b)) {
    while (index + 1 < snapshots.length && (snapshots[index + 1]?.t ?? Infinity) <= t) index += 1;
    const snapshot = snapshots[index];
    if (snapshot !== undefined) result[String(t)] = Object.fromEntries(snapshot.states);
  }
  return result;
}

/** Assembles the contract's result keys from the final state, the snapshots and the per-event capacities. */
export function buildResult(world: World, snapshots: Snapshot[], desiredAfterEach: (number | null)[]): TimelineResult {
  const routing = routeTargets(world.targets.values());
  const routableTargetsAt: Record<string, string[]> = {};
  for (const snapshot of snapshots) {
    routableTargetsAt[String(snapshot.t)] = routeTargets(
      [...snapshot.states].map(([id, state]) => ({ id, state })),
    ).routable;
  }
  const routable = routing.routable.map((id) => world.targets.get(id)).filter((t) => t !== undefined);
  const acts = Object.values(world.asgActs);
  const asg = world.asg;
  if (routing.failOpen) world.rules.add("L7:fail-open");
  const result: Omit<TimelineResult, "explanation" | "decidedBy"> = {
    markedUnhealthyAt: world.markedUnhealthyAt,
    healthyAgainAt: world.healthyAgainAt,
    healthyAt: world.healthyAt,
    targetStateAt: expandStates(snapshots, world.horizon, world.targets.size),
    routableTargets: routing.routable,
    routableTargetsAt,
    failOpen: routing.failOpen,
    trafficSharePercent: trafficShareOfTargets(routable, world.crossZone),
    crossZone: world.lbType === null ? null : world.crossZone,
    asgReplaces: world.replacements.length > 0,
    asgActsNotBefore: acts.length > 0 ? Math.min(...acts) : null,
    asgActsNotBeforeByInstance: world.asgActs,
    replacements: world.replacements,
    finalInServiceCount:
      asg === null ? null : [...world.instances.values()].filter((i) => i.inAsg && i.inService).length,
    terminated: world.terminated,
    desiredAfterEach,
    finalDesired: asg?.desired ?? null,
    healthCheck: world.settings,
    horizonSec: world.horizon,
    log: world.log,
  };
  return { ...result, decidedBy: [...world.rules], explanation: explainTimeline(world, result) };
}
