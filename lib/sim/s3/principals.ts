import type { GrantWay } from "../iam/access-decision";
import type { PrincipalEntry } from "../iam/policy-model";
import type { AclGrant, S3Caller } from "./types";

const ACCOUNT_ID = /^\d{12}$/;
const ROOT_ARN = /^arn:[^:]+:iam::(\d{12}):root$/;
const ROLE_ARN = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/;

/** The account an account principal names (`"111122223333"` or `arn:aws:iam::111122223333:root`), else null. */
function namedAccount(value: string): string | null {
  if (ACCOUNT_ID.test(value)) return value;
  return ROOT_ARN.exec(value)?.[1] ?? null;
}

function wayOf(entry: PrincipalEntry, caller: S3Caller): GrantWay | null {
  if (entry.type === "*") return "star";
  if (entry.type === "Service") return caller.type === "service" && caller.service === entry.value ? "service" : null;
  if (entry.type !== "AWS" || caller.type !== "principal") return null;
  const account = namedAccount(entry.value);
  if (account !== null) return account === caller.account ? "account" : null;
  if (entry.value === caller.arn) return "direct";
  const role = ROLE_ARN.exec(entry.value);
  return caller.kind === "session" && role?.[1] === caller.account && role[2] === caller.roleName ? "role" : null;
}

/**
 * Every way a bucket-policy `Principal` names the caller (SIM_CONTRACT.md `s3`, "Principal matching"): `star` for
 * `"*"` (everyone, anonymous callers and services included); `account` for an account id or its root ARN, which names
 * the root user and every IAM principal of the account ("does not limit permissions to only the root user"); `direct`
 * for the caller's own ARN; `role` for a role ARN, naming that role's sessions; `service` for a service principal.
 * `Federated` and `CanonicalUser` name no caller here. Empty when the statement does not apply to the caller.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
export function principalWays(entries: readonly PrincipalEntry[], caller: S3Caller): GrantWay[] {
  const ways = entries.map((entry) => wayOf(entry, caller)).filter((way): way is GrantWay => way !== null);
  return [...new Set(ways)];
}

/**
 * How an ACL grantee names the caller: an account grant names that account's root user and IAM principals
 * (`account`); `AllUsers` names everyone, signed or not, and services too (`star`); `AuthenticatedUsers` every signed
 * `principal` caller (`star`); `LogDelivery` no caller (S3-11). Null when the grantee is not the caller.
 * Source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#specifying-grantee
 */
export function granteeWay(grant: AclGrant, caller: S3Caller): GrantWay | null {
  const { grantee } = grant;
  if ("account" in grantee) {
    return caller.type === "principal" && caller.account === grantee.account ? "account" : null;
  }
  switch (grantee.group) {
    case "AllUsers":
      return "star";
    case "AuthenticatedUsers":
      return caller.type === "principal" ? "star" : null;
    case "LogDelivery":
      return null;
  }
}

/** A grant to `AllUsers` or `AuthenticatedUsers`: what makes an ACL public (S3-21). */
export function isPublicGrant(grant: AclGrant): boolean {
  return "group" in grant.grantee && grant.grantee.group !== "LogDelivery";
}

/** The caller's account, or null for anonymous and service callers (which have none). */
export function callerAccount(caller: S3Caller): string | null {
  return caller.type === "principal" ? caller.account : null;
}
