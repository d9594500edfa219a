import { z } from "zod";
import { inputProblem, zodProblem } from "../input-issue";
import type { InputFailure, SimRun, Simulator } from "../types";
import { evaluate } from "./evaluate";
import { explain } from "./explain";
import { defaultsQuery, isPublicPolicyQuery } from "./queries";
import { buildScenario, readBucketPolicy } from "./scenario";
import { S3InputSchema } from "./schema";
import { buildTrace } from "./trace";
import type { S3Result, S3Scenario } from "./types";

export type * from "./types";
export { ACL_GROUPS, ACL_PERMISSIONS, BPA_FLAGS, CANNED_ACLS, OBJECT_OWNERSHIP, S3_ACTIONS } from "./types";
export type { S3InputJson } from "./schema";
export { isPublicAcl, isPublicPolicy, publicStatements } from "./public-policy";
export { refWords } from "./explain";

/**
 * Who can do what to a bucket or object (SIM_CONTRACT.md `s3`): the caller's IAM policies, the bucket policy, ACLs
 * under each Object Ownership setting, Block Public Access at account and bucket level, across accounts. Returns
 * `{decision, decidedBy, ignored, resourceOwner, crossAccount, objectOwner, policyIsPublic, effectiveBlockPublicAccess}`
 * or, for an authorized request S3 still refuses, `{error, rejectedBy}`; with a trace and a Korean/English explanation.
 * Sources: https://docs.aws.amazon.com/AmazonS3/latest/userguide/how-s3-evaluates-access-control.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html ,
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 */
export function evaluateS3(scenario: S3Scenario): S3Result {
  const evaluation = evaluate(scenario);
  const facts = {
    resourceOwner: evaluation.resourceOwner,
    crossAccount: evaluation.crossAccount,
    objectOwner: evaluation.objectOwner,
    policyIsPublic: evaluation.policyIsPublic,
    effectiveBlockPublicAccess: evaluation.effectiveBlockPublicAccess,
  };
  const common = {
    ignored: evaluation.ignored,
    trace: buildTrace(scenario, evaluation),
    explanation: explain(scenario, evaluation),
  };
  if (evaluation.rejection !== null) {
    return { ...evaluation.rejection, authorizedBy: evaluation.allowedBy, ...facts, ...common };
  }
  const decision =
    evaluation.denies.length > 0 ? "ExplicitDeny" : evaluation.allowedBy.length > 0 ? "Allow" : "ImplicitDeny";
  const decidedBy = decision === "ExplicitDeny" ? evaluation.denies : evaluation.allowedBy;
  return { decision, decidedBy, ...facts, ...common };
}

/** The typed outcome of {@link simulateS3}: a result, or the contract's one-line input error with its issue. */
export type S3Run = { ok: true; result: S3Result } | InputFailure;

/** Validates untrusted `s3` input and evaluates it. Never throws. */
export function simulateS3(input: unknown): S3Run {
  const parsed = S3InputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...zodProblem(parsed.error, input) };
  const scenario = buildScenario(parsed.data);
  if (!scenario.ok) return { ok: false, ...scenario.problem };
  return { ok: true, result: evaluateS3(scenario.value) };
}

const QUERY_NAMES = ["defaults", "isPublicPolicy"] as const;
const QuerySchema = z.object({ query: z.string() });
const PolicyQuerySchema = z.strictObject({ query: z.literal("isPublicPolicy"), policy: z.unknown() });

/** `{"query": "defaults"}` and `{"query": "isPublicPolicy", "policy": doc}` (SIM_CONTRACT.md `s3`, Queries). */
export function queryS3(input: { query: string } & Record<string, unknown>): SimRun {
  if (input.query === "defaults") return { ok: true, result: defaultsQuery() };
  if (input.query === "isPublicPolicy") {
    const parsed = PolicyQuerySchema.safeParse(input);
    if (!parsed.success) return { ok: false, ...zodProblem(parsed.error, input) };
    if (parsed.data.policy === undefined) {
      return { ok: false, ...inputProblem(["policy"], "required", {}, "required") };
    }
    const policy = readBucketPolicy(parsed.data.policy, ["policy"]);
    return policy.ok ? { ok: true, result: isPublicPolicyQuery(policy.value.raw) } : { ok: false, ...policy.problem };
  }
  const expected = QUERY_NAMES.join(" | ");
  return {
    ok: false,
    ...inputProblem(
      ["query"],
      "unknownQuery",
      { name: input.query, expected },
      `unknown query "${input.query}" (expected ${expected})`,
    ),
  };
}

/** The `s3` simulator of the registry. */
export const s3Simulator: Simulator = {
  run(input: unknown): SimRun {
    const query = QuerySchema.safeParse(input);
    if (query.success) return queryS3(input as { query: string } & Record<string, unknown>);
    const run = simulateS3(input);
    return run.ok ? { ok: true, result: { ...run.result } } : run;
  },
};
