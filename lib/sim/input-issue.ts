import type { z } from "zod";

/**
 * Why an input does not fit a simulator's vocabulary, as a code the interface words in the learner's language
 * (lib/i18n/sim-messages `issue.<code>`). The contract's one-line English `inputError` stays beside it for the CLI.
 * Generic codes come from zod's checks; the others from a simulator's own rules.
 */
export const INPUT_ISSUE_CODES = [
  // Any field
  "required",
  "unknownField",
  "wrongType", // {expected}: number, string, boolean, object, array, int
  "tooSmall", // {minimum}
  "tooBig", // {maximum}
  "tooShort", // {minimum} characters
  "tooLong", // {maximum} characters
  "tooFewItems", // {minimum}
  "tooManyItems", // {maximum}
  "notOneOf", // {value, expected}
  "badShape",
  "badFormat", // {format}
  "invalid", // {detail}: a problem without a code of its own (English detail)
  // Shared by several simulators
  "unknownQuery", // {name, expected}
  "noQueries",
  "simulatorUnavailable", // {name}
  "duplicateId", // {id}
  "unknownGroup", // {id}
  "notIp",
  "notCidr",
  // sg
  "sgId",
  "protocol",
  "requiredForProtocol", // {protocol}
  "portOrder",
  "icmpTypeRange",
  "icmpCodeRange",
  "prefixList",
  "notCidrOrGroup",
  "duplicateRuleNumber", // {rule}
  "notPeer",
  "requiredForDirection", // {direction}
  "oneProtocol",
  "requiredForReply",
  // ebs, ec2, efs
  "azName",
  "regionName",
  "sizeOrSnapshot",
  "dangling", // {kind, index, created}
  "ramForHibernation", // {instanceType}
  "azForOneZone",
  "nfsVersion",
  // elb-asg
  "matcher",
  "albProtocol",
  "nlbLambda",
  "idOrName",
  "duplicateInstance", // {id}
  "duplicateTarget", // {id}
  "needsAsg", // {op}
  "unknownTarget", // {id}
  "unknownInstance", // {id}
  "azToRegister", // {id}
  // iam
  "actionFormat",
  "accountId",
  "emptyString",
  "iamBothElements", // {name}
  "iamElementRequired", // {name}
  "iamActionPattern", // {value}
  "iamResourcePattern", // {value}
  "iamPrincipalShape",
  "iamPrincipalType", // {value}
  "iamPrincipalNotAllowed",
  "iamUnknownElement",
  "iamJson",
  "iamSetOperator", // {value}
  "iamConditionOperator", // {value}
  "iamNullModifier",
  "iamConditionValue", // {value, kind}: number, date, boolean, ip
  "iamConditionValueType",
  "iamConditionBlock",
  "iamConditionKeys",
  // s3 (also accountId)
  "callerArn",
  "accountMismatch", // {account}
  "rootPolicies",
  "aclAndGrants",
  "aclNotTaken", // {action}
  "requiredForAction", // {action}
  "unknownObjectKey", // {key}
  "derivedContextKey", // {key}
  "notPrincipal",
  "principalWildcard",
  // vpc
  "notIpv4",
  "ipv4Only",
  "unknownReference", // {id}
  "subnetOutsideVpc", // {id}
  "subnetOverlap", // {id}
  "noMainRouteTable", // {id}
  "twoMainRouteTables", // {id}
  "otherVpc", // {id}
  "duplicateRoute", // {value}
  "localRoute",
  "routeDestination",
  "routeTarget",
  "peeringNotJoined", // {id}
  "samePeeringVpc",
  "tgwNotAttached", // {id}
  "endpointRoute", // {id}
  "middleboxRoute",
  "prefixListTie", // {id}
  "elasticIpRequired",
  "elasticIpForbidden",
  "ipOutsideSubnet", // {id}
  "duplicateAddress", // {value}
  "publicAndElasticIp",
  "twoInternetGateways", // {id}
  "flowInsideVpc",
  "noPublicIp", // {id}
  "noServiceAddress", // {name, value}
  "unassignedAddress",
  "natAddress", // {id}
  "internetToInstance",
  "sameEnds",
  "tgwOutsideAttachment", // {id}
  // route53
  "wildcardName",
  "requiredForRouting", // {routing}
  "notForRouting", // {routing}
  "geoLocation",
  "healthCheckShape",
  "unknownHealthCheck", // {id}
  "nestedCalculatedCheck", // {id}
  "aliasShape",
  "requiredForService", // {service}
  "notForService", // {service}
  "healthyAboveRegistered",
  "aliasLoop",
  "aliasChainTooDeep", // {maximum}
  "unknownCidrCollection", // {collection}
  "unknownCidrLocation", // {collection, location}
  "missingLatency", // {region}
  "missingDistance", // {region}
  "unitInterval",
] as const;
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

export type InputIssueParams = Record<string, string | number>;

/** One input problem: where (the input's path, list indexes 0-based), what (a code) and its details. */
export interface InputIssue {
  path: (string | number)[];
  code: InputIssueCode;
  params: InputIssueParams;
}

/** An input error as a simulator returns it: the contract's English line and the structured issue. */
export interface InputProblem {
  inputError: string;
  issue: InputIssue;
}

export function isInputIssueCode(value: unknown): value is InputIssueCode {
  return typeof value === "string" && (INPUT_ISSUE_CODES as readonly string[]).includes(value);
}

