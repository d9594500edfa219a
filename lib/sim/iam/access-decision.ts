/**
 * How a resource-policy grant names the caller (SIM_CONTRACT.md `s3`, "Principal matching"): `star` is `"*"`;
 * `account` an account id or its root ARN (a delegation to that account's IAM policies); `direct` the caller's own ARN;
 * `role` a role ARN naming its sessions; `service` a service principal; `federating-user` the ARN of the IAM user whose
 * federated-user session is calling, which a boundary and a session policy limit as they limit a role grant.
 */
export type GrantWay = "star" | "account" | "direct" | "role" | "service" | "federating-user";

/** A resource-policy Allow that matched the request and names the caller in one or more ways. */
export interface Grant<R> {
  ref: R;
  ways: readonly GrantWay[];
}

/** Who is asking: an IAM user or role session of an account, an account's root user, an anonymous caller or a service. */
export type AccessCaller =
  | { type: "principal"; account: string }
  | { type: "root"; account: string }
  | { type: "anonymous" }
  | { type: "service" };

/** The matching statements of every policy that takes part, as refs of the caller's choosing. */
export interface AccessQuestion<R> {
  caller: AccessCaller;
  /** R: the account that owns the resource and authorizes the request. */
  resourceAccount: string;
  identityAllows: readonly R[];
  /** The permissions boundary's matching Allows, or null when the caller has no boundary. */
  boundaryAllows: readonly R[] | null;
  /** The session policy's matching Allows, or null when there is none. */
  sessionAllows: readonly R[] | null;
  /** G: the resource owner's grants that name the caller. */
  grants: readonly Grant<R>[];
  /**
   * S3 only: bucket-policy statements kept for the user context of the bucket owner's own IAM principals when the
   * object belongs to another account (`NotObjectOwner`), with the bucket owner's account O.
   */
  userContextOnly?: { ownerAccount: string; grants: readonly Grant<R>[] };
  /**
   * True when even `direct` and `star` grants are limited by the boundary and session policy: a role trust policy
   * naming the user still needs the user's boundary to allow sts:AssumeRole.
   */
  directGrantsLimited?: boolean;
}

/** The first thing missing when the request is not allowed. */
export type AccessGap = "identity" | "boundary" | "session" | "resource";

/** The decision and the refs that carried it (SIM_CONTRACT.md `s3`, "Allow" and `decidedBy`). */
export interface AccessAnswer<R> {
  allowed: boolean;
  /** The caller's account ≠ the resource account; always true for anonymous and service callers. */
  crossAccount: boolean;
  /** The root user of the resource account, who needs no policy. */
  rootOfResourceAccount: boolean;
  /** idOK: an identity Allow, and the boundary and session policy (if any) allow too. */
  identityAllows: boolean;
  userContext: boolean;
  ownerContext: boolean;
  /** The grants counted for the user context: S(G) when C = R, or S(user-context-only statements) when C = O ≠ R. */
  userGrants: R[];
  /**
   * For Allow, in order and without duplicates: the identity and boundary (and session) Allows when idOK holds, then
   * `userGrants`, then all of G when C ≠ R; G alone for an anonymous, service or other account's root caller. [] for
   * a request that is not allowed and for the root user of R.
   */
  decidedBy: R[];
  /** Why a request is not allowed: the first missing piece, user context first. Null when allowed. */
  gap: AccessGap | null;
}

const UNLIMITED: ReadonlySet<GrantWay> = new Set(["direct", "star"]);
const LIMITED: ReadonlySet<GrantWay> = new Set(["role", "federating-user"]);

function unique<R>(refs: readonly R[]): R[] {
  return [...new Set(refs)];
}

/**
 * S(X): the grants in X that count for the caller's user context. A grant made directly to the caller (`direct`) or to
 * everyone (`star`) is not limited by a permissions boundary or session policy; one made to a role (or to the IAM user
 * who federated) counts only when the boundary and the session policy allow too.
 */
