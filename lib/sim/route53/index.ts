import { z } from "zod";
import { inputProblem, zodProblem } from "../input-issue";
import type { InputFailure, SimRun, Simulator } from "../types";
import { ROUTE53_QUERIES, type Route53QueryName } from "./queries";
import { Route53InputSchema } from "./schema";
import { runScenario } from "./simulate";
import type { Route53Result } from "./types";

export type * from "./types";
export { RECORD_TYPES, ROUTINGS, ALIAS_SERVICES } from "./types";
export { Route53InputSchema, CONTINENTS, ELB_ALIAS_TTL_SEC } from "./schema";
export { runScenario } from "./simulate";
export { validateBatch, WEIGHT_MIN, WEIGHT_MAX, BIAS_MIN, BIAS_MAX } from "./validate-batch";
export { checkIsHealthy } from "./health";
export { biasedDistance, MULTIVALUE_MAX_ANSWERS } from "./choose";
export { MAX_ALIAS_CHAIN } from "./references";
export { ROUTE53_QUERIES, MAX_WEIGHTED_RECORDS_PER_GROUP, type Route53QueryName } from "./queries";

/** The JSON input of the `route53` simulator, as written in SIM_CONTRACT.md. */
export type Route53Input = z.input<typeof Route53InputSchema>;

/** The typed result of {@link simulateRoute53}: an answer, a rejected batch, or an input error naming the field. */
export type Route53Run = { ok: true; result: Route53Result } | InputFailure;

/**
 * Answers one DNS question from one public hosted zone after validating its change batch: every routing policy with
 * health checks, alias and CNAME rules and the batch's errors
 * . Randomness is the input's `random`, so a run is deterministic.
 * Sources: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html ,
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-how-route-53-chooses-records.html ,
 * https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html
 */
export function simulateRoute53(input: Route53Input | unknown): Route53Run {
  const parsed = Route53InputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...zodProblem(parsed.error, input) };
  const outcome = runScenario(parsed.data);
  if (!outcome.ok) return { ok: false, inputError: outcome.inputError, issue: outcome.issue };
  return outcome;
}

function isQueryName(name: string): name is Route53QueryName {
  return Object.hasOwn(ROUTE53_QUERIES, name);
}

/** Answers `{"query": "limits"}` with the documented limits. */
export function queryRoute53(name: string): SimRun {
  if (!isQueryName(name)) {
    const expected = Object.keys(ROUTE53_QUERIES).join(" | ");
    return {
      ok: false,
      ...inputProblem(["query"], "unknownQuery", { name, expected }, `unknown query "${name}" (expected ${expected})`),
    };
  }
  return { ok: true, result: ROUTE53_QUERIES[name]() };
}

const QueryInputSchema = z.object({ query: z.string() });

/** The `route53` simulator of the registry: a query, or one zone, change batch and question. */
export const route53Simulator: Simulator = {
  run(input: unknown): SimRun {
    const query = QueryInputSchema.safeParse(input);
    if (query.success) return queryRoute53(query.data.query);
    const run = simulateRoute53(input);
    return run.ok ? { ok: true, result: { ...run.result } } : run;
  },
};
