import { contextLookup } from "./context";
import type { ParsedPolicy } from "./policy-model";
import { parseCaller } from "./principal";
import { matchStatement, type MatchRequest } from "./statement-match";
import type { IamDecidedBy, IamDecision, IamRequest, IamStatementRef, IamTraceStep, PolicyKind } from "./types";

/** The decision with its trace, before the explanation is written. */
export interface Evaluation {
  decision: IamDecision;
  decidedBy: IamDecidedBy;
  trace: IamTraceStep[];
}

/**
 * "IAM role trust policies and KMS key policies are exceptions to this logic, because they must explicitly allow
 * access for principals" (AWS_FACTS I2): for these actions an identity Allow counts only if the resource policy
 * allows the caller or delegates to the account. Applied when the input includes that resource policy.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html ,
 * https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html
 */
function needsResourcePolicyAllow(action: string): boolean {
  const lower = action.toLowerCase();
  return lower.startsWith("kms:") || lower.startsWith("sts:assumerole");
}

function matchingStatements(policies: readonly ParsedPolicy[], request: MatchRequest): IamStatementRef[] {
  const refs: IamStatementRef[] = [];
  for (const policy of policies) {
    for (const statement of policy.statements) {
      const match = matchStatement(statement, request);
      if (!match.matches) continue;
      const ref: IamStatementRef = {
        policyIndex: policy.index,
        kind: policy.kind,
        statementIndex: statement.index,
        effect: statement.effect,
      };
      if (statement.sid !== undefined) ref.sid = statement.sid;
      if (match.principalMatch !== undefined) ref.principalMatch = match.principalMatch;
      refs.push(ref);
    }
  }
  return refs;
}

/**
 * Same-account IAM policy evaluation (SIM_CONTRACT.md `iam`; AWS_FACTS I1–I6, I20):
 * 1. a matching Deny in any policy → ExplicitDeny;
 * 2. every `scp` entry (one OU level each) needs a matching Allow;
 * 3. role trust policies and KMS key policies must allow the caller (or delegate to the account) themselves;
 *    the root user needs no identity Allow; anyone else needs an Allow in an identity policy or in a resource policy
 *    (union). A resource-policy Allow that names only the account delegates to the account's IAM policies and grants
 *    nothing by itself ("This delegates authority to the account");
 * 4. a resource-policy Allow naming the caller's own user / role-session / federated-user ARN is final: boundaries and
 *    session policies do not limit it, except a role trust policy (sts:AssumeRole*), which a boundary still limits. Otherwise (identity grant, role ARN, `*`) a boundary and a session policy, if
 *    present, must each allow too.
 * Every "no Allow" outcome is ImplicitDeny.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
export function evaluatePolicies(policies: readonly ParsedPolicy[], request: IamRequest): Evaluation {
  const caller = parseCaller(request.principal);
  const present = (kind: PolicyKind) => policies.some((policy) => policy.kind === kind);
  const matched = matchingStatements(policies, {
    action: request.action,
    resource: request.resource,
    caller,
    lookup: contextLookup(request.context),
    callerHasBoundary: present("boundary"),
  });
  const allowsOf = (test: (ref: IamStatementRef) => boolean) =>
    matched.filter((ref) => ref.effect === "Allow" && test(ref));

  const denies = matched.filter((ref) => ref.effect === "Deny");
  const scpLevels = policies
    .filter((policy) => policy.kind === "scp")
    .map((policy) => ({ index: policy.index, allows: allowsOf((ref) => ref.policyIndex === policy.index) }));
  const identity = allowsOf((ref) => ref.kind === "identity");
  const resource = allowsOf((ref) => ref.kind === "resource");
  const grants = resource.filter((ref) => ref.principalMatch !== "account");
  const delegated = resource.filter((ref) => ref.principalMatch === "account");
  // A role trust policy that names the user still needs the user's boundary to allow sts:AssumeRole
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-trust-policy.html), so only other resource
  // policies naming the caller directly bypass the limiting layers.
  const assumesRole = /^sts:assumerole/i.test(request.action);
  const direct = assumesRole ? [] : grants.filter((ref) => ref.principalMatch === "direct");
  const boundary = allowsOf((ref) => ref.kind === "boundary");
  const session = allowsOf((ref) => ref.kind === "session");
  const isRoot = caller.type === "root";

  const limit = (allows: IamStatementRef[]) =>
    allows.length > 0 ? "allow" : direct.length > 0 ? "bypassed" : "no-allow";
  const trace: IamTraceStep[] = [
    { layer: "explicit-deny", result: denies.length > 0 ? "deny" : "no-deny", statements: denies },
    ...scpLevels.map(({ index, allows }): IamTraceStep => ({
      layer: "scp",
      policyIndex: index,
      result: allows.length > 0 ? "allow" : "no-allow",
      statements: allows,
    })),
    {
      layer: "identity",
      result: isRoot ? "root-user" : identity.length > 0 ? "allow" : "no-allow",
      statements: identity,
    },
  ];
  if (present("resource")) {
    const result = grants.length > 0 ? "allow" : delegated.length > 0 ? "delegated-to-account" : "no-allow";
    trace.push({ layer: "resource", result, statements: resource });
  }
  if (present("boundary")) trace.push({ layer: "boundary", result: limit(boundary), statements: boundary });
  if (present("session")) trace.push({ layer: "session", result: limit(session), statements: session });

  const implicit = (decidedBy: IamDecidedBy): Evaluation => ({ decision: "ImplicitDeny", decidedBy, trace });
  if (denies.length > 0) {
    return { decision: "ExplicitDeny", decidedBy: { layer: "explicit-deny", statements: denies }, trace };
  }
  const missingScp = scpLevels.find((level) => level.allows.length === 0);
  if (missingScp !== undefined) return implicit({ layer: "scp", policyIndex: missingScp.index, statements: [] });
  const delegatedTo = delegated.length > 0 && (identity.length > 0 || isRoot);
  if (present("resource") && needsResourcePolicyAllow(request.action) && grants.length === 0 && !delegatedTo) {
    return implicit({ layer: "resource", statements: delegated });
  }
  if (isRoot) return { decision: "Allow", decidedBy: { layer: "allow", via: "root-user", statements: [] }, trace };
  if (identity.length === 0 && grants.length === 0) {
    return implicit({ layer: "identity-or-resource", statements: delegated });
  }
  if (direct.length > 0) {
    return {
      decision: "Allow",
      decidedBy: { layer: "allow", via: "resource-names-principal", statements: direct },
      trace,
    };
  }
  if (present("boundary") && boundary.length === 0) return implicit({ layer: "boundary", statements: [] });
  if (present("session") && session.length === 0) return implicit({ layer: "session", statements: [] });
  const via = identity.length === 0 ? "resource" : grants.length === 0 ? "identity" : "identity-and-resource";
  return { decision: "Allow", decidedBy: { layer: "allow", via, statements: [...identity, ...grants] }, trace };
}
