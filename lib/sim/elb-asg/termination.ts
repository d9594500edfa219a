import type { LaunchTemplateRef, TerminationPolicy } from "./schema";

/** What the termination policies can see of one in-service instance. */
export interface TerminationCandidate {
  id: string;
  az: string;
  launchedAt: number;
  launchTemplate: LaunchTemplateRef | null;
  launchConfiguration: string | null;
  launchConfigurationCreatedAt: number | null;
  protectedFromScaleIn: boolean;
  /** Position of the instance type in a prioritized allocation strategy; 0 is the most preferred. */
  instanceTypePriority: number | null;
}

/** The group's current launch template or launch configuration. */
export interface LaunchSource {
  launchTemplate: LaunchTemplateRef | null;
  launchConfiguration: string | null;
}

/** One narrowing step of the termination decision, for the trace. */
export interface TerminationStep {
  rule: string;
  candidates: string[];
}

/** The outcome of {@link chooseInstanceToTerminate} (A6). */
export interface TerminationChoice {
  /** The instance to terminate, or null when every instance is protected from scale in. */
  instance: string | null;
  steps: TerminationStep[];
  /** AWS picks at random among the remaining ties; the simulator takes the first in input order and says so. */
  randomTie: boolean;
}

type Narrow = (candidates: TerminationCandidate[]) => TerminationCandidate[];

const keepIfAny = (all: TerminationCandidate[], subset: TerminationCandidate[]) => (subset.length > 0 ? subset : all);

function keepExtreme(
  candidates: TerminationCandidate[],
  key: (c: TerminationCandidate) => number | null,
  pick: "min" | "max",
) {
  const known = candidates.filter((c) => key(c) !== null);
  if (known.length === 0) return candidates;
  const values = known.map((c) => key(c) ?? 0);
  const best = pick === "min" ? Math.min(...values) : Math.max(...values);
  return known.filter((c) => key(c) === best);
}

function newest(
  candidates: readonly TerminationCandidate[],
  has: (c: TerminationCandidate) => boolean,
): TerminationCandidate | undefined {
  return candidates
    .filter(has)
    .reduce<TerminationCandidate | undefined>(
      (a, c) => (a === undefined || c.launchedAt > a.launchedAt ? c : a),
      undefined,
    );
}

/** Seconds until the instance's next full billing hour at time `now`. */
export function secondsToNextBillingHour(launchedAt: number, now: number): number {
  const into = (((now - launchedAt) % 3600) + 3600) % 3600;
  return 3600 - into;
}

function oldestLaunchTemplate(source: LaunchSource, all: readonly TerminationCandidate[]): Narrow {
  const current =
    source.launchTemplate?.name ?? newest(all, (c) => c.launchTemplate !== null)?.launchTemplate?.name ?? null;
  return (candidates) => {
    const withTemplate = candidates.filter((c) => c.launchTemplate !== null);
    if (withTemplate.length === 0 || current === null) return candidates;
    const noncurrent = withTemplate.filter((c) => c.launchTemplate?.name !== current);
    if (noncurrent.length > 0) return noncurrent;
    return keepExtreme(withTemplate, (c) => c.launchTemplate?.version ?? null, "min");
  };
}

function oldestLaunchConfiguration(source: LaunchSource, all: readonly TerminationCandidate[]): Narrow {
  const current =
    source.launchConfiguration ?? newest(all, (c) => c.launchConfiguration !== null)?.launchConfiguration ?? null;
  return (candidates) => {
    const withConfig = candidates.filter((c) => c.launchConfiguration !== null && c.launchTemplate === null);
    if (withConfig.length === 0) return candidates;
    const noncurrent = withConfig.filter((c) => c.launchConfiguration !== current);
    return keepExtreme(keepIfAny(withConfig, noncurrent), (c) => c.launchConfigurationCreatedAt, "min");
  };
}

/**
 * Default policy, step "outdated configurations" (AWS_FACTS A6): in a group that uses a launch template, instances
 * launched from a launch configuration go first, then instances from a different launch template, then the oldest
 * version of the current template; in a launch-configuration group, the oldest launch configuration.
 */
