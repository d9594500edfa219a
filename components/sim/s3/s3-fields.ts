import type { SimMessageKey } from "@/lib/i18n/sim-messages";
import { BPA_FLAGS, CANNED_ACLS, OBJECT_OWNERSHIP, S3_ACTIONS } from "@/lib/sim/s3/types";
import type { FieldSpec } from "../model/field-codec";

/** A form field of the `s3` input: its path in the whole input, its kind and its label. */
export type S3Field = FieldSpec & { label: SimMessageKey };

/** The bucket: its owner, Object Ownership, policy and ACL (SIM_CONTRACT.md `s3`, Input). */
export const BUCKET_FIELDS: readonly S3Field[] = [
  { path: "bucket.name", kind: "text", required: true, label: "s3.name" },
  { path: "bucket.owner", kind: "text", required: true, label: "s3.owner" },
  {
    path: "bucket.objectOwnership",
    kind: "select",
    options: OBJECT_OWNERSHIP,
    required: true,
    label: "s3.objectOwnership",
  },
  { path: "bucket.policy", kind: "json", label: "s3.bucketPolicy" },
  { path: "bucket.acl", kind: "json", label: "s3.bucketAcl" },
  { path: "objects", kind: "json", label: "s3.objects" },
];

/** The four Block Public Access settings at one level. */
export function bpaFields(level: "account" | "bucket"): S3Field[] {
  return BPA_FLAGS.map((flag) => ({
    path: `bucket.blockPublicAccess.${level}.${flag}`,
    kind: "bool",
    label: `s3.flag.${flag}`,
  }));
}

/** The caller's fields for each caller type. */
export const CALLER_FIELDS: Readonly<Record<string, readonly S3Field[]>> = {
  anonymous: [],
  service: [{ path: "caller.service", kind: "text", required: true, label: "s3.service" }],
  principal: [
    { path: "caller.principal", kind: "text", required: true, label: "s3.principal" },
    { path: "caller.account", kind: "text", required: true, label: "s3.account" },
    { path: "caller.identityPolicies", kind: "json", label: "s3.identityPolicies" },
    { path: "caller.permissionsBoundary", kind: "json", label: "s3.boundary" },
  ],
};

export const REQUEST_FIELDS: readonly S3Field[] = [
  { path: "request.action", kind: "select", options: S3_ACTIONS, required: true, label: "s3.action" },
  { path: "request.key", kind: "text", label: "s3.key" },
  { path: "request.acl", kind: "select", options: CANNED_ACLS, label: "s3.acl" },
  { path: "request.grants", kind: "json", label: "s3.grants" },
  { path: "request.policy", kind: "json", label: "s3.policy" },
  { path: "request.context", kind: "json", label: "s3.context" },
];
