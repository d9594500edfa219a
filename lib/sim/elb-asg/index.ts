import type { InputFailure, SimRun, Simulator } from "../types";
import { inputProblem, zodProblem } from "../input-issue";
import { runQuery } from "./queries";
import { TimelineInputSchema, type TimelineInput } from "./schema";
import { runTimeline, type TimelineFailure } from "./timeline";
import type { TimelineResult } from "./timeline-result";

/** Scaling arithmetic (AWS_FACTS A1, A5, A7, A8). */
export {
  applyAdjustment,
  clampDesired,
  rebalanceMaxOverage,
  roundPercentAdjustment,
  DEFAULT_COOLDOWN_SEC,
} from "./capacity";
/** Health-check defaults and matchers (AWS_FACTS L5, L6). */
export {
  defaultHealthCheck,
  matcherAccepts,
  type HealthCheckSettings,
  type LbType,
  type TargetType,
} from "./health-check-defaults";
/** Documented-default queries (SIM_CONTRACT `elb-asg` queries). */
export { QUERY_NAMES, CONSOLE_DEFAULT_GRACE_PERIOD_SEC, runQuery, type QueryName } from "./queries";
/** Routing to healthy targets, fail-open and cross-zone shares (AWS_FACTS L7, L9). */
export { crossZoneDefault, routeTargets, trafficShare } from "./routing";
/** Timeline input vocabulary (SIM_CONTRACT `elb-asg`). */
export { TERMINATION_POLICIES, TimelineInputSchema, type TerminationPolicy, type TimelineInput } from "./schema";
/** Defaults of the timeline: grace period 0 s (API, A3), deregistration delay 300 s (L8). */
export { API_DEFAULT_GRACE_PERIOD_SEC, DEFAULT_DEREGISTRATION_DELAY_SEC } from "./setup";
/** Termination policies (AWS_FACTS A6). */
export { chooseInstanceToTerminate, secondsToNextBillingHour, type TerminationCandidate } from "./termination";
/** Result shapes of a timeline run. */
export type { TimelineFailure } from "./timeline";
export type { TimelineResult } from "./timeline-result";
export type { TargetHealthState } from "./world";

/** What {@link simulateElbAsg} returns: a timeline result, a simulated AWS error, or an input error. */
export type ElbAsgOutcome =
  { ok: true; result: TimelineResult } | { ok: true; failure: TimelineFailure } | InputFailure;

/**
 * Typed entry point for the app: runs a timeline input (health checks over time, the Auto Scaling group's reaction,
 * scaling ops and termination policies) with the semantics of SIM_CONTRACT.md `elb-asg` and AWS_FACTS §5–6.
 * Sources: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html ,
 * https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html
 */
export function simulateElbAsg(input: TimelineInput): ElbAsgOutcome {
  return simulateUnknown(input);
}

function simulateUnknown(input: unknown): ElbAsgOutcome {
  const parsed = TimelineInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...zodProblem(parsed.error, input) };
  const outcome = runTimeline(parsed.data);
  if (outcome.kind === "inputError")
    return { ok: false, inputError: outcome.problem.inputError, issue: outcome.problem.issue };
  if (outcome.kind === "failure") return { ok: true, failure: outcome.failure };
  return { ok: true, result: outcome.result };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The `elb-asg` simulator of the registry: `{"query": name, ...}` inputs answer documented defaults; any other object
 * is a timeline. Never throws: bad input becomes `inputError` naming the field.
 * Source: SIM_CONTRACT.md (`elb-asg`), AWS_FACTS.md §5–6.
 */
export const elbAsgSimulator: Simulator = {
  run(input: unknown): SimRun {
    try {
      if (!isRecord(input))
        return { ok: false, ...inputProblem([], "wrongType", { expected: "object" }, "expected an object") };
      if ("query" in input) return runQuery(input);
      const outcome = simulateUnknown(input);
      if (!outcome.ok) return outcome;
      if ("failure" in outcome) return { ok: true, result: { ...outcome.failure } };
      return { ok: true, result: { ...outcome.result } };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, ...inputProblem([], "invalid", { detail }, detail) };
    }
  },
};