function outdatedConfiguration(source: LaunchSource, all: readonly TerminationCandidate[]): Narrow {
  const usesTemplate =
    source.launchTemplate !== null ||
    (source.launchConfiguration === null && all.some((c) => c.launchTemplate !== null));
  const byConfig = oldestLaunchConfiguration(source, all);
  const byTemplate = oldestLaunchTemplate(source, all);
  return (candidates) => {
    if (!usesTemplate) return byConfig(candidates);
    const fromConfig = candidates.filter((c) => c.launchConfiguration !== null && c.launchTemplate === null);
    if (fromConfig.length > 0) return byConfig(fromConfig);
    return byTemplate(candidates);
  };
}

const allocationStrategy: Narrow = (candidates) => keepExtreme(candidates, (c) => c.instanceTypePriority, "max");

function policySteps(
  policy: TerminationPolicy,
  source: LaunchSource,
  all: readonly TerminationCandidate[],
  now: number,
): [string, Narrow][] {
  const closestToHour: Narrow = (c) => keepExtreme(c, (x) => secondsToNextBillingHour(x.launchedAt, now), "min");
  switch (policy) {
    case "Default":
      return [
        ["A6:Default:allocation-strategy", allocationStrategy],
        ["A6:Default:outdated-launch-configuration-or-template", outdatedConfiguration(source, all)],
        ["A6:Default:closest-to-next-billing-hour", closestToHour],
      ];
    case "AllocationStrategy":
      return [["AllocationStrategy", allocationStrategy]];
    case "OldestLaunchTemplate":
      return [["OldestLaunchTemplate", oldestLaunchTemplate(source, all)]];
    case "OldestLaunchConfiguration":
      return [["OldestLaunchConfiguration", oldestLaunchConfiguration(source, all)]];
    case "ClosestToNextInstanceHour":
      return [["ClosestToNextInstanceHour", closestToHour]];
    case "NewestInstance":
      return [["NewestInstance", (c) => keepExtreme(c, (x) => x.launchedAt, "max")]];
    case "OldestInstance":
      return [["OldestInstance", (c) => keepExtreme(c, (x) => x.launchedAt, "min")]];
  }
}

/**
 * Picks the instance a scale-in terminates (AWS_FACTS A6). AZ balance comes before every policy: only unprotected
 * instances in the AZ(s) with the most instances (that have at least one unprotected instance) are candidates. The
 * listed policies then narrow the candidates in order; when ties remain after the list, the Default policy decides
 * (allocation strategy, outdated launch configuration/template, closest to the next billing hour), and the last tie
 * is broken at random (here: the first instance in input order, flagged `randomTie`).
 * Source: https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-termination-policies.html
 */
export function chooseInstanceToTerminate(
  instances: readonly TerminationCandidate[],
  policies: readonly TerminationPolicy[],
  source: LaunchSource,
  now: number,
): TerminationChoice {
  const unprotected = instances.filter((i) => !i.protectedFromScaleIn);
  if (unprotected.length === 0)
    return { instance: null, steps: [{ rule: "scale-in-protection", candidates: [] }], randomTie: false };
  const perAz = new Map<string, number>();
  for (const i of instances) perAz.set(i.az, (perAz.get(i.az) ?? 0) + 1);
  const most = Math.max(...unprotected.map((i) => perAz.get(i.az) ?? 0));
  let candidates = unprotected.filter((i) => perAz.get(i.az) === most);
  const steps: TerminationStep[] = [{ rule: "A6:az-balance", candidates: candidates.map((c) => c.id) }];
  const list = policies.length > 0 ? [...policies] : ["Default" as const];
  if (!list.includes("Default")) list.push("Default");
  for (const policy of list) {
    for (const [rule, narrow] of policySteps(policy, source, instances, now)) {
      if (candidates.length <= 1) break;
      candidates = narrow(candidates);
      steps.push({ rule, candidates: candidates.map((c) => c.id) });
    }
  }
  const chosen = candidates[0];
  return { instance: chosen?.id ?? null, steps, randomTie: candidates.length > 1 };
}
