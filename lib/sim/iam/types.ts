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

/**
 * The request being authorized. The contract's requests are same-account (111122223333). `resourceOwner` (an
 * extension) names the account that owns the resource when it differs from the caller's; without it the account comes
 * from the resource ARN's account field, and an ARN without one (S3) belongs to the caller's account.
 */
export interface IamRequest {
  action: string;
  resource: string;
  principal: string;
  context: Readonly<Record<string, ContextValue>>;
  resourceOwner?: string;
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
 * `direct` names the caller's own user / role-session / federated-user ARN; `wildcard` is `"*"`; `role` is a role ARN
 * matching one of its sessions; `federating-user` is the ARN of the IAM user whose `federated-user` session is calling;
 * `exact` another exact name (a role ARN itself, a service); `account` names only the caller's account, which
 * delegates to that account's IAM policies; `not-principal` is a NotPrincipal that excludes the caller's identities
 * only partly. In one account, `direct` and `wildcard` grants are not limited by a permissions boundary or session
 * policy; the others are.
 */
export type PrincipalMatchKind =
  "direct" | "wildcard" | "role" | "federating-user" | "exact" | "account" | "not-principal";

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
 * same-account resource-policy grant that names the caller directly or `"*"`; `root-user`: the root user needs no
 * identity Allow.
 */
export type IamStepResult =
  "deny" | "no-deny" | "allow" | "no-allow" | "delegated-to-account" | "bypassed" | "root-user";

/**
 * Why part of a statement was read as matching nothing, where the documentation leaves the form undefined or forbids
 * it: `resource-type-wildcard`, a `*` or `?` in the resource-type part of an ARN (reference-arns.html, "Incorrect
 * wildcard usage"); `plain-operator-on-multivalued-key`, an operator without `ForAnyValue:`/`ForAllValues:` on a
 * multivalued key ("Multivalued context keys require a condition set operator").
 */
export type IamNoteCode = "resource-type-wildcard" | "plain-operator-on-multivalued-key";

/** A note on one statement: what was read as matching nothing, and why, in Korean and English. */
export interface IamNote {
  code: IamNoteCode;
  policyIndex: number;
  kind: PolicyKind;
  statementIndex: number;
  /** The pattern (`resource-type-wildcard`) or `operator key` (`plain-operator-on-multivalued-key`) concerned. */
  subject: string;
  message: Localized;
}

/**
 * One layer's outcome; `statements` are the matching statements of that layer (Deny ones for `explicit-deny`);
 * `notes` say which of the layer's statements had a part read as matching nothing, and why.
 */
export interface IamTraceStep {
  layer: IamLayer;
  policyIndex?: number;
  result: IamStepResult;
  statements: IamStatementRef[];
  notes?: IamNote[];
}

/**
 * Why the final decision was reached. For ImplicitDeny, `layer` is the layer that lacked an Allow; across accounts
 * `identity` means the caller's account does not allow the request and `resource` that the resource policy grants the
 * caller nothing.
 */
export interface IamDecidedBy {
  layer: "explicit-deny" | "scp" | "resource" | "identity" | "identity-or-resource" | "boundary" | "session" | "allow";
  /**
   * For Allow: where the grant came from. `resource-names-principal` / `resource-names-everyone`: a same-account
   * resource policy names the caller's ARN / `"*"`, which no boundary or session policy limits.
   */
  via?:
    | "identity"
    | "resource"
    | "identity-and-resource"
    | "resource-names-principal"
    | "resource-names-everyone"
    | "root-user";
  /** For `scp`: the policy index of the first OU level with no Allow. */
  policyIndex?: number;
  statements: IamStatementRef[];
}

/**
 * The `iam` result: the decision, what decided it, the per-layer trace, whether the request crossed accounts (the
 * caller's account ≠ `resourceOwner`, as in SIM_CONTRACT.md `s3`) and a Korean/English explanation.
 */
export interface IamResult {
  decision: IamDecision;
  decidedBy: IamDecidedBy;
  trace: IamTraceStep[];
  crossAccount: boolean;
  /**
   * The account that owns the resource and authorizes the request (SIM_CONTRACT.md `s3`: `resourceOwner`), or null
   * when neither the request nor the ARNs name one.
   */
  resourceOwner: string | null;
  explanation: Localized;
}
