import { parseConditionBlock } from "./condition-parse";
import { PolicyInputError } from "./input-error";
import type { ParsedPolicy, ParsedStatement, PatternList, PrincipalEntry, PrincipalList } from "./policy-model";
import { parsePattern } from "./pattern";
import type { PolicyKind } from "./types";

/**
 * Policy language versions. Variables such as `${aws:username}` work only with "2012-10-17"; with "2008-10-17" or
 * no Version they are literal text. Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_version.html
 */
export const POLICY_VERSIONS = ["2012-10-17", "2008-10-17"] as const;

const DOCUMENT_KEYS = new Set(["Version", "Id", "Statement"]);
const STATEMENT_KEYS = new Set([
  "Sid",
  "Effect",
  "Principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "NotResource",
  "Condition",
]);
const PRINCIPAL_TYPES = new Set(["AWS", "Service", "Federated", "CanonicalUser"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, path: string): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  if (list.length === 0) throw new PolicyInputError(path, "must not be an empty list", "tooFewItems", { minimum: 1 });
  return list.map((item, index) => {
    if (typeof item === "string" && item !== "") return item;
    throw new PolicyInputError(
      Array.isArray(value) ? `${path}[${index}]` : path,
      "must be a non-empty string",
      "emptyString",
    );
  });
}

/** Exactly one of `name` / `Not<name>` (or neither, when `optional`). */
function pick(statement: Record<string, unknown>, name: string, path: string, optional: boolean) {
  const plain = statement[name];
  const negated = statement[`Not${name}`];
  if (plain !== undefined && negated !== undefined) {
    throw new PolicyInputError(path, `has both ${name} and Not${name}; use only one`, "iamBothElements", {
      name,
      notName: `Not${name}`,
    });
  }
  if (plain === undefined && negated === undefined) {
    if (optional) return null;
    throw new PolicyInputError(`${path}.${name}`, `required (${name} or Not${name})`, "iamElementRequired", {
      name,
      notName: `Not${name}`,
    });
  }
  return plain !== undefined
    ? { negated: false, value: plain, path: `${path}.${name}` }
    : { negated: true, value: negated, path: `${path}.Not${name}` };
}

function parseActions(statement: Record<string, unknown>, path: string): PatternList {
  const picked = pick(statement, "Action", path, false);
  if (picked === null) throw new PolicyInputError(`${path}.Action`, "required", "required");
  const patterns = stringList(picked.value, picked.path).map((action, index) => {
    if (action !== "*" && !action.includes(":")) {
      const at = Array.isArray(picked.value) ? `${picked.path}[${index}]` : picked.path;
      throw new PolicyInputError(at, `"${action}" is not "*" or service:action`, "iamActionPattern", { value: action });
    }
    return parsePattern(action, { wildcards: true, variables: false });
  });
  return { negated: picked.negated, patterns };
}

function parseResources(statement: Record<string, unknown>, path: string, kind: PolicyKind, variables: boolean) {
  const picked = pick(statement, "Resource", path, kind === "resource");
  if (picked === null) return null;
  const patterns = stringList(picked.value, picked.path).map((text, index) => {
    // IAM refuses a policy whose resource is neither "*" nor an ARN ("must be in ARN format or *").
    if (!/^(\*|arn:)/.test(text)) {
      const at = Array.isArray(picked.value) ? `${picked.path}[${index}]` : picked.path;
      throw new PolicyInputError(at, `"${text}" is not an ARN or "*"`, "iamResourcePattern", { value: text });
    }
    return parsePattern(text, { wildcards: true, variables });
  });
  return { negated: picked.negated, patterns };
}

function parsePrincipalValue(value: unknown, path: string): PrincipalEntry[] {
  if (value === "*") return [{ type: "*" }];
  if (!isPlainObject(value) || Object.keys(value).length === 0) {
    throw new PolicyInputError(
      path,
      `must be "*" or an object such as {"AWS": "<ARN or account id>"}`,
      "iamPrincipalShape",
    );
  }
  const entries: PrincipalEntry[] = [];
  for (const [type, names] of Object.entries(value)) {
    if (!PRINCIPAL_TYPES.has(type)) {
      throw new PolicyInputError(
        `${path}.${type}`,
        "unknown principal type (AWS, Service, Federated, CanonicalUser)",
        "iamPrincipalType",
        { value: type },
      );
    }
    for (const name of stringList(names, `${path}.${type}`)) {
      entries.push(type === "AWS" && name === "*" ? { type: "*" } : { type: type as "AWS", value: name });
    }
  }
  return entries;
}

