import type { Localized } from "@/lib/i18n/localized";
import type { ParsedPolicy } from "../iam/policy-model";
import type { ContextValue } from "../iam/types";

export type { Localized } from "@/lib/i18n/localized";

/**
 * Object Ownership settings. Bucket owner enforced disables ACLs; Bucket owner preferred gives the bucket owner new
 * objects uploaded with `bucket-owner-full-control`; Object writer leaves objects with the writing account (S3-9).
 * Source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
 */
export const OBJECT_OWNERSHIP = ["BucketOwnerEnforced", "BucketOwnerPreferred", "ObjectWriter"] as const;
export type ObjectOwnership = (typeof OBJECT_OWNERSHIP)[number];

/**
 * The four Block Public Access settings (S3-15).
 * Source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 */
export const BPA_FLAGS = ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"] as const;
export type BpaFlag = (typeof BPA_FLAGS)[number];
export type BpaFlags = Record<BpaFlag, boolean>;

/** ACL permissions (S3-12). Source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html */
export const ACL_PERMISSIONS = ["READ", "WRITE", "READ_ACP", "WRITE_ACP", "FULL_CONTROL"] as const;
export type AclPermission = (typeof ACL_PERMISSIONS)[number];

/** The predefined ACL groups (S3-11). */
export const ACL_GROUPS = ["AllUsers", "AuthenticatedUsers", "LogDelivery"] as const;
export type AclGroup = (typeof ACL_GROUPS)[number];

/** Canned ACLs, sent in `x-amz-acl` (S3-13). Source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl */
export const CANNED_ACLS = [
  "private",
  "public-read",
  "public-read-write",
  "aws-exec-read",
  "authenticated-read",
  "bucket-owner-read",
  "bucket-owner-full-control",
  "log-delivery-write",
] as const;
export type CannedAcl = (typeof CANNED_ACLS)[number];

/** One ACL grant: an account or a predefined group, and a permission. */
export interface AclGrant {
  grantee: { account: string } | { group: AclGroup };
  permission: AclPermission;
}

/** The actions of the contract's table, by their canonical names. */
export const S3_ACTIONS = [
  "s3:ListBucket",
  "s3:GetBucketAcl",
  "s3:PutBucketAcl",
  "s3:GetBucketPolicy",
  "s3:PutBucketPolicy",
  "s3:DeleteBucketPolicy",
  "s3:PutObject",
  "s3:GetObject",
  "s3:GetObjectAcl",
  "s3:PutObjectAcl",
] as const;
export type S3Action = (typeof S3_ACTIONS)[number];

/**
 * Who sends the request. A `principal` is an IAM user, a role session or an account's root user; `roleName` is set for
 * a session (`arn:aws:sts::<id>:assumed-role/<role>/<session>`).
 */
export type S3Caller =
  | { type: "anonymous" }
  | { type: "service"; service: string }
  | { type: "principal"; kind: "user" | "session" | "root"; arn: string; account: string; roleName?: string };

/** A policy as given (`raw`, for the public-policy test) and as parsed for evaluation. */
export interface PolicyDocument {
  raw: Record<string, unknown>;
  parsed: ParsedPolicy;
}

/** An object of the bucket: its owner while ACLs are enabled (an account id or `"anonymous"`) and its ACL. */
export interface S3Object {
  owner: string;
  acl: AclGrant[];
}

/** The validated `s3` input (SIM_CONTRACT.md `s3`, Input). */
export interface S3Scenario {
  bucket: {
    name: string;
    /** O: the bucket owner's account. */
    owner: string;
    objectOwnership: ObjectOwnership;
    blockPublicAccess: { account: BpaFlags; bucket: BpaFlags };
    policy: PolicyDocument | null;
    acl: AclGrant[];
  };
  objects: ReadonlyMap<string, S3Object>;
  caller: S3Caller;
  identityPolicies: ParsedPolicy[];
  boundary: ParsedPolicy | null;
  request: {
    action: S3Action;
    key: string | null;
    acl: CannedAcl | null;
    grants: AclGrant[] | null;
    policy: PolicyDocument | null;
    /** The request context with the derived `s3:x-amz-acl` added. */
    context: Readonly<Record<string, ContextValue>>;
  };
}

/** Why a collected grant was set aside in step 2, in the order the reasons are tried. */
export const IGNORE_REASONS = ["AclsDisabled", "IgnorePublicAcls", "NotObjectOwner", "RestrictPublicBuckets"] as const;
export type IgnoreReason = (typeof IGNORE_REASONS)[number];

export type S3Decision = "Allow" | "ExplicitDeny" | "ImplicitDeny";

/** The contract's four rejections of an authorized request (Evaluation step 4). */
export type S3ErrorCode = "MethodNotAllowed" | "AccessDenied" | "AccessControlListNotSupported";
export type S3RejectedBy = "BucketOwnerAccountOnly" | "BlockPublicPolicy" | "ObjectOwnership" | "BlockPublicAcls";

/**
 * One step of the evaluation as the interface shows it: `step` names it; `refs` are the statements or grants it
 * looked at; `outcome` what it found.
 */
export interface S3TraceStep {
  step: "explicit-deny" | "root-policy-access" | "ignored" | "user-context" | "owner-context" | "rejection";
  outcome: "pass" | "fail" | "skipped";
  refs: string[];
  /** For `user-context`: `root`, `identity`, `grant` or the missing piece (`identity`, `boundary`); for `rejection`: the rule. */
  detail?: string;
}

/** The fields every result carries besides its decision or error. */
export interface S3Facts {
  resourceOwner: string;
  crossAccount: boolean;
  objectOwner: string | null;
  policyIsPublic: boolean;
  effectiveBlockPublicAccess: BpaFlags;
}

/** A decision (SIM_CONTRACT.md `s3`, Result). */
export interface S3DecisionResult extends S3Facts {
  [key: string]: unknown;
  decision: S3Decision;
  decidedBy: string[];
  ignored: { ref: string; reason: IgnoreReason }[];
  trace: S3TraceStep[];
  explanation: Localized;
}

/** A rejected request: authorized by its policies, then refused by one of step 4's rules. */
export interface S3ErrorResult extends S3Facts {
  [key: string]: unknown;
  error: S3ErrorCode;
  rejectedBy: S3RejectedBy;
  httpStatus: 400 | 403 | 405;
  /** What authorized the request before it was refused (step 3's `decidedBy`). */
  authorizedBy: string[];
  ignored: { ref: string; reason: IgnoreReason }[];
  trace: S3TraceStep[];
  explanation: Localized;
}

export type S3Result = S3DecisionResult | S3ErrorResult;
