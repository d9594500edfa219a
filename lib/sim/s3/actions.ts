import type { AclPermission, S3Action } from "./types";
import { S3_ACTIONS } from "./types";

/** Which ACL, and which of its permissions, grants each action; null for the bucket-policy actions (policy only). */
interface ActionRow {
  acl: { on: "bucket" | "object"; permission: AclPermission } | null;
  /** The resource is `arn:aws:s3:::<name>/<key>` and the request needs `key`. */
  object: boolean;
}

/**
 * The contract's action table: the resource each action acts on and the ACL permission that grants it. Bucket ACL
 * READ = ListBucket, WRITE = PutObject, READ_ACP = GetBucketAcl, WRITE_ACP = PutBucketAcl; object ACL READ =
 * GetObject, READ_ACP = GetObjectAcl, WRITE_ACP = PutObjectAcl; FULL_CONTROL grants all of them (S3-12, S3-30).
 * Source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#acl-access-policy-permission-mapping
 */
const TABLE: Readonly<Record<S3Action, ActionRow>> = {
  "s3:ListBucket": { acl: { on: "bucket", permission: "READ" }, object: false },
  "s3:GetBucketAcl": { acl: { on: "bucket", permission: "READ_ACP" }, object: false },
  "s3:PutBucketAcl": { acl: { on: "bucket", permission: "WRITE_ACP" }, object: false },
  "s3:GetBucketPolicy": { acl: null, object: false },
  "s3:PutBucketPolicy": { acl: null, object: false },
  "s3:DeleteBucketPolicy": { acl: null, object: false },
  "s3:PutObject": { acl: { on: "bucket", permission: "WRITE" }, object: true },
  "s3:GetObject": { acl: { on: "object", permission: "READ" }, object: true },
  "s3:GetObjectAcl": { acl: { on: "object", permission: "READ_ACP" }, object: true },
  "s3:PutObjectAcl": { acl: { on: "object", permission: "WRITE_ACP" }, object: true },
};

const BY_LOWER = new Map(S3_ACTIONS.map((action) => [action.toLowerCase(), action]));

/** The canonical name of an action of the table, matched case-insensitively (AWS_FACTS I7); null if not in it. */
export function actionOf(text: string): S3Action | null {
  return BY_LOWER.get(text.toLowerCase()) ?? null;
}

/** Acts on an object (`bucket/key`) rather than on the bucket. */
export function objectAction(action: S3Action): boolean {
  return TABLE[action].object;
}

/**
 * GetObject, GetObjectAcl and PutObjectAcl act on an existing object, which its effective owner authorizes; every
 * other action is authorized by the bucket owner.
 */
export function needsExistingObject(action: S3Action): boolean {
  return TABLE[action].acl?.on === "object";
}

/** The ACL consulted for the action and the permission that grants it. */
export function aclRule(action: S3Action): ActionRow["acl"] {
  return TABLE[action].acl;
}

/** Whether a permission in an ACL grants the action: the listed one, or FULL_CONTROL. */
export function permissionCovers(permission: AclPermission, action: S3Action): boolean {
  const rule = TABLE[action].acl;
  return rule !== null && (permission === "FULL_CONTROL" || permission === rule.permission);
}

/** PutObject may carry an ACL; PutObjectAcl and PutBucketAcl must. */
export function takesAcl(action: S3Action): boolean {
  return action === "s3:PutObject" || needsAcl(action);
}

export function needsAcl(action: S3Action): boolean {
  return action === "s3:PutObjectAcl" || action === "s3:PutBucketAcl";
}

/** GetBucketPolicy, PutBucketPolicy and DeleteBucketPolicy: only the bucket owner's account may call them (S3-25). */
export function isBucketPolicyAction(action: S3Action): boolean {
  return action === "s3:GetBucketPolicy" || action === "s3:PutBucketPolicy" || action === "s3:DeleteBucketPolicy";
}
