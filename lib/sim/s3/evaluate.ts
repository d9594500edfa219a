import { decideAccess, type AccessAnswer, type AccessCaller, type Grant, type GrantWay } from "../iam/access-decision";
import { contextLookup } from "../iam/context";
import type { ParsedPolicy } from "../iam/policy-model";
import { matchStatement, type MatchRequest } from "../iam/statement-match";
import { aclRule, isBucketPolicyAction, needsExistingObject, objectAction, permissionCovers } from "./actions";
import { callerAccount, granteeWay, isPublicGrant, principalWays } from "./principals";
import { isPublicPolicy } from "./public-policy";
import { canonical, refText } from "./refs";
import { rejection, type Rejection } from "./rejections";
import type { BpaFlags, IgnoreReason, S3Facts, S3Scenario } from "./types";
import { BPA_FLAGS } from "./types";

/** A collected grant: a bucket-policy Allow or an ACL grant that names the caller and covers the action. */
interface Collected extends Grant<string> {
  source: "bucketPolicy" | "acl";
  public: boolean;
}

/** Everything the evaluation found, for the result and its explanation. */
export interface Evaluation extends S3Facts {
  denies: string[];
  /** The bucket owner's root user calling a bucket-policy API: the bucket policy is not evaluated (S3-26). */
  rootPolicyAccess: boolean;
  ignored: { ref: string; reason: IgnoreReason }[];
  /** G: the resource owner's grants that remain. */
  grants: string[];
  /** Bucket-policy statements kept for the user context of the bucket owner's IAM principals (`NotObjectOwner`). */
  userContextOnly: string[];
  answer: AccessAnswer<string>;
  /** idOK's refs: the matching identity and boundary Allows when idOK holds, else []. */
  identityRefs: string[];
  /** Step 3's refs when allowed, else []. */
  allowedBy: string[];
  rejection: Rejection | null;
}

/** The most restrictive combination of the account and bucket settings: a flag is on if either level sets it (S3-15). */
export function effectiveFlags(levels: S3Scenario["bucket"]["blockPublicAccess"]): BpaFlags {
  return Object.fromEntries(BPA_FLAGS.map((flag) => [flag, levels.account[flag] || levels.bucket[flag]])) as BpaFlags;
}

function matching(policy: ParsedPolicy, request: MatchRequest, ref: (index: number) => string) {
  return policy.statements
    .filter((statement) => matchStatement(statement, request).matches)
    .map((statement) => ({ ref: ref(statement.index), effect: statement.effect }));
}

function accessCaller(caller: S3Scenario["caller"]): AccessCaller {
  if (caller.type !== "principal") return caller.type === "service" ? { type: "service" } : { type: "anonymous" };
  return { type: caller.kind === "root" ? "root" : "principal", account: caller.account };
}

/** The owner of the object a PutObject writes (S3-9): O when enforced, or preferred with bucket-owner-full-control. */
function writtenObjectOwner(scenario: S3Scenario): string | null {
  const { bucket, caller, request } = scenario;
  if (bucket.objectOwnership === "BucketOwnerEnforced") return bucket.owner;
  if (bucket.objectOwnership === "BucketOwnerPreferred" && request.acl === "bucket-owner-full-control") {
    return bucket.owner;
  }
  return caller.type === "anonymous" ? "anonymous" : callerAccount(caller);
}

/**
 * SIM_CONTRACT.md `s3`, Evaluation steps 1–4: explicit Denies in the identity policies, boundary and bucket policy
 * (the bucket owner's Denies cover every object, S3-7); the resource owner's grants from the bucket policy and the
 * ACL, less those that Object Ownership, IgnorePublicAcls, object ownership (S3-8) or RestrictPublicBuckets set aside;
 * the user and owner contexts through `decideAccess`; then the rejections of an authorized request.
 */