/** `policies[0].document.Statement[1]` → `["policies", 0, "document", "Statement", 1]`: a rendered path read back. */
export function parsePath(text: string): (string | number)[] {
  if (text === "input") return [];
  const segments: (string | number)[] = [];
  for (const match of text.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else if (match[1] !== undefined) segments.push(match[1]);
  }
  return segments;
}

/** Renders a zod path as `securityGroups[0].inbound[1].source`; the empty path is `input`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text === "" ? "input" : text;
}

/** The problem at `path`: `english` is the contract's wording after the field name. */
export function inputProblem(
  path: (string | number)[],
  code: InputIssueCode,
  params: InputIssueParams,
  english: string,
): InputProblem {
  return { inputError: `${formatPath(path)}: ${english}`, issue: { path, code, params } };
}

/**
 * What a zod custom issue carries so that the structured issue can name it: `ctx.addIssue({ code: "custom", path,
 * message, params: issueParams("portOrder") })`.
 */
export function issueParams(code: InputIssueCode, params: InputIssueParams = {}): { issue: InputIssueCode } {
  return { issue: code, ...params };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function isMissing(issue: z.core.$ZodIssue, input: unknown): boolean {
  return (
    issue.code === "invalid_type" &&
    (issue.message.endsWith("received undefined") || (input !== undefined && valueAt(input, issue.path) === undefined))
  );
}

/** A short message for one issue: a missing field is `required`, an unknown op lists the known ones. */
export function describeIssueMessage(issue: z.core.$ZodIssue, input?: unknown): string {
  if (isMissing(issue, input)) return "required";
  if (issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options)) {
    const given = input === undefined ? "" : ` ${JSON.stringify(valueAt(input, issue.path))}`;
    return `unknown value${given}; expected one of ${issue.options.join(", ")}`;
  }
  if (issue.code === "invalid_union") return "has an unexpected shape";
  return issue.message.replace(/^Invalid input: /, "");
}

/**
 * The one-line input error SIM_CONTRACT.md asks for: the field of the first problem and what is wrong. Unknown keys
 * are named as fields of their own so a typo (`sizeGib`) points at itself. Pass `input` for messages that quote it.
 */
export function describeFirstIssue(error: z.ZodError, input?: unknown): string {
  const issue = error.issues[0];
  if (issue === undefined) return "input: invalid";
  if (issue.code === "unrecognized_keys") {
    return `${formatPath([...issue.path, issue.keys[0] ?? "?"])}: unknown field (not in the contract's vocabulary)`;
  }
  return `${formatPath(issue.path)}: ${describeIssueMessage(issue, input)}`;
}

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

function shown(value: unknown): string {
  return typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
}

function sizeIssue(origin: string, bound: "minimum" | "maximum", value: unknown): Pick<InputIssue, "code" | "params"> {
  const limit = typeof value === "bigint" ? Number(value) : typeof value === "number" ? value : 0;
  const small = bound === "minimum";
  const code =
    origin === "string"
      ? small
        ? "tooShort"
        : "tooLong"
      : origin === "array" || origin === "set"
        ? small
          ? "tooFewItems"
          : "tooManyItems"
        : small
          ? "tooSmall"
          : "tooBig";
  return { code, params: { [bound]: limit } };
}

/** The structured form of one zod issue; `input` lets it quote the value that was refused. */
export function inputIssueOf(issue: z.core.$ZodIssue, input?: unknown): InputIssue {
  const path = pathOf(issue.path);
  const detail = (): Pick<InputIssue, "code" | "params"> => {
    if (isMissing(issue, input)) return { code: "required", params: {} };
    switch (issue.code) {
      case "invalid_type":
        return { code: "wrongType", params: { expected: issue.expected } };
      case "too_small":
        return sizeIssue(issue.origin, "minimum", issue.minimum);
      case "too_big":
        return sizeIssue(issue.origin, "maximum", issue.maximum);
      case "invalid_value":
        return {
          code: "notOneOf",
          params: { value: shown(valueAt(input, issue.path)), expected: issue.values.map(shown).join(", ") },
        };
      case "invalid_union":
        return "options" in issue && Array.isArray(issue.options)
          ? {
              code: "notOneOf",
              params: { value: shown(valueAt(input, issue.path)), expected: issue.options.map(shown).join(", ") },
            }
          : { code: "badShape", params: {} };
      case "invalid_format":
        return { code: "badFormat", params: { format: issue.format } };
      case "custom": {
        const { issue: code, ...params } = (issue.params ?? {}) as Record<string, unknown>;
        if (!isInputIssueCode(code)) break;
        const plain = Object.entries(params).filter(
          (entry): entry is [string, string | number] => typeof entry[1] === "string" || typeof entry[1] === "number",
        );
        return { code, params: Object.fromEntries(plain) };
      }
    }
    return { code: "invalid", params: { detail: describeIssueMessage(issue, input) } };
  };
  if (issue.code === "unrecognized_keys") {
    return { path: [...path, issue.keys[0] ?? "?"], code: "unknownField", params: {} };
  }
  return { path, ...detail() };
}

/** The contract's line and the structured issue for the first problem zod found. */
export function zodProblem(error: z.ZodError, input?: unknown): InputProblem {
  const first = error.issues[0];
  return {
    inputError: describeFirstIssue(error, input),
    issue: first ? inputIssueOf(first, input) : { path: [], code: "badShape", params: {} },
  };
}
