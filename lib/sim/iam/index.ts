import { parsePath, zodProblem } from "../input-issue";
import type { InputFailure, SimRun, Simulator } from "../types";
import { evaluatePolicies } from "./evaluate";
import { explain } from "./explain";
import { PolicyInputError } from "./input-error";
import { parsePolicy } from "./policy-parse";
import { IamInputSchema } from "./schema";
import type { IamInput, IamResult } from "./types";

export type {
  ContextValue,
  Effect,
  IamDecidedBy,
  IamDecision,
  IamInput,
  IamLayer,
  IamNote,
  IamNoteCode,
  IamPolicyInput,
  IamRequest,
  IamResult,
  IamStatementRef,
  IamStepResult,
  IamTraceStep,
  PolicyKind,
  PrincipalMatchKind,
} from "./types";
export { POLICY_KINDS } from "./types";
export { decideAccess } from "./access-decision";
export { NOTES_HEADING } from "./notes";
export type { AccessAnswer, AccessCaller, AccessGap, AccessQuestion, Grant, GrantWay } from "./access-decision";
export { PolicyInputError } from "./input-error";

/**
 * Evaluates one request against identity, resource, boundary, SCP and session policies, following the AWS policy
 * evaluation logic: explicit Deny anywhere wins, every SCP level must allow; within one account identity ∪ resource
 * must allow, then the permissions boundary and session policy must allow (except for resource grants naming the
 * caller directly or `"*"`); across accounts the caller's account and the resource policy must both allow.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * @throws PolicyInputError when a policy document does not fit the IAM policy grammar (the field is named)
 */
export function evaluateIam(input: IamInput): IamResult {
  const policies = input.policies.map((policy, index) => parsePolicy(policy.document, policy.kind, index));
  const evaluation = evaluatePolicies(policies, input.request);
  return { ...evaluation, explanation: explain(evaluation) };
}

/** The typed outcome of `simulateIam`: a result, or the contract's one-line input error. */
export type IamRun = { ok: true; result: IamResult } | InputFailure;

/**
 * The `iam` simulator's JSON face (SIM_CONTRACT.md `iam`): validates untrusted input and returns
 * `{decision, decidedBy, trace, crossAccount, resourceOwner, explanation}`, or an `inputError` naming the field.
 * Never throws.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
export function simulateIam(input: unknown): IamRun {
  if (typeof input === "object" && input !== null && "query" in input) {
    return {
      ok: false,
      inputError: "query: the iam simulator has no queries",
      issue: { path: ["query"], code: "noQueries", params: {} },
    };
  }
  const parsed = IamInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...zodProblem(parsed.error) };
  try {
    return { ok: true, result: evaluateIam(parsed.data) };
  } catch (error) {
    if (error instanceof PolicyInputError)
      return {
        ok: false,
        inputError: error.message,
        issue: { path: parsePath(error.field), code: error.code, params: error.params },
      };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, inputError: `input: ${detail}`, issue: { path: [], code: "invalid", params: { detail } } };
  }
}

/** Registry entry for `simulate("iam", input)`. */
export const iamSimulator: Simulator = {
  run(input: unknown): SimRun {
    const run = simulateIam(input);
    return run.ok ? { ok: true, result: { ...run.result } } : run;
  },
};
