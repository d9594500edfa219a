import { inputProblem, parsePath, type InputProblem } from "../input-issue";
import { PolicyInputError } from "../iam/input-error";
import { parsePolicy } from "../iam/policy-parse";
import type { ParsedPolicy } from "../iam/policy-model";
import type { PolicyKind } from "../iam/types";
import type { S3InputShape } from "./schema";
import { actionOf, objectAction, takesAcl, needsAcl, needsExistingObject } from "./actions";
import type { BpaFlags, PolicyDocument, S3Caller, S3Object, S3Scenario } from "./types";
import { BPA_FLAGS } from "./types";

type Path = (string | number)[];
type Built<T> = { ok: true; value: T } | { ok: false; problem: InputProblem };

class ScenarioProblem extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.inputError);
  }
}

function attempt<T>(build: () => T): Built<T> {
  try {
    return { ok: true, value: build() };
  } catch (error) {
    if (error instanceof ScenarioProblem) return { ok: false, problem: error.problem };
    throw error;
  }
}

function fail(...args: Parameters<typeof inputProblem>): never {
  throw new ScenarioProblem(inputProblem(...args));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A statement's place: `Statement[j]`, or `Statement` when the policy gives one statement as an object. */
function statementPath(raw: Record<string, unknown>, index: number): Path {
  return Array.isArray(raw.Statement) ? ["Statement", index] : ["Statement"];
}

/**
 * A bucket policy may not use `NotPrincipal`, nor a wildcard inside a principal ARN (SIM_CONTRACT.md `s3`, "Principal
 * matching": both are input errors here).
 */
function checkPrincipals(raw: Record<string, unknown>, at: Path): void {
  const statements = Array.isArray(raw.Statement) ? raw.Statement : [raw.Statement];
  statements.forEach((statement, index) => {
    if (!isObject(statement)) return;
    const place = [...at, ...statementPath(raw, index)];
    if (statement.NotPrincipal !== undefined) {
      fail([...place, "NotPrincipal"], "notPrincipal", {}, "NotPrincipal is not part of the s3 vocabulary");
    }
    const principal = statement.Principal;
    if (!isObject(principal) || principal.AWS === undefined) return;
    const names = Array.isArray(principal.AWS) ? principal.AWS : [principal.AWS];
    names.forEach((name, nameIndex) => {
      if (typeof name !== "string" || name === "*" || !/[*?]/.test(name)) return;
      const where = Array.isArray(principal.AWS)
        ? [...place, "Principal", "AWS", nameIndex]
        : [...place, "Principal", "AWS"];
      fail(where, "principalWildcard", {}, `"${name}": a principal ARN may not contain a wildcard`);
    });
  });
}

/** Parses one policy with the `iam` grammar; its errors are re-rooted at `at`. */
function policyAt(
  document: unknown,
  kind: PolicyKind,
  at: Path,
): { raw: Record<string, unknown>; parsed: ParsedPolicy } {
  const prefix = ["policies", 0, "document"];
  try {
    const parsed = parsePolicy(document, kind, 0);
    const raw = (typeof document === "string" ? JSON.parse(document) : document) as Record<string, unknown>;
    return { raw, parsed };
  } catch (error) {
    if (!(error instanceof PolicyInputError)) throw error;
    const field = parsePath(error.field);
    const rooted = prefix.every((segment, i) => field[i] === segment);
    const path = [...at, ...(rooted ? field.slice(prefix.length) : [])];
    const params = error.code === "invalid" ? { detail: error.problem, ...error.params } : error.params;
    return fail(path, error.code, params, error.problem);
  }
}

function bucketPolicyAt(document: unknown, at: Path): PolicyDocument {
  const policy = policyAt(document, "resource", at);
  checkPrincipals(policy.raw, at);
  return policy;
}

function flags(level: Partial<Record<string, boolean>> | undefined): BpaFlags {
  return Object.fromEntries(BPA_FLAGS.map((flag) => [flag, level?.[flag] === true])) as BpaFlags;
}

const USER_ARN = /^arn:[^:]+:iam::(\d{12}):user\/(.+)$/;
const SESSION_ARN = /^arn:[^:]+:sts::(\d{12}):assumed-role\/([^/]+)\/([^/]+)$/;
const ROOT_ARN = /^arn:[^:]+:iam::(\d{12}):root$/;

/** An IAM user, a role session or the root user, read from its ARN; null for any other form. */
function principalCaller(arn: string): Extract<S3Caller, { type: "principal" }> | null {
  const root = ROOT_ARN.exec(arn);
  if (root?.[1] !== undefined) return { type: "principal", kind: "root", arn, account: root[1] };
  const user = USER_ARN.exec(arn);
  if (user?.[1] !== undefined && user[2] !== undefined && !user[2].split("/").includes("")) {
    return { type: "principal", kind: "user", arn, account: user[1] };
  }
  const session = SESSION_ARN.exec(arn);
  if (session?.[1] !== undefined && session[2] !== undefined) {
    return { type: "principal", kind: "session", arn, account: session[1], roleName: session[2] };
  }
  return null;
}

function buildCaller(shape: S3InputShape["caller"]): {
  caller: S3Caller;
  identityPolicies: ParsedPolicy[];
  boundary: ParsedPolicy | null;
} {
  if (shape.type !== "principal") return { caller: shape, identityPolicies: [], boundary: null };
  const caller = principalCaller(shape.principal);
  if (caller === null) {
    fail(["caller", "principal"], "callerArn", {}, "must be an IAM user, role session (assumed-role) or root ARN");
  }
  if (caller.account !== shape.account) {
    fail(
      ["caller", "account"],
      "accountMismatch",
      { account: caller.account },
      `must equal the ARN's account ${caller.account}`,
    );
  }
  const identity = shape.identityPolicies ?? [];
  if (caller.kind === "root" && identity.length > 0) {
    fail(["caller", "identityPolicies"], "rootPolicies", {}, "the root user has no identity policies");
  }
  if (caller.kind === "root" && shape.permissionsBoundary !== undefined) {
    fail(["caller", "permissionsBoundary"], "rootPolicies", {}, "the root user has no permissions boundary");
  }
  return {
    caller,
    identityPolicies: identity.map((doc, i) => ({
      ...policyAt(doc, "identity", ["caller", "identityPolicies", i]).parsed,
      index: i,
    })),
    boundary:
      shape.permissionsBoundary === undefined
        ? null
        : policyAt(shape.permissionsBoundary, "boundary", ["caller", "permissionsBoundary"]).parsed,
  };
}

function buildRequest(shape: S3InputShape, objects: ReadonlyMap<string, S3Object>): S3Scenario["request"] {
  const { request } = shape;
  const action = actionOf(request.action);
  if (action === null) {
    fail(
      ["request", "action"],
      "notOneOf",
      { value: request.action, expected: "the actions of the s3 table" },
      `unknown action "${request.action}" (not in the s3 table)`,
    );
  }
  const key = request.key ?? null;
  if (objectAction(action) && key === null) {
    fail(["request", "key"], "requiredForAction", { action }, `required for ${action}`);
  }
  if (needsExistingObject(action) && key !== null && !objects.has(key)) {
    fail(["request", "key"], "unknownObjectKey", { key }, `"${key}" is not a key of objects`);
  }
  if (request.acl !== undefined && request.grants !== undefined) {
    fail(["request", "grants"], "aclAndGrants", {}, "give acl or grants, not both");
  }
  const given = request.acl !== undefined ? "acl" : request.grants !== undefined ? "grants" : null;
  if (given !== null && !takesAcl(action)) {
    fail(["request", given], "aclNotTaken", { action }, `${action} takes no ACL`);
  }
  if (given === null && needsAcl(action)) {
    fail(["request", "acl"], "requiredForAction", { action }, `${action} needs acl or grants`);
  }
  if (action === "s3:PutBucketPolicy" && request.policy === undefined) {
    fail(["request", "policy"], "requiredForAction", { action }, `required for ${action}`);
  }
  const context = request.context ?? {};
  const derived = Object.keys(context).find((name) => name.toLowerCase() === "s3:x-amz-acl");
  if (derived !== undefined) {
    fail(
      ["request", "context", derived],
      "derivedContextKey",
      { key: derived },
      "is derived from request.acl; do not set it",
    );
  }
  return {
    action,
    key,
    acl: request.acl ?? null,
    grants: request.grants ?? null,
    policy: action === "s3:PutBucketPolicy" ? bucketPolicyAt(request.policy, ["request", "policy"]) : null,
    context: request.acl === undefined ? context : { ...context, "s3:x-amz-acl": request.acl },
  };
}

/**
 * Checks what the schema cannot (SIM_CONTRACT.md `s3`, Input errors) and parses the policies: the first problem is
 * returned as the contract's input error with its structured issue. An object without `owner` belongs to the bucket
 * owner.
 */
export function buildScenario(shape: S3InputShape): Built<S3Scenario> {
  return attempt(() => {
    const owner = shape.bucket.owner;
    const objects = new Map<string, S3Object>(
      Object.entries(shape.objects ?? {}).map(([key, object]) => [
        key,
        { owner: object.owner ?? owner, acl: object.acl ?? [] },
      ]),
    );
    const raw = shape.bucket.policy;
    const policy = raw === undefined || raw === null ? null : bucketPolicyAt(raw, ["bucket", "policy"]);
    const { caller, identityPolicies, boundary } = buildCaller(shape.caller);
    const request = buildRequest(shape, objects);
    const bpa = shape.bucket.blockPublicAccess;
    return {
      bucket: {
        name: shape.bucket.name,
        owner,
        objectOwnership: shape.bucket.objectOwnership,
        blockPublicAccess: { account: flags(bpa?.account), bucket: flags(bpa?.bucket) },
        policy,
        acl: shape.bucket.acl ?? [],
      },
      objects,
      caller,
      identityPolicies,
      boundary,
      request,
    };
  });
}

/** A bucket policy checked against the IAM grammar and the s3 principal rules, its errors placed at `at`. */
export function readBucketPolicy(document: unknown, at: Path): Built<PolicyDocument> {
  return attempt(() => bucketPolicyAt(document, at));
}
