import { cidrContains, parseIp } from "../net";
import type { ContextLookup } from "./context";
import { IGNORE, type NoteSink } from "./notes";
import type { ConditionValue, OperatorSpec, ParsedCondition } from "./policy-model";
import { matchArnPattern, matchTokens, patternText, resolvePattern } from "./pattern";
import { parseDate, parseNumber } from "./scalar-values";

function compare(comparison: OperatorSpec["comparison"], request: number, policy: number): boolean {
  switch (comparison) {
    case "eq":
      return request === policy;
    case "lt":
      return request < policy;
    case "le":
      return request <= policy;
    case "gt":
      return request > policy;
    case "ge":
      return request >= policy;
  }
}

/** The positive test of one request value against one policy value (negation is applied by the caller). */
function valueMatches(
  spec: OperatorSpec,
  policy: ConditionValue,
  request: string,
  lookup: ContextLookup,
  note: NoteSink,
): boolean {
  switch (policy.family) {
    case "string":
    case "arn": {
      const tokens = resolvePattern(policy.tokens, lookup);
      if (tokens === null) return false;
      if (policy.family === "string") return matchTokens(tokens, request, spec.ignoreCase);
      const match = matchArnPattern(tokens, request);
      if (match === "resource-type-wildcard") note(match, patternText(tokens));
      return match === "match";
    }
    case "numeric": {
      const value = parseNumber(request);
      return value !== null && compare(spec.comparison, value, policy.value);
    }
    case "date": {
      const value = parseDate(request);
      return value !== null && compare(spec.comparison, value, policy.value);
    }
    case "bool":
      return request.toLowerCase() === policy.value;
    case "binary":
      return request === policy.value;
    case "ip": {
      const ip = parseIp(request);
      return ip !== null && cidrContains(policy.cidr, ip);
    }
    case "null":
      return false;
  }
}

/**
 * One request value against the policy's values: the values are ORed for a positive operator; a negated operator
 * must match none of them ("must match none", AWS_FACTS I12).
 */
function oneValue(condition: ParsedCondition, request: string, lookup: ContextLookup, note: NoteSink): boolean {
  const any = condition.values.some((value) => valueMatches(condition.spec, value, request, lookup, note));
  return condition.spec.negated ? !any : any;
}

/**
 * The global condition keys that AWS documents as multivalued (ArrayOfString). A key given as a list in the request
 * context is multivalued too. Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
const MULTIVALUED_KEYS: ReadonlySet<string> = new Set(
  [
    "aws:CalledVia",
    "aws:PrincipalOrgPaths",
    "aws:PrincipalServiceNamesList",
    "aws:ResourceOrgPaths",
    "aws:SourceOrgPaths",
    "aws:TagKeys",
    "aws:VpceOrgPaths",
  ].map((key) => key.toLowerCase()),
);

/**
 * Evaluates one operator/key pair of a Condition block.
 * - Absent key: false, except `...IfExists` (true), `ForAllValues` (true), `ForAnyValue` (false), and negated
 *   operators (true). `Null: true` means the key is absent.
 * - `ForAllValues`: every request value must match (true for an empty set); `ForAnyValue`: at least one must.
 * - A plain operator (no `ForAnyValue:`/`ForAllValues:`) on a present multivalued key is false, negated operators and
 *   `...IfExists` included, and `onUndefinedForm` is told. The documentation only says "Multivalued context keys
 *   require a condition set operator" and leaves the plain form undefined. The field evidence reads it as no match:
 *   AWS's own presenters said so at re:Inforce 2025 (session IAM431, as cited in @cloud-copilot/iam-simulate 0.1.173,
 *   condition/condition.js), and a field report (issue #14) saw a plain `StringEquals` on `aws:CalledVia` deny where
 *   `ForAnyValue:StringEquals` allowed.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
export function conditionHolds(condition: ParsedCondition, lookup: ContextLookup, note: NoteSink = IGNORE): boolean {
  const present = lookup(condition.key);
  if (condition.spec.family === "null") {
    return condition.values.some((value) => value.family === "null" && value.absent === (present === undefined));
  }
  if (present === undefined) {
    if (condition.ifExists) return true;
    if (condition.set === "ForAllValues") return true;
    if (condition.set === "ForAnyValue") return false;
    return condition.spec.negated;
  }
  const requestValues = typeof present === "string" ? [present] : present;
  if (condition.set === "ForAllValues") return requestValues.every((value) => oneValue(condition, value, lookup, note));
  if (condition.set === "ForAnyValue") return requestValues.some((value) => oneValue(condition, value, lookup, note));
  if (typeof present !== "string" || MULTIVALUED_KEYS.has(condition.key.toLowerCase())) {
    note("plain-operator-on-multivalued-key", `${condition.operator} ${condition.key}`);
    return false;
  }
  return oneValue(condition, present, lookup, note);
}

/** All conditions of a statement hold: operators and keys are ANDed. */
export function conditionsHold(
  conditions: readonly ParsedCondition[],
  lookup: ContextLookup,
  note: NoteSink = IGNORE,
): boolean {
  return conditions.every((condition) => conditionHolds(condition, lookup, note));
}
