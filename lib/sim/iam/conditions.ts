import { cidrContains, parseIp } from "../net";
import type { ContextLookup } from "./context";
import type { ConditionValue, OperatorSpec, ParsedCondition } from "./policy-model";
import { matchArn, matchTokens, resolvePattern } from "./pattern";
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
function valueMatches(spec: OperatorSpec, policy: ConditionValue, request: string, lookup: ContextLookup): boolean {
  switch (policy.family) {
    case "string":
    case "arn": {
      const tokens = resolvePattern(policy.tokens, lookup);
      if (tokens === null) return false;
      return policy.family === "arn" ? matchArn(tokens, request) : matchTokens(tokens, request, spec.ignoreCase);
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
function oneValue(condition: ParsedCondition, request: string, lookup: ContextLookup): boolean {
  const any = condition.values.some((value) => valueMatches(condition.spec, value, request, lookup));
  return condition.spec.negated ? !any : any;
}

/**
 * Evaluates one operator/key pair of a Condition block.
 * - Absent key: false, except `...IfExists` (true), `ForAllValues` (true), `ForAnyValue` (false), and negated
 *   operators (true). `Null: true` means the key is absent.
 * - `ForAllValues`: every request value must match (true for an empty set); `ForAnyValue`: at least one must.
 * - Without a set operator a multivalued key matches when any value matches (negated: when none does).
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 */
export function conditionHolds(condition: ParsedCondition, lookup: ContextLookup): boolean {
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
  if (condition.set === "ForAllValues") return requestValues.every((value) => oneValue(condition, value, lookup));
  if (condition.set === "ForAnyValue") return requestValues.some((value) => oneValue(condition, value, lookup));
  const anyPositive = requestValues.some((value) =>
    condition.values.some((policy) => valueMatches(condition.spec, policy, value, lookup)),
  );
  return condition.spec.negated ? !anyPositive : anyPositive;
}

/** All conditions of a statement hold: operators and keys are ANDed. */
export function conditionsHold(conditions: readonly ParsedCondition[], lookup: ContextLookup): boolean {
  return conditions.every((condition) => conditionHolds(condition, lookup));
}