export function evaluate(scenario: S3Scenario): Evaluation {
  const { bucket, caller, request } = scenario;
  const owner = bucket.owner;
  const action = request.action;
  const flags = effectiveFlags(bucket.blockPublicAccess);
  const object = request.key === null ? undefined : scenario.objects.get(request.key);
  const enforced = bucket.objectOwnership === "BucketOwnerEnforced";
  const existing = needsExistingObject(action);
  const objectOwner = existing ? (enforced ? owner : (object?.owner ?? owner)) : null;
  const resourceOwner = existing && objectOwner !== null ? objectOwner : owner;
  const resource = `arn:aws:s3:::${bucket.name}${objectAction(action) ? `/${request.key ?? ""}` : ""}`;
  const matchRequest: MatchRequest = {
    action,
    resource,
    caller: { arn: caller.type === "principal" ? caller.arn : "", account: callerAccount(caller), type: "other" },
    lookup: contextLookup(request.context),
    callerHasBoundary: scenario.boundary !== null,
  };
  const ownAccount = caller.type === "principal" && caller.account === owner;
  const rootPolicyAccess =
    ownAccount && caller.type === "principal" && caller.kind === "root" && isBucketPolicyAction(action);

  const identity = scenario.identityPolicies.flatMap((policy) =>
    matching(policy, matchRequest, (j) => refText("identity", j, policy.index)),
  );
  const boundary =
    scenario.boundary === null ? null : matching(scenario.boundary, matchRequest, (j) => refText("boundary", j));
  const statements = rootPolicyAccess || bucket.policy === null ? [] : bucket.policy.parsed.statements;
  const policyMatches = statements.flatMap((statement) => {
    const ways = principalWays(statement.principals?.entries ?? [], caller);
    if (ways.length === 0 || !matchStatement({ ...statement, principals: null }, matchRequest).matches) return [];
    return [{ ref: refText("bucketPolicy", statement.index), effect: statement.effect, ways }];
  });
  const denies = canonical(
    [...identity, ...(boundary ?? []), ...policyMatches].filter((m) => m.effect === "Deny").map((m) => m.ref),
  );

  const rule = aclRule(action);
  const acl = rule === null ? [] : rule.on === "bucket" ? bucket.acl : (object?.acl ?? []);
  const collected: Collected[] = [
    ...policyMatches
      .filter((m) => m.effect === "Allow")
      .map((m): Collected => ({ ref: m.ref, ways: m.ways, source: "bucketPolicy", public: false })),
    ...acl.flatMap((grant, k): Collected[] => {
      const way = granteeWay(grant, caller);
      if (way === null || !permissionCovers(grant.permission, action)) return [];
      const ref = refText(rule?.on === "object" ? "objectAcl" : "bucketAcl", k);
      return [{ ref, ways: [way], source: "acl", public: isPublicGrant(grant) }];
    }),
  ];
  const policyIsPublic = bucket.policy !== null && isPublicPolicy(bucket.policy.raw);
  const keptForOwnUsers = ownAccount && caller.type === "principal" && caller.kind !== "root";
  const ignored: Evaluation["ignored"] = [];
  const kept: Collected[] = [];
  const userOnly: Collected[] = [];
  for (const grant of collected) {
    const reason = ((): IgnoreReason | "userContextOnly" | null => {
      if (grant.source === "acl") {
        if (enforced) return "AclsDisabled";
        return flags.IgnorePublicAcls && grant.public ? "IgnorePublicAcls" : null;
      }
      if (existing && resourceOwner !== owner) return keptForOwnUsers ? "userContextOnly" : "NotObjectOwner";
      const trusted = ownAccount || caller.type === "service";
      return flags.RestrictPublicBuckets && policyIsPublic && !trusted ? "RestrictPublicBuckets" : null;
    })();
    if (reason === null) kept.push(grant);
    else if (reason === "userContextOnly") userOnly.push(grant);
    else ignored.push({ ref: grant.ref, reason });
  }

  const identityAllows = identity.filter((m) => m.effect === "Allow").map((m) => m.ref);
  const boundaryAllows = boundary === null ? null : boundary.filter((m) => m.effect === "Allow").map((m) => m.ref);
  const answer = decideAccess<string>({
    caller: accessCaller(caller),
    resourceAccount: resourceOwner,
    identityAllows,
    boundaryAllows,
    sessionAllows: null,
    grants: kept,
    ...(userOnly.length > 0 ? { userContextOnly: { ownerAccount: owner, grants: userOnly } } : {}),
  });
  const allowed = denies.length === 0 && (rootPolicyAccess || answer.allowed);
  const allowedBy = !allowed
    ? []
    : rootPolicyAccess
      ? ["bucketOwnerRootPolicyAccess"]
      : answer.rootOfResourceAccount
        ? ["rootUser"]
        : canonical(answer.decidedBy);
  const order = new Map(canonical(ignored.map((entry) => entry.ref)).map((ref, i) => [ref, i]));
  return {
    resourceOwner,
    crossAccount: callerAccount(caller) !== resourceOwner,
    objectOwner: action === "s3:PutObject" ? writtenObjectOwner(scenario) : objectOwner,
    policyIsPublic,
    effectiveBlockPublicAccess: flags,
    denies,
    rootPolicyAccess,
    ignored: ignored.sort((a, b) => (order.get(a.ref) ?? 0) - (order.get(b.ref) ?? 0)),
    grants: canonical(kept.map((grant) => grant.ref)),
    userContextOnly: canonical(userOnly.map((grant) => grant.ref)),
    answer,
    identityRefs: answer.identityAllows ? [...identityAllows, ...(boundaryAllows ?? [])] : [],
    allowedBy,
    rejection: allowed ? rejection(scenario, flags, ownAccount) : null,
  };
}

export type { GrantWay };
