import type { Cidr } from "../net";
import type { PatternToken } from "./pattern";
import type { Effect, PolicyKind } from "./types";

/** A validated policy, ready to evaluate. Statements keep their index so traces can name them. */
export interface ParsedPolicy {
  index: number;
  kind: PolicyKind;
  statements: ParsedStatement[];
}

/** Action/NotAction or Resource/NotResource values. */
export interface PatternList {
  /** `NotAction` / `NotResource`: the statement applies to everything *not* listed. */
  negated: boolean;
  patterns: PatternToken[][];
}

/**
 * One principal: `"*"` (also `{"AWS": "*"}`) or a typed name.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
export type PrincipalEntry = { type: "*" } | { type: "AWS" | "Service" | "Federated" | "CanonicalUser"; value: string };

/** Principal or NotPrincipal values. */
export interface PrincipalList {
  /** `NotPrincipal`. */
  negated: boolean;
  entries: PrincipalEntry[];
}

/** A validated statement (reference_policies_elements.html). */
export interface ParsedStatement {
  index: number;
  sid?: string;
  effect: Effect;
  actions: PatternList;
  /** null only in a resource policy without Resource/NotResource: it applies to the resource it is attached to. */
  resources: PatternList | null;
  /** Only resource policies have (and need) Principal or NotPrincipal. */
  principals: PrincipalList | null;
  conditions: ParsedCondition[];
}

/**
 * Condition operator categories and comparisons.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */
export type OperatorFamily = "string" | "numeric" | "date" | "bool" | "binary" | "ip" | "arn" | "null";
/** How Numeric* and Date* operators compare the request value with the policy value. */
export type Comparison = "eq" | "lt" | "le" | "gt" | "ge";

/** One condition operator without its IfExists suffix or set qualifier. */
export interface OperatorSpec {
  name: string;
  family: OperatorFamily;
  /** Negated operators (StringNotEquals, NotIpAddress, ArnNotLike…): true when the key is absent. */
  negated: boolean;
  wildcards: boolean;
  ignoreCase: boolean;
  comparison: Comparison;
}

/** A policy value, parsed for its operator family. */
export type ConditionValue =
  | { family: "string" | "arn"; tokens: PatternToken[] }
  | { family: "numeric" | "date"; value: number }
  | { family: "bool" | "binary"; value: string }
  | { family: "ip"; cidr: Cidr }
  | { family: "null"; absent: boolean };

/** One operator/key pair of a Condition block; pairs are ANDed, the values of a pair ORed. */
export interface ParsedCondition {
  /** The operator as written, e.g. `ForAllValues:StringLikeIfExists`. */
  operator: string;
  spec: OperatorSpec;
  set: "ForAllValues" | "ForAnyValue" | null;
  ifExists: boolean;
  /** The key as written; lookups ignore case. */
  key: string;
  values: ConditionValue[];
}
