import { parseCidr } from "../net";
import type { AclGrant, CannedAcl } from "./types";
import { isPublicGrant } from "./principals";

/**
 * Condition keys whose fixed values make an Allow statement non-public (S3-22, and `aws:PrincipalAccount` /
 * `aws:PrincipalArn` as "AWS principal" keys), lower-cased: key names are case-insensitive.
 */
const FIXING_KEYS = new Set(
  [
    "aws:SourceArn",
    "aws:SourceVpc",
    "aws:SourceVpce",
    "aws:SourceOwner",
    "aws:SourceAccount",
    "s3:x-amz-server-side-encryption-aws-kms-key-id",
    "aws:userid",
    "s3:DataAccessPointArn",
    "s3:DataAccessPointAccount",
    "aws:PrincipalOrgID",
    "aws:PrincipalAccount",
    "aws:PrincipalArn",
  ].map((key) => key.toLowerCase()),
);
const ACCESS_POINT_ARN = "s3:dataaccesspointarn";
/** Operator names are matched as the policy parser matches them, ignoring case. */
const FIXING_OPERATORS = new Set(
  ["StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike"].map((name) => name.toLowerCase()),
);
/** The widest `aws:SourceIp` ranges that still count as fixed: /8 for IPv4, /32 for IPv6 (S3-23). */
const NARROWEST_PUBLIC_PREFIX = { 4: 8, 6: 32 } as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** Free of `*`, `?` and policy variables. */
function isFixed(value: string): boolean {
  return value !== "" && !value.includes("*") && !value.includes("?") && !value.includes("${");
}

/** For `s3:DataAccessPointArn` only the account field of the ARN must be fixed (the access-point name may be `*`). */
function accessPointAccountFixed(value: string): boolean {
  const parts = value.split(":");
  return parts.length >= 6 && parts[0] === "arn" && isFixed(parts[4] ?? "");
}

function ipRestricts(values: readonly unknown[]): boolean {
  return values.every((value) => {
    const cidr = parseCidr(String(value));
    return cidr !== null && cidr.prefix >= NARROWEST_PUBLIC_PREFIX[cidr.family];
  });
}

/**
 * One `operator: {key: values}` entry restricts access to fixed values when it is `IpAddress` on `aws:SourceIp` with
 * ranges no broader than /8 (IPv4) or /32 (IPv6), or an exact or pattern string/ARN operator on one of the fixing keys
 * with every value free of wildcards and variables. Negated operators, `...IfExists` and set operators never restrict
 * (SIM_CONTRACT.md `s3`, "public policy" (b)).
 */
function entryRestricts(operator: string, key: string, values: readonly unknown[]): boolean {
  const [lowerOperator, lowerKey] = [operator.toLowerCase(), key.toLowerCase()];
  if (lowerOperator === "ipaddress" && lowerKey === "aws:sourceip") return ipRestricts(values);
  if (!FIXING_OPERATORS.has(lowerOperator) || !FIXING_KEYS.has(lowerKey)) return false;
  const test = lowerKey === ACCESS_POINT_ARN ? accessPointAccountFixed : isFixed;
  return values.every((value) => test(String(value)));
}

function conditionRestricts(condition: unknown): boolean {
  if (!isObject(condition)) return false;
  return Object.entries(condition).some(
    ([operator, keys]) =>
      isObject(keys) && Object.entries(keys).some(([key, values]) => entryRestricts(operator, key, list(values))),
  );
}

/**
 * (a) every value of the Principal is fixed: an `AWS` id or ARN other than `*`, a `Service` or a `CanonicalUser`.
 * `Federated` counts as public, as does `"*"`.
 */
function principalFixed(principal: unknown): boolean {
  if (!isObject(principal)) return false;
  return Object.entries(principal).every(([type, names]) => {
    if (type === "Service" || type === "CanonicalUser") return true;
    return type === "AWS" && list(names).every((name) => name !== "*");
  });
}

/**
 * The 0-based indexes of a policy's public `Allow` statements, ascending. S3 "starts by assuming the policy is
 * public": an Allow is non-public only if its Principal is fixed or one Condition entry restricts it to fixed values.
 * Deny statements never make a policy public; Action and Resource do not matter (S3-22, S3-23). `document` must
 * already be a valid bucket policy.
 * Source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
 */
export function publicStatements(document: Readonly<Record<string, unknown>>): number[] {
  const indexes: number[] = [];
  list(document.Statement).forEach((statement, index) => {
    if (!isObject(statement) || statement.Effect !== "Allow") return;
    if (principalFixed(statement.Principal) || conditionRestricts(statement.Condition)) return;
    indexes.push(index);
  });
  return indexes;
}

/** A public policy has at least one public Allow statement. */
export function isPublicPolicy(document: Readonly<Record<string, unknown>>): boolean {
  return publicStatements(document).length > 0;
}

/** The canned ACLs that grant something to AllUsers or AuthenticatedUsers (S3-21, acl-overview.html#canned-acl). */
const PUBLIC_CANNED: ReadonlySet<CannedAcl> = new Set(["public-read", "public-read-write", "authenticated-read"]);

/** A request's ACL is public when its canned ACL is, or one of its grants goes to AllUsers or AuthenticatedUsers. */
export function isPublicAcl(acl: { canned: CannedAcl | null; grants: readonly AclGrant[] | null }): boolean {
  if (acl.canned !== null) return PUBLIC_CANNED.has(acl.canned);
  return (acl.grants ?? []).some(isPublicGrant);
}
