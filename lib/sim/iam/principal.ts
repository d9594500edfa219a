import type { PrincipalEntry, PrincipalList } from "./policy-model";
import type { PrincipalMatchKind } from "./types";

/** The caller, read from its ARN. */
export interface Caller {
  arn: string;
  account: string | null;
  type: "user" | "role" | "assumed-role" | "federated-user" | "root" | "other";
  /** For an assumed-role session: the role's name (the session ARN carries no role path). */
  roleName?: string;
  /**
   * For a `federated-user/<name>` session: the ARN of the IAM user taken to have created it with GetFederationToken,
   * `arn:<partition>:iam::<account>:user/<name>`. The session ARN does not record its creator, so the model reads the
   * session as named after its user (SIM_CONTRACT.md `iam`: "A grant to an IAM user's ARN also applies to a
   * federated-user session that user created").
   */
  federatingUserArn?: string;
}

/**
 * Reads `arn:aws:iam::acct:user/…`, `…:role/…`, `arn:aws:sts::acct:assumed-role/<role>/<session>`,
 * `arn:aws:sts::acct:federated-user/<name>`, `…:root`.
 */
export function parseCaller(arn: string): Caller {
  const parts = arn.split(":");
  if (parts.length < 6 || parts[0] !== "arn") return { arn, account: null, type: "other" };
  const [service, account] = [parts[2], parts[4] ?? null];
  const resource = parts.slice(5).join(":");
  if (service === "iam" && resource === "root") return { arn, account, type: "root" };
  if (service === "iam" && resource.startsWith("user/")) return { arn, account, type: "user" };
  if (service === "iam" && resource.startsWith("role/")) return { arn, account, type: "role" };
  if (service === "sts" && resource.startsWith("federated-user/")) {
    const name = resource.slice("federated-user/".length);
    return name === "" || name.includes("/")
      ? { arn, account, type: "federated-user" }
      : { arn, account, type: "federated-user", federatingUserArn: `arn:${parts[1]}:iam::${account}:user/${name}` };
  }
  if (service === "sts" && resource.startsWith("assumed-role/")) {
    const roleName = resource.split("/")[1];
    return roleName ? { arn, account, type: "assumed-role", roleName } : { arn, account, type: "other" };
  }
  return { arn, account, type: "other" };
}

const ACCOUNT_ID = /^\d{12}$/;

/** The account an account principal names (`"111122223333"` or `arn:aws:iam::111122223333:root`), else null. */
function namedAccount(value: string): string | null {
  if (ACCOUNT_ID.test(value)) return value;
  const m = /^arn:[^:]+:iam::(\d{12}):root$/.exec(value);
  return m?.[1] ?? null;
}

/** Role ARN `arn:aws:iam::acct:role/path/name` → account and name (the last path segment). */
function roleOf(value: string): { account: string; name: string } | null {
  const m = /^arn:[^:]+:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(value);
  return m?.[1] !== undefined && m[2] !== undefined ? { account: m[1], name: m[2] } : null;
}

function sessionOfRole(entry: string, caller: Caller): boolean {
  const role = roleOf(entry);
  return (
    caller.type === "assumed-role" && role !== null && role.account === caller.account && role.name === caller.roleName
  );
}

/**
 * How one Principal entry matches the caller. A role ARN matches that role's sessions
 * (`arn:aws:sts::acct:assumed-role/<role>/<session>`); the ARN of the IAM user who federated matches its
 * `federated-user` session ("if a resource-based policy grants permission to the ARN of the IAM user who federated,
 * then requests made by the federated user during the session are limited by an implicit deny in a permission boundary
 * or session policy"); an account id or account root ARN matches every principal of that account ("does not limit
 * permissions to only the root user"); partial wildcards are not supported, so other names must be equal.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */
function matchEntry(entry: PrincipalEntry, caller: Caller): PrincipalMatchKind | null {
  if (entry.type === "*") return "wildcard";
  if (entry.type !== "AWS") return entry.value === caller.arn ? "exact" : null;
  const account = namedAccount(entry.value);
  if (account !== null) return account === caller.account ? "account" : null;
  if (entry.value === caller.arn) {
    return caller.type === "user" || caller.type === "assumed-role" || caller.type === "federated-user"
      ? "direct"
      : "exact";
  }
  if (caller.federatingUserArn !== undefined && entry.value === caller.federatingUserArn) return "federating-user";
  return sessionOfRole(entry.value, caller) ? "role" : null;
}

/**
 * When one statement names the caller in several ways, the way that grants the most decides ("A grant qualifies for
 * S(X) if any of the ways its Principal names the caller qualifies", SIM_CONTRACT.md `s3`): first the ways a boundary
 * does not limit, then the ways it limits, then a delegation to the account.
 */
const STRENGTH: readonly PrincipalMatchKind[] = ["direct", "wildcard", "exact", "role", "federating-user", "account"];

/** Each identity the caller acts as: its own ARN, its role (for a session), and its account. */
function identitiesListed(entries: readonly PrincipalEntry[], caller: Caller): boolean {
  const listed = (test: (entry: PrincipalEntry) => boolean) =>
    entries.some((entry) => entry.type === "*" || test(entry));
  const self = listed((entry) => entry.type !== "*" && entry.value === caller.arn);
  const account =
    caller.account === null || listed((entry) => entry.type === "AWS" && namedAccount(entry.value) === caller.account);
  const role =
    caller.type !== "assumed-role" || listed((entry) => entry.type === "AWS" && sessionOfRole(entry.value, caller));
  return (caller.type === "root" || self) && account && role;
}

/**
 * Matches a statement's Principal or NotPrincipal. Returns how the caller matched, or null when the statement does
 * not apply to the caller.
 *
 * NotPrincipal: the statement applies unless *every* identity the caller is evaluated as is listed: AWS "might
 * validate the account first, then the role, and then the assumed-role user", so a NotPrincipal that omits the account
 * (or the role) still covers the caller. And a Deny with NotPrincipal always applies to a caller that has a
 * permissions boundary. Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 */
export function matchPrincipals(
  principals: PrincipalList,
  caller: Caller,
  options: { deny: boolean; callerHasBoundary: boolean },
): PrincipalMatchKind | null {
  if (principals.negated) {
    if (options.deny && options.callerHasBoundary) return "not-principal";
    return identitiesListed(principals.entries, caller) ? null : "not-principal";
  }
  const kinds = principals.entries.map((entry) => matchEntry(entry, caller));
  return STRENGTH.find((kind) => kinds.includes(kind)) ?? null;
}
