import { z } from "zod";
import type { InputFailure, SimRun, Simulator } from "../types";
import { evaluateScenario } from "./evaluate";
import { inputProblem, zodProblem } from "../input-issue";
import { SG_QUERIES, type SgQueryName } from "./queries";
import { SgInputSchema } from "./schema";
import type { SgResult } from "./types";

export type { Layer, SgResult, SgScenario, TraceStep, Verdict } from "./types";
export { evaluateScenario } from "./evaluate";
export { coversProtocolAndPorts, defaultNacl, evaluateNacl, findSgAllow, sgTargetMatches, type SgAllow } from "./match";
export { NaclSchema, PeerSchema, SecurityGroupSchema, SgInputSchema, TrafficSchema, newGroupOutbound } from "./schema";
export { describeFirstIssue, formatPath } from "../input-issue";
export { SG_QUERIES, type SgQueryName } from "./queries";

/** The JSON input of the `sg` simulator, as written in SIM_CONTRACT.md. */
export type SgInput = z.input<typeof SgInputSchema>;

/** The typed result of {@link simulateSecurityGroups}. */
export type SgRun = { ok: true; result: SgResult } | InputFailure;

const QueryInputSchema = z.object({ query: z.string() });

/**
 * Decides whether a connection is allowed through security groups (stateful, allow-only, union of groups: SG1–SG8)
 * and a network ACL (stateless, ascending rule numbers, first match wins, `*` deny: N1–N8).
 * Sources: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html ,
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
 */
export function simulateSecurityGroups(input: SgInput | unknown): SgRun {
  const parsed = SgInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...zodProblem(parsed.error, input) };
  return evaluateScenario(parsed.data);
}

function isQueryName(name: string): name is SgQueryName {
  return Object.hasOwn(SG_QUERIES, name);
}

/**
 * Answers `{"query": name}` with a documented default or limit (`newSecurityGroup`, `defaultSecurityGroup`,
 * `defaultNacl`, `customNacl`, `ephemeralPorts`, `naclRuleNumbers`).
 */
export function querySecurityGroups(name: string): SimRun {
  if (!isQueryName(name)) {
    const expected = Object.keys(SG_QUERIES).join(" | ");
    return {
      ok: false,
      ...inputProblem(["query"], "unknownQuery", { name, expected }, `unknown query "${name}" (expected ${expected})`),
    };
  }
  return { ok: true, result: SG_QUERIES[name]() };
}

/** The `sg` simulator of the registry: a query, or one connection evaluated by {@link simulateSecurityGroups}. */
export const sgSimulator: Simulator = {
  run(input: unknown): SimRun {
    const query = QueryInputSchema.safeParse(input);
    if (query.success) return querySecurityGroups(query.data.query);
    const run = simulateSecurityGroups(input);
    return run.ok ? { ok: true, result: { ...run.result } } : run;
  },
};