function countedGrants<R>(grants: readonly Grant<R>[], question: AccessQuestion<R>): R[] {
  const limitsAllow =
    (question.boundaryAllows === null || question.boundaryAllows.length > 0) &&
    (question.sessionAllows === null || question.sessionAllows.length > 0);
  const counts = (way: GrantWay) =>
    UNLIMITED.has(way) ? !question.directGrantsLimited || limitsAllow : LIMITED.has(way) && limitsAllow;
  return grants.filter((grant) => grant.ways.some(counts)).map((grant) => grant.ref);
}

function limitGap<R>(question: AccessQuestion<R>): "boundary" | "session" | null {
  if (question.boundaryAllows !== null && question.boundaryAllows.length === 0) return "boundary";
  if (question.sessionAllows !== null && question.sessionAllows.length === 0) return "session";
  return null;
}

/**
 * Why the user context fails: the boundary or session policy when an identity Allow or a grant to the caller exists
 * but they do not allow it, otherwise the missing identity Allow.
 */
function userContextGap<R>(question: AccessQuestion<R>, inScope: readonly Grant<R>[]): AccessGap {
  const namesCaller = inScope.some((grant) => grant.ways.some((way) => UNLIMITED.has(way) || LIMITED.has(way)));
  return (question.identityAllows.length > 0 || namesCaller ? limitGap(question) : null) ?? "identity";
}

/**
 * Whether the caller may act on a resource of account R, once no explicit Deny applies (SIM_CONTRACT.md `s3`,
 * Evaluation step 3; `iam` steps 3–5). The root user of R is allowed. The root user of another account, an anonymous
 * caller or a service is allowed when G is not empty. An IAM principal of account C needs both contexts:
 * - the user context: idOK, or S(G) ≠ ∅ with C = R, or S(user-context-only statements) ≠ ∅ with C = O ≠ R;
 * - the owner context: C = R, or G ≠ ∅ in any way. An `account` grant to C is a delegation, so C's principals still
 *   need idOK.
 * Within one account this is the union of identity and resource policies, with the boundary and session policy limiting
 * every grant but those made directly to the caller or to `"*"`; across accounts both the caller's account and the
 * resource policy must allow.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html ,
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-auth-workflow-bucket-operation.html
 */
export function decideAccess<R>(question: AccessQuestion<R>): AccessAnswer<R> {
  const { caller, resourceAccount, grants } = question;
  const grantRefs = grants.map((grant) => grant.ref);
  const callerAccount = caller.type === "principal" || caller.type === "root" ? caller.account : null;
  const crossAccount = callerAccount !== resourceAccount;
  const base = { crossAccount, rootOfResourceAccount: false, identityAllows: false, userGrants: [] as R[] };
  if (caller.type === "root" && !crossAccount) {
    return {
      ...base,
      allowed: true,
      rootOfResourceAccount: true,
      userContext: true,
      ownerContext: true,
      decidedBy: [],
      gap: null,
    };
  }
  if (caller.type !== "principal") {
    const allowed = grants.length > 0;
    return {
      ...base,
      allowed,
      userContext: allowed,
      ownerContext: allowed,
      decidedBy: allowed ? unique(grantRefs) : [],
      gap: allowed ? null : "resource",
    };
  }
  const identityAllows = question.identityAllows.length > 0 && limitGap(question) === null;
  const onlyForUser = question.userContextOnly;
  const inScope = !crossAccount
    ? grants
    : onlyForUser !== undefined && caller.account === onlyForUser.ownerAccount
      ? onlyForUser.grants
      : [];
  const userGrants = countedGrants(inScope, question);
  const userContext = identityAllows || userGrants.length > 0;
  const ownerContext = !crossAccount || grants.length > 0;
  const allowed = userContext && ownerContext;
  const identityRefs = identityAllows
    ? [...question.identityAllows, ...(question.boundaryAllows ?? []), ...(question.sessionAllows ?? [])]
    : [];
  return {
    ...base,
    allowed,
    identityAllows,
    userContext,
    ownerContext,
    userGrants,
    decidedBy: allowed ? unique([...identityRefs, ...userGrants, ...(crossAccount ? grantRefs : [])]) : [],
    gap: allowed ? null : !userContext ? userContextGap(question, inScope) : "resource",
  };
}
