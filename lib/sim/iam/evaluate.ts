import { decideAccess, type AccessAnswer, type AccessCaller, type Grant, type GrantWay } from "./access-decision";
import { contextLookup } from "./context";
import { noteCollector } from "./notes";
import type { ParsedPolicy } from "./policy-model";
import { parseCaller, type Caller } from "./principal";
import { matchStatement, type MatchRequest } from "./statement-match";
import { buildTrace } from "./trace";
import type {
  IamDecidedBy,
  IamDecision,
  IamNote,
  IamRequest,
  IamStatementRef,
  IamTraceStep,
  PolicyKind,
  PrincipalMatchKind,
} from "./types";

/** The decision with its trace, before the explanation is written. */
export interface Evaluation {
  decision: IamDecision;
  decidedBy: IamDecidedBy;
  trace: IamTraceStep[];
  crossAccount: boolean;
  resourceOwner: string | null;
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

function matchingStatements(
  policies: readonly ParsedPolicy[],
  request: MatchRequest,
  notes: IamNote[],
): IamStatementRef[] {
  const refs: IamStatementRef[] = [];
  for (const policy of policies) {
    for (const statement of policy.statements) {
      const ref: IamStatementRef = {
        policyIndex: policy.index,
        kind: policy.kind,
        statementIndex: statement.index,
        effect: statement.effect,
      };
      const match = matchStatement(statement, request, noteCollector(notes, ref));
      if (!match.matches) continue;
      if (statement.sid !== undefined) ref.sid = statement.sid;
      if (match.principalMatch !== undefined) ref.principalMatch = match.principalMatch;
      refs.push(ref);
    }
  }
  return refs;
}

/**
 * The ways of SIM_CONTRACT.md `s3` that a principal match stands for. A role ARN that is itself the caller (`exact`)
 * and a NotPrincipal that leaves the caller out are limited like a role grant.
 */
const WAYS: Readonly<Record<PrincipalMatchKind, GrantWay>> = {
  direct: "direct",
  wildcard: "star",
  role: "role",
  "federating-user": "federating-user",
  exact: "role",
  account: "account",
  "not-principal": "role",
};

const ACCOUNT_ID = /^\d{12}$/;

/**
 * The account that owns the resource: `request.resourceOwner`, else the ARN's account field, else (an S3 ARN, `*`)
 * the caller's account.
 */
function resourceOwnerOf(request: IamRequest, caller: Caller): string | null {
  if (request.resourceOwner !== undefined) return request.resourceOwner;
  const parts = request.resource.split(":");
  const account = parts[4];
  if (parts[0] === "arn" && parts.length >= 6 && account !== undefined && ACCOUNT_ID.test(account)) return account;
  return caller.account;
}

function accessCaller(caller: Caller, fallbackAccount: string): AccessCaller {
  const account = caller.account ?? fallbackAccount;
  return caller.type === "root" ? { type: "root", account } : { type: "principal", account };
}

function deniedBy(answer: AccessAnswer<IamStatementRef>, delegated: IamStatementRef[]): IamDecidedBy {
  switch (answer.gap) {
    case "boundary":
    case "session":
      return { layer: answer.gap, statements: [] };
    case "resource":
      return { layer: "resource", statements: [] };
    default:
      return answer.crossAccount
        ? { layer: "identity", statements: [] }
        : { layer: "identity-or-resource", statements: delegated };
  }
}

/**
 * IAM policy evaluation (SIM_CONTRACT.md `iam`, and `s3` for requests across accounts; AWS_FACTS I1–I6, I20):
 * 1. a matching Deny in any policy → ExplicitDeny;
 * 2. every `scp` entry (one OU level each) needs a matching Allow;
 * 3. within one account, role trust policies and KMS key policies must allow the caller (or delegate to the account)
 *    themselves;
 * 4. then `decideAccess`: the root user of the resource's account needs no Allow; within one account anyone else needs
 *    an Allow in an identity policy or a resource policy (union), and a boundary and a session policy, if present, must
 *    allow too, except for a resource-policy grant made directly to the caller's user / role-session / federated-user
 *    ARN or to `"*"` (not for sts:AssumeRole, which a boundary still limits). A grant that names only the account
 *    delegates to the account's IAM policies ("This delegates authority to the account"). Across accounts the caller's
 *    account (identity, boundary, session) and the resource policy must both allow.
 * Every "no Allow" outcome is ImplicitDeny.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
export function evaluatePolicies(policies: readonly ParsedPolicy[], request: IamRequest): Evaluation {
  const caller = parseCaller(request.principal);
  const resourceOwner = resourceOwnerOf(request, caller);
  const present = (kind: PolicyKind) => policies.some((policy) => policy.kind === kind);
  const notes: IamNote[] = [];
  const matched = matchingStatements(
    policies,
    {
      action: request.action,
      resource: request.resource,
      caller,
      lookup: contextLookup(request.context),
      callerHasBoundary: present("boundary"),
    },
    notes,
  );
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
  const boundary = allowsOf((ref) => ref.kind === "boundary");
  const session = allowsOf((ref) => ref.kind === "session");
  // A role trust policy that names the user still needs the user's boundary to allow sts:AssumeRole
  // (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-trust-policy.html).
  const assumesRole = /^sts:assumerole/i.test(request.action);
  const ownerAccount = resourceOwner ?? caller.account ?? "";
  const answer = decideAccess<IamStatementRef>({
    caller: accessCaller(caller, ownerAccount),
    resourceAccount: ownerAccount,
    identityAllows: identity,
    boundaryAllows: present("boundary") ? boundary : null,
    sessionAllows: present("session") ? session : null,
    grants: resource.map((ref): Grant<IamStatementRef> => ({ ref, ways: [WAYS[ref.principalMatch ?? "account"]] })),
    directGrantsLimited: assumesRole,
  });
  const { crossAccount } = answer;
  const unlimited =
    crossAccount || assumesRole
      ? []
      : grants.filter((ref) => ref.principalMatch === "direct" || ref.principalMatch === "wildcard");
  const isRoot = caller.type === "root";

  const trace = buildTrace(
    {
      denies,
      scpLevels,
      identity,
      resource: present("resource") ? resource : null,
      boundary: present("boundary") ? boundary : null,
      session: present("session") ? session : null,
      isRoot,
      unlimited,
    },
    notes,
  );

  const done = (decision: IamDecision, decidedBy: IamDecidedBy): Evaluation => ({
    decision,
    decidedBy,
    trace,
    crossAccount,
    resourceOwner,
  });
  if (denies.length > 0) return done("ExplicitDeny", { layer: "explicit-deny", statements: denies });
  const missingScp = scpLevels.find((level) => level.allows.length === 0);
  if (missingScp !== undefined)
    return done("ImplicitDeny", { layer: "scp", policyIndex: missingScp.index, statements: [] });
  const delegatedTo = delegated.length > 0 && (identity.length > 0 || isRoot);
  if (
    !crossAccount &&
    present("resource") &&
    needsResourcePolicyAllow(request.action) &&
    grants.length === 0 &&
    !delegatedTo
  ) {
    return done("ImplicitDeny", { layer: "resource", statements: delegated });
  }
  if (!answer.allowed) return done("ImplicitDeny", deniedBy(answer, delegated));
  if (answer.rootOfResourceAccount) return done("Allow", { layer: "allow", via: "root-user", statements: [] });
  if (isRoot) return done("Allow", { layer: "allow", via: "resource", statements: resource });
  if (crossAccount) {
    return done("Allow", { layer: "allow", via: "identity-and-resource", statements: [...identity, ...resource] });
  }
  if (unlimited.length > 0) {
    const direct = unlimited.filter((ref) => ref.principalMatch === "direct");
    const via = direct.length > 0 ? "resource-names-principal" : "resource-names-everyone";
    return done("Allow", { layer: "allow", via, statements: direct.length > 0 ? direct : unlimited });
  }
  const counted = grants.filter((ref) => answer.userGrants.includes(ref));
  const allowing = answer.identityAllows ? identity : [];
  const via = allowing.length === 0 ? "resource" : counted.length === 0 ? "identity" : "identity-and-resource";
  return done("Allow", { layer: "allow", via, statements: [...allowing, ...counted] });
}
