import type { Localized } from "@/lib/i18n/localized";

/**
 * Policy kinds of the `iam` simulator (SIM_CONTRACT.md, `iam`). Each `scp` entry is one level of the OU hierarchy.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#access_policy-types
 */
export const POLICY_KINDS = ["identity", "resource", "boundary", "scp", "session"] as const;
/** One of POLICY_KINDS. */
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** A statement's Effect. Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_effect.html */
export type Effect = "Allow" | "Deny";

/**
 * The final decision. ImplicitDeny = "no applicable Deny and no applicable Allow" (AWS_FACTS I1, I6), also when an
 * SCP, boundary or session policy lacks an Allow.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html
 */
export type IamDecision = "Allow" | "ExplicitDeny" | "ImplicitDeny";

/** One context value: a string, or a list for a multivalued key such as `aws:TagKeys` (`[]` = present but empty). */
export type ContextValue = string | readonly string[];

/** The request being authorized. Requests are same-account (111122223333 in the contract's cases). */
export interface IamRequest {
  action: string;
  resource: string;
  principal: string;
  context: Readonly<Record<string, ContextValue>>;
}

/** One policy as given: `document` is IAM policy JSON (an object, or the same JSON as a string). */
export interface IamPolicyInput {
  kind: PolicyKind;
  document: unknown;
}

/** The `iam` input: the policies that apply and the request (SIM_CONTRACT.md `iam`). */
export interface IamInput {
  policies: readonly IamPolicyInput[];
  request: IamRequest;
}

/**
 * How a resource-policy `Principal` matched the caller:
 * `direct` names the caller's own user / role-session / federated-user ARN; `role` is a role ARN matching one of its
 * sessions; `exact` another exact name (a role ARN itself, a service); `wildcard` is `"*"`; `account` names only the
 * caller's account, which delegates to that account's IAM policies; `not-principal` is a NotPrincipal that excludes
 * the caller's identities only partly.
 */
export type PrincipalMatchKind = "direct" | "role" | "exact" | "wildcard" | "account" | "not-principal";

/** Names one statement: policy index in `policies`, its kind, the statement index and Sid if any. */
export interface IamStatementRef {
  policyIndex: number;
  kind: PolicyKind;
  statementIndex: number;
  sid?: string;
  effect: Effect;
  principalMatch?: PrincipalMatchKind;
}

/** The layers of the evaluation, in the order AWS applies them (reference_policies_evaluation-logic.html). */
export type IamLayer = "explicit-deny" | "scp" | "identity" | "resource" | "boundary" | "session";

/**
 * `allow` / `no-allow`: the layer has / lacks a matching Allow; `deny` / `no-deny` for the explicit-deny pass;
 * `delegated-to-account`: only Allow statements naming the account matched; `bypassed`: the layer does not limit a
 * resource-policy grant that names the caller directly; `root-user`: the root user needs no identity Allow.
 */
export type IamStepResult =
  "deny" | "no-deny" | "allow" | "no-allow" | "delegated-to-account" | "bypassed" | "root-user";

/** One layer's outcome; `statements` are the matching statements of that layer (Deny ones for `explicit-deny`). */
export interface IamTraceStep {
  layer: IamLayer;
  policyIndex?: number;
  result: IamStepResult;
  statements: IamStatementRef[];
}

/** Why the final decision was reached. For ImplicitDeny, `layer` is the layer that lacked an Allow. */
export interface IamDecidedBy {
  layer: "explicit-deny" | "scp" | "resource" | "identity-or-resource" | "boundary" | "session" | "allow";
  /** For Allow: where the grant came from. */
  via?: "identity" | "resource" | "identity-and-resource" | "resource-names-principal" | "root-user";
  /** For `scp`: the policy index of the first OU level with no Allow. */
  policyIndex?: number;
  statements: IamStatementRef[];
}

/** The `iam` result: the decision, what decided it, the per-layer trace and a Korean/English explanation. */
export interface IamResult {
  decision: IamDecision;
  decidedBy: IamDecidedBy;
  trace: IamTraceStep[];
  explanation: Localized;
}