function parsePrincipals(statement: Record<string, unknown>, path: string, kind: PolicyKind): PrincipalList | null {
  if (kind !== "resource") {
    const present = ["Principal", "NotPrincipal"].find((name) => statement[name] !== undefined);
    if (present !== undefined) {
      throw new PolicyInputError(
        `${path}.${present}`,
        `not allowed in ${kind} policies (only resource-based policies name principals)`,
        "iamPrincipalNotAllowed",
      );
    }
    return null;
  }
  const picked = pick(statement, "Principal", path, false);
  if (picked === null) throw new PolicyInputError(`${path}.Principal`, "required", "required");
  return { negated: picked.negated, entries: parsePrincipalValue(picked.value, picked.path) };
}

function parseStatement(
  raw: unknown,
  index: number,
  path: string,
  kind: PolicyKind,
  variables: boolean,
): ParsedStatement {
  if (!isPlainObject(raw)) throw new PolicyInputError(path, "must be an object", "wrongType", { expected: "object" });
  for (const key of Object.keys(raw)) {
    if (!STATEMENT_KEYS.has(key))
      throw new PolicyInputError(`${path}.${key}`, "unknown policy element", "iamUnknownElement");
  }
  const { Sid: sid, Effect: effect } = raw;
  if (sid !== undefined && typeof sid !== "string")
    throw new PolicyInputError(`${path}.Sid`, "must be a string", "wrongType", { expected: "string" });
  if (effect === undefined) throw new PolicyInputError(`${path}.Effect`, "required", "required");
  if (effect !== "Allow" && effect !== "Deny") {
    throw new PolicyInputError(
      `${path}.Effect`,
      `must be "Allow" or "Deny", not ${JSON.stringify(effect)}`,
      "notOneOf",
      { value: JSON.stringify(effect) ?? String(effect), expected: "Allow, Deny" },
    );
  }
  const statement: ParsedStatement = {
    index,
    effect,
    principals: parsePrincipals(raw, path, kind),
    actions: parseActions(raw, path),
    resources: parseResources(raw, path, kind, variables),
    conditions: raw.Condition === undefined ? [] : parseConditionBlock(raw.Condition, variables, `${path}.Condition`),
  };
  if (sid !== undefined) statement.sid = sid;
  return statement;
}

function documentObject(document: unknown, path: string): Record<string, unknown> {
  let value = document;
  if (typeof document === "string") {
    try {
      value = JSON.parse(document) as unknown;
    } catch {
      throw new PolicyInputError(path, "not valid JSON", "iamJson");
    }
  }
  if (!isPlainObject(value))
    throw new PolicyInputError(path, "must be an IAM policy JSON object", "wrongType", { expected: "object" });
  return value;
}

/**
 * Validates one policy document against the IAM JSON policy grammar and prepares it for evaluation.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * @throws PolicyInputError naming the field (caught by the simulator boundary)
 */
export function parsePolicy(document: unknown, kind: PolicyKind, index: number): ParsedPolicy {
  const path = `policies[${index}].document`;
  if (document === undefined) throw new PolicyInputError(path, "required", "required");
  const doc = documentObject(document, path);
  for (const key of Object.keys(doc)) {
    if (!DOCUMENT_KEYS.has(key))
      throw new PolicyInputError(`${path}.${key}`, "unknown policy element", "iamUnknownElement");
  }
  const version = doc.Version;
  if (version !== undefined && !POLICY_VERSIONS.some((known) => known === version)) {
    throw new PolicyInputError(
      `${path}.Version`,
      `must be "2012-10-17" or "2008-10-17", not ${JSON.stringify(version)}`,
      "notOneOf",
      { value: JSON.stringify(version) ?? String(version), expected: POLICY_VERSIONS.join(", ") },
    );
  }
  if (doc.Id !== undefined && typeof doc.Id !== "string")
    throw new PolicyInputError(`${path}.Id`, "must be a string", "wrongType", { expected: "string" });
  const raw = doc.Statement;
  if (raw === undefined) throw new PolicyInputError(`${path}.Statement`, "required", "required");
  const variables = version === "2012-10-17";
  const statements = Array.isArray(raw)
    ? (raw as unknown[]).map((item, i) => parseStatement(item, i, `${path}.Statement[${i}]`, kind, variables))
    : [parseStatement(raw, 0, `${path}.Statement`, kind, variables)];
  return { index, kind, statements };
}
