import { parseCidr } from "../net";
import { PolicyInputError } from "./input-error";
import type { Comparison, ConditionValue, OperatorFamily, OperatorSpec, ParsedCondition } from "./policy-model";
import { parsePattern } from "./pattern";
import { parseDate, parseNumber } from "./scalar-values";

type SpecOptions = Partial<Pick<OperatorSpec, "negated" | "wildcards" | "ignoreCase" | "comparison">>;

function spec(name: string, family: OperatorFamily, options: SpecOptions = {}): OperatorSpec {
  return { name, family, negated: false, wildcards: false, ignoreCase: false, comparison: "eq", ...options };
}

function ordered(prefix: "Numeric" | "Date", family: OperatorFamily): OperatorSpec[] {
  const comparisons: [string, Comparison][] = [
    ["LessThan", "lt"],
    ["LessThanEquals", "le"],
    ["GreaterThan", "gt"],
    ["GreaterThanEquals", "ge"],
  ];
  return [
    spec(`${prefix}Equals`, family),
    spec(`${prefix}NotEquals`, family, { negated: true }),
    ...comparisons.map(([suffix, comparison]) => spec(`${prefix}${suffix}`, family, { comparison })),
  ];
}

/**
 * Every IAM condition operator. Source:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
const OPERATORS: readonly OperatorSpec[] = [
  spec("StringEquals", "string"),
  spec("StringNotEquals", "string", { negated: true }),
  spec("StringEqualsIgnoreCase", "string", { ignoreCase: true }),
  spec("StringNotEqualsIgnoreCase", "string", { negated: true, ignoreCase: true }),
  spec("StringLike", "string", { wildcards: true }),
  spec("StringNotLike", "string", { negated: true, wildcards: true }),
  ...ordered("Numeric", "numeric"),
  ...ordered("Date", "date"),
  spec("Bool", "bool"),
  spec("BinaryEquals", "binary"),
  spec("IpAddress", "ip"),
  spec("NotIpAddress", "ip", { negated: true }),
  // ArnEquals and ArnLike behave the same: both match component-wise and accept * and ?.
  spec("ArnEquals", "arn", { wildcards: true }),
  spec("ArnLike", "arn", { wildcards: true }),
  spec("ArnNotEquals", "arn", { negated: true, wildcards: true }),
  spec("ArnNotLike", "arn", { negated: true, wildcards: true }),
  spec("Null", "null"),
];

const BY_NAME = new Map(OPERATORS.map((operator) => [operator.name.toLowerCase(), operator]));

function parseOperatorName(operator: string, path: string): Pick<ParsedCondition, "spec" | "set" | "ifExists"> {
  let name = operator;
  let set: ParsedCondition["set"] = null;
  const colon = name.indexOf(":");
  if (colon >= 0) {
    const qualifier = name.slice(0, colon).toLowerCase();
    if (qualifier === "forallvalues") set = "ForAllValues";
    else if (qualifier === "foranyvalue") set = "ForAnyValue";
    else
      throw new PolicyInputError(
        path,
        `unknown set operator "${name.slice(0, colon)}" (ForAllValues or ForAnyValue)`,
        "iamSetOperator",
        { value: name.slice(0, colon) },
      );
    name = name.slice(colon + 1);
  }
  let ifExists = false;
  let found = BY_NAME.get(name.toLowerCase());
  if (found === undefined && name.toLowerCase().endsWith("ifexists")) {
    ifExists = true;
    found = BY_NAME.get(name.slice(0, -"IfExists".length).toLowerCase());
  }
  if (found === undefined)
    throw new PolicyInputError(path, `unknown condition operator "${operator}"`, "iamConditionOperator", {
      value: operator,
    });
  if (found.family === "null" && (ifExists || set !== null)) {
    throw new PolicyInputError(path, "Null takes no IfExists suffix or set operator", "iamNullModifier");
  }
  return { spec: found, set, ifExists };
}

function parseValue(raw: string, operator: OperatorSpec, variables: boolean, path: string): ConditionValue {
  switch (operator.family) {
    case "string":
    case "arn":
      // Policy variables work only with the string and ARN operators (reference_policies_variables.html).
      return { family: operator.family, tokens: parsePattern(raw, { wildcards: operator.wildcards, variables }) };
    case "numeric": {
      const value = parseNumber(raw);
      if (value === null)
        throw new PolicyInputError(path, `"${raw}" is not a number`, "iamConditionValue", {
          value: raw,
          kind: "number",
        });
      return { family: "numeric", value };
    }
    case "date": {
      const value = parseDate(raw);
      if (value === null)
        throw new PolicyInputError(path, `"${raw}" is not an ISO 8601 date or epoch time`, "iamConditionValue", {
          value: raw,
          kind: "date",
        });
      return { family: "date", value };
    }
    case "bool":
    case "null": {
      const lower = raw.toLowerCase();
      if (lower !== "true" && lower !== "false")
        throw new PolicyInputError(path, `"${raw}" is not true or false`, "iamConditionValue", {
          value: raw,
          kind: "boolean",
        });
      return operator.family === "null"
        ? { family: "null", absent: lower === "true" }
        : { family: "bool", value: lower };
    }
    case "binary":
      return { family: "binary", value: raw };
    case "ip": {
      const cidr = parseCidr(raw);
      if (cidr === null)
        throw new PolicyInputError(path, `"${raw}" is not an IP address or CIDR block`, "iamConditionValue", {
          value: raw,
          kind: "ip",
        });
      return { family: "ip", cidr };
    }
  }
}

function rawValues(value: unknown, path: string): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  if (list.length === 0) throw new PolicyInputError(path, "needs at least one value", "tooFewItems", { minimum: 1 });
  return list.map((item, index) => {
    if (typeof item === "string") return item;
    if (typeof item === "number" || typeof item === "boolean") return String(item);
    const at = Array.isArray(value) ? `${path}[${index}]` : path;
    throw new PolicyInputError(at, "condition values must be strings, numbers or booleans", "iamConditionValueType");
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Validates a `Condition` block: `{ operator: { key: value | [values] } }`. */
export function parseConditionBlock(block: unknown, variables: boolean, path: string): ParsedCondition[] {
  if (!isPlainObject(block))
    throw new PolicyInputError(path, "must be an object of condition operators", "iamConditionBlock");
  const conditions: ParsedCondition[] = [];
  for (const [operator, keys] of Object.entries(block)) {
    const operatorPath = `${path}.${operator}`;
    const parsed = parseOperatorName(operator, operatorPath);
    if (!isPlainObject(keys) || Object.keys(keys).length === 0) {
      throw new PolicyInputError(operatorPath, "must map at least one condition key to its values", "iamConditionKeys");
    }
    for (const [key, value] of Object.entries(keys)) {
      const keyPath = `${operatorPath}.${key}`;
      const values = rawValues(value, keyPath).map((raw, index) =>
        parseValue(raw, parsed.spec, variables, Array.isArray(value) ? `${keyPath}[${index}]` : keyPath),
      );
      conditions.push({ operator, ...parsed, key, values });
    }
  }
  return conditions;
}
