import { readPath } from "@/lib/content/json-path";
import type { SimName } from "@/lib/sim";
import type { SimMessageKey } from "@/lib/i18n/sim-messages";
import type { PartParams } from "./sim-text";
import { isJsonObject } from "./json-value";

export type Tone = "good" | "bad" | "warn" | "neutral";

export interface OutcomeSummary {
  tone: Tone;
  /** Identifiers among the parameters come as `{ code }`; operation numbers count from 1, as the editors do. */
  headline: { key: SimMessageKey; params?: PartParams };
  /** Result fields worth showing beside the headline, by their contract names. */
  facts: { name: string; value: unknown }[];
}

/** The contract's named result keys of each simulator (SIM_CONTRACT.md), in the order a learner reads them. */
const FACT_PATHS: Record<SimName, readonly string[]> = {
  sg: ["verdict", "layer", "rule"],
  iam: ["decision", "decidedBy.layer", "decidedBy.via"],
  ebs: ["error"],
  ec2: ["error", "runningInstances"],
  efs: ["error", "mounted", "reason", "crossAz", "mountTargets", "mountTargetAzs", "lifecycle"],
  route53: ["rcode", "answers", "ttl", "distribution", "decidedBy", "healthFallback"],
  s3: ["decision", "error", "rejectedBy", "resourceOwner", "crossAccount", "objectOwner", "policyIsPublic"],
  vpc: ["error", "reachable", "blockedBy", "at", "path"],
  "elb-asg": [
    "error",
    "markedUnhealthyAt",
    "healthyAgainAt",
    "asgActsNotBefore",
    "asgReplaces",
    "terminated",
    "finalInServiceCount",
    "desiredAfterEach",
    "routableTargets",
    "failOpen",
  ],
};

const HIDDEN_QUERY_KEYS = new Set(["explanation", "trace", "decidedBy"]);

function headlineFor(sim: SimName, result: Record<string, unknown>): Pick<OutcomeSummary, "tone" | "headline"> {
  const error = result.error;
  if (typeof error === "string" && typeof result.atRecord === "number") {
    const params = { record: result.atRecord + 1, reason: { code: String(result.reason ?? error) } };
    return { tone: "bad", headline: { key: "outcome.batchRejected", params } };
  }
  if (typeof error === "string") {
    const atOp = result.atOp;
    if (typeof atOp === "number")
      return { tone: "bad", headline: { key: "outcome.failedAt", params: { op: atOp + 1, code: { code: error } } } };
    if (typeof atOp === "string")
      return { tone: "bad", headline: { key: "outcome.failedAtStep", params: { step: atOp, code: { code: error } } } };
    return { tone: "bad", headline: { key: "outcome.error", params: { code: { code: error } } } };
  }
  switch (sim) {
    case "sg": {
      const verdict = result.verdict;
      if (verdict === "allowed") return { tone: "good", headline: { key: "outcome.allowed" } };
      if (verdict === "blocked-by-sg" || verdict === "blocked-by-nacl")
        return { tone: "bad", headline: { key: `outcome.${verdict}` } };
      break;
    }
    case "iam":
    case "s3": {
      const decision = result.decision;
      if (decision === "Allow") return { tone: "good", headline: { key: "outcome.Allow" } };
      if (decision === "ExplicitDeny" || decision === "ImplicitDeny")
        return { tone: "bad", headline: { key: `outcome.${decision}` } };
      break;
    }
    case "ebs":
    case "ec2":
      return { tone: "good", headline: { key: "outcome.succeeded" } };
    case "efs":
      if (result.mounted === true) return { tone: "good", headline: { key: "outcome.mounted" } };
      if (result.mounted === false)
        return {
          tone: "bad",
          headline: { key: "outcome.notMounted", params: { reason: { code: String(result.reason ?? "?") } } },
        };
      if (typeof result.mountTargets === "number")
        return { tone: "neutral", headline: { key: "outcome.mountTargets", params: { n: result.mountTargets } } };
      break;
    case "elb-asg":
      return elbAsgHeadline(result);
    case "route53":
      if (typeof result.rcode === "string") {
        const n = Array.isArray(result.answers) ? result.answers.length : 0;
        const tone = result.rcode === "NOERROR" && n > 0 ? (result.healthFallback === true ? "warn" : "good") : "bad";
        return { tone, headline: { key: "outcome.rcode", params: { rcode: { code: result.rcode }, n } } };
      }
      break;
    case "vpc":
      if (result.reachable === true) return { tone: "good", headline: { key: "outcome.reachable" } };
      if (result.reachable === false)
        return {
          tone: "bad",
          headline: {
            key: "outcome.unreachable",
            params: { blockedBy: { code: String(result.blockedBy) }, at: { code: String(result.at) } },
          },
        };
      break;
  }
  return { tone: "neutral", headline: { key: "outcome.query" } };
}

function elbAsgHeadline(result: Record<string, unknown>): Pick<OutcomeSummary, "tone" | "headline"> {
  if (result.asgReplaces === true) {
    const at = typeof result.asgActsNotBefore === "number" ? result.asgActsNotBefore : "?";
    return { tone: "warn", headline: { key: "outcome.replaced", params: { t: at } } };
  }
  const unhealthy =
    isJsonObject(result.markedUnhealthyAt) && Object.values(result.markedUnhealthyAt).some((t) => t !== null);
  if (unhealthy) return { tone: "bad", headline: { key: "outcome.unhealthyKept" } };
  if (isJsonObject(result.markedUnhealthyAt) && Object.keys(result.markedUnhealthyAt).length > 0) {
    return { tone: "good", headline: { key: "outcome.allHealthy" } };
  }
  if (typeof result.finalDesired === "number")
    return { tone: "neutral", headline: { key: "outcome.desired", params: { n: result.finalDesired } } };
  return { tone: "neutral", headline: { key: "outcome.timeline" } };
}

/**
 * The prominent part of a result: a verdict, decision, mount outcome or simulated error as a message key and tone,
 * plus the contract's named fields that are present. A query's answer shows all of its fields.
 */
export function summarizeOutcome(sim: SimName, result: Record<string, unknown>, isQuery: boolean): OutcomeSummary {
  if (isQuery) {
    const facts = Object.entries(result)
      .filter(([name]) => !HIDDEN_QUERY_KEYS.has(name))
      .map(([name, value]) => ({ name, value }));
    return { tone: "neutral", headline: { key: "outcome.query" }, facts };
  }
  const facts = FACT_PATHS[sim]
    .map((name) => ({ name, value: readPath(result, name) }))
    .filter((fact) => fact.value !== undefined);
  return { ...headlineFor(sim, result), facts };
}
