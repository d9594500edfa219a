import type { ContextLookup } from "./context";
import { scanVariableBodies } from "./variable-bodies";

/**
 * A policy string split into literal text, wildcards and policy variables.
 * `*` = any run of characters (it crosses `/`), `?` = exactly one character; `${key}` and `${key, 'default'}` are
 * variables; `${*}`, `${?}` and `${$}` are a literal `*`, `?` and `$`.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
export type PatternToken =
  { t: "lit"; v: string } | { t: "star" } | { t: "one" } | { t: "var"; key: string; fallback: string | undefined };

/** A pattern token after policy variables were replaced by context values. */
export type ResolvedToken = Exclude<PatternToken, { t: "var" }>;

/** Where a policy string is used decides whether wildcards and variables apply (reference_policies_variables.html). */
export interface PatternOptions {
  /** `*` and `?` are wildcards (Action, Resource, StringLike, Arn*); otherwise they are literal characters. */
  wildcards: boolean;
  /** Policy variables are expanded; only with `Version: "2012-10-17"` and where AWS allows them. */
  variables: boolean;
}

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ["*", "*"],
  ["?", "?"],
  ["$", "$"],
]);
/** A variable's body: `key` or `key, 'default'`. Run only on bodies already known to match (variable-bodies.ts). */
const VARIABLE_BODY = /^\s*([^\s,']+)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/;

function pushLiteral(tokens: PatternToken[], text: string): void {
  if (text === "") return;
  const last = tokens[tokens.length - 1];
  if (last?.t === "lit") last.v += text;
  else tokens.push({ t: "lit", v: text });
}

function pushPlain(tokens: PatternToken[], text: string, wildcards: boolean): void {
  if (!wildcards) {
    pushLiteral(tokens, text);
    return;
  }
  for (const ch of text) {
    if (ch === "*") tokens.push({ t: "star" });
    else if (ch === "?") tokens.push({ t: "one" });
    else pushLiteral(tokens, ch);
  }
}

/**
 * Splits a policy string into tokens. A malformed `${...}` is kept as literal text.
 * Linear time: where each `${` closes and whether its body is a variable come from one pass over the string
 * (variable-bodies.ts); only the bodies that become variables are read again, and they do not overlap.
 */
export function parsePattern(text: string, options: PatternOptions): PatternToken[] {
  const tokens: PatternToken[] = [];
  let rest = 0;
  let open = options.variables ? text.indexOf("${") : -1;
  const bodies = open >= 0 ? scanVariableBodies(text) : null;
  while (open >= 0 && bodies !== null) {
    const start = open + 2;
    const close = bodies.close(start);
    if (close < 0) break;
    const escaped = close === start + 1 ? ESCAPES.get(text.charAt(start)) : undefined;
    const variable =
      escaped === undefined && bodies.isVariable(start) ? VARIABLE_BODY.exec(text.slice(start, close)) : null;
    if (escaped === undefined && variable === null) {
      open = text.indexOf("${", start);
      continue;
    }
    pushPlain(tokens, text.slice(rest, open), options.wildcards);
    if (escaped !== undefined) pushLiteral(tokens, escaped);
    else if (variable?.[1] !== undefined) {
      tokens.push({ t: "var", key: variable[1].toLowerCase(), fallback: variable[2]?.replaceAll("''", "'") });
    }
    rest = close + 1;
    open = text.indexOf("${", rest);
  }
  pushPlain(tokens, text.slice(rest), options.wildcards);
  return tokens;
}

/**
 * Replaces variables by their context values. A key that is absent, or multivalued ("you can't use a multivalued
 * context key as a policy variable"), takes the default value if one is given; otherwise the pattern cannot be
 * resolved and matches nothing ("any attempt to match it fails").
 */
export function resolvePattern(tokens: readonly PatternToken[], lookup: ContextLookup): ResolvedToken[] | null {
  const resolved: ResolvedToken[] = [];
  for (const token of tokens) {
    if (token.t !== "var") {
      resolved.push(token);
      continue;
    }
    const value = lookup(token.key);
    const text = typeof value === "string" ? value : token.fallback;
    if (text === undefined) return null;
    const last = resolved[resolved.length - 1];
    if (last?.t === "lit") resolved[resolved.length - 1] = { t: "lit", v: last.v + text };
    else resolved.push({ t: "lit", v: text });
  }
  return resolved;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One character of any kind: a code point, because the flags include `u`. */
const ANY_ONE = "[\\s\\S]";

/**
 * The regular-expression sources of the pieces between the `*`s: escaped literal text and `?` only, so a piece has no
 * quantifier, alternation or group and its RegExp cannot backtrack. A pattern with k stars has k + 1 pieces (some
 * may be empty).
 */
function piecesBetweenStars(tokens: readonly ResolvedToken[]): string[] {
  const pieces = [""];
  for (const token of tokens) {
    if (token.t === "star") pieces.push("");
    else pieces[pieces.length - 1] += token.t === "lit" ? escapeRegExp(token.v) : ANY_ONE;
  }
  return pieces;
}

/**
 * Whole-string glob match. `ignoreCase` is for actions and the `...IgnoreCase` operators.
 *
 * Linear-time by construction (SIM_CONTRACT.md `iam`: no backtracking regular expressions): one RegExp over the
 * whole pattern, `^a[\s\S]*b[\s\S]*c$`, backtracks through every way of splitting the value among the stars
 * (10 stars against 40 characters took seconds). Instead the pattern is cut at its stars and the pieces are placed
 * left to right, each at its earliest occurrence: the first piece must start the value, every middle piece is
 * searched from where the previous one ended, and the last piece must end the value. Every piece matches a fixed
 * number of characters, so placing a piece as early as possible never rules out a match that a later placement
 * would allow (the greedy glob algorithm). Each piece is searched once, so the cost is at most
 * O(value length × pattern length). The pieces are matched with the same flags as before (`u`, plus `i` for
 * `ignoreCase`), so characters, case folding and `?` (one code point) keep exactly their meaning.
 */
export function matchTokens(tokens: readonly ResolvedToken[], value: string, ignoreCase: boolean): boolean {
  if (tokens.every((token) => token.t === "lit")) {
    const literal = tokens.map((token) => (token.t === "lit" ? token.v : "")).join("");
    return ignoreCase ? literal.toLowerCase() === value.toLowerCase() : literal === value;
  }
  const flags = ignoreCase ? "iu" : "u";
  const pieces = piecesBetweenStars(tokens);
  const first = pieces[0] ?? "";
  const last = pieces[pieces.length - 1] ?? "";
  if (pieces.length === 1) return new RegExp(`^${first}$`, flags).test(value);
  let position = 0;
  if (first !== "") {
    const start = new RegExp(first, `${flags}y`);
    if (!start.test(value)) return false;
    position = start.lastIndex;
  }
  for (const piece of pieces.slice(1, -1)) {
    if (piece === "") continue;
    const middle = new RegExp(piece, `${flags}g`);
    middle.lastIndex = position;
    if (!middle.test(value)) return false;
    position = middle.lastIndex;
  }
  if (last === "") return true;
  const end = new RegExp(`${last}$`, `${flags}g`);
  end.lastIndex = position;
  return end.test(value);
}

const ARN_PARTS = 6;

/** Splits tokens at the first five literal colons: `arn:partition:service:region:account:resource`. */
function splitArnTokens(tokens: readonly ResolvedToken[]): ResolvedToken[][] {
  const parts: ResolvedToken[][] = [[]];
  for (const token of tokens) {
    const current = parts[parts.length - 1] ?? [];
    if (token.t !== "lit" || parts.length === ARN_PARTS) {
      current.push(token);
      continue;
    }
    const pieces = token.v.split(":");
    let target = current;
    pieces.forEach((piece, index) => {
      let text = piece;
      if (index > 0 && parts.length < ARN_PARTS) {
        target = [];
        parts.push(target);
      } else if (index > 0) {
        text = `:${piece}`;
      }
      if (text !== "") target.push({ t: "lit", v: text });
    });
  }
  return parts;
}

function splitArnValue(value: string): string[] {
  const pieces = value.split(":");
  if (pieces.length < ARN_PARTS) return pieces;
  return [...pieces.slice(0, ARN_PARTS - 1), pieces.slice(ARN_PARTS - 1).join(":")];
}

/**
 * Services whose ARNs name a resource without a resource type, so that a `/` or `:` in the resource part belongs to
 * the name: S3 buckets and objects (`arn:aws:s3:::bucket/key`, no Region or account), API Gateway's execute-api
 * (`api-id/stage/method/path`) and SNS topics and subscriptions (`topic` or `topic:subscription-id`).
 */
function hasResourceType(valueParts: readonly string[]): boolean {
  const [, , service, region, account] = valueParts;
  if (service === "s3" && region === "" && account === "") return false;
  return service !== "execute-api" && service !== "sns";
}

/**
 * The length of the resource-type part of an ARN's resource (`user` in `user/alice`, `db` in `db:mydb`); 0 when the
 * resource has none.
 */
function resourceTypeLength(valueParts: readonly string[]): number {
  const resource = valueParts[ARN_PARTS - 1] ?? "";
  if (!hasResourceType(valueParts)) return 0;
  const cut = resource.search(/[/:]/);
  return Math.max(cut, 0);
}

/**
 * Whether a wildcard of the resource pattern falls in the first `typeLength` characters, the resource-type part.
 * A resource part that is a lone `*` names every resource and specifies no type, so it is allowed
 * (`arn:aws:logs:*:*:*`).
 */
function wildcardInResourceType(part: readonly ResolvedToken[], typeLength: number): boolean {
  if (typeLength === 0 || (part.length === 1 && part[0]?.t === "star")) return false;
  let literal = 0;
  for (const token of part) {
    if (literal >= typeLength) return false;
    if (token.t !== "lit") return true;
    literal += token.v.length;
  }
  return false;
}

/** How an ARN pattern met a value: matched, did not, or was refused for a wildcard in the resource type. */
export type ArnMatch = "match" | "no-match" | "resource-type-wildcard";

/**
 * ARN match, case-sensitive: each of the six colon-delimited components is matched separately, so a wildcard in the
 * region cannot swallow the account; in the last component (the resource) `*` also crosses `/` and `:`.
 * A pattern or value that is not a six-part ARN (such as `*`) is matched as one string.
 *
 * "You cannot use a wildcard in the portion of the ARN that specifies the resource type, such as the term `user` in an
 * IAM ARN" (`arn:aws:iam::123456789012:u*` is "not allowed"): when the pattern's other five components match and a
 * `*` or `?` stands where the value's resource type is, the pattern matches nothing (`resource-type-wildcard`), so that
 * the trace can say why. The resource type is the value's resource up to its first `/` or `:`.
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN ,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 */
export function matchArnPattern(tokens: readonly ResolvedToken[], value: string): ArnMatch {
  const patternParts = splitArnTokens(tokens);
  const valueParts = splitArnValue(value);
  if (patternParts.length < ARN_PARTS || valueParts.length < ARN_PARTS) {
    return matchTokens(tokens, value, false) ? "match" : "no-match";
  }
  const prefixMatches = patternParts
    .slice(0, ARN_PARTS - 1)
    .every((part, index) => matchTokens(part, valueParts[index] ?? "", false));
  if (!prefixMatches) return "no-match";
  const resource = patternParts[ARN_PARTS - 1] ?? [];
  if (wildcardInResourceType(resource, resourceTypeLength(valueParts))) return "resource-type-wildcard";
  return matchTokens(resource, valueParts[ARN_PARTS - 1] ?? "", false) ? "match" : "no-match";
}

/** `matchArnPattern(tokens, value) === "match"`. */
export function matchArn(tokens: readonly ResolvedToken[], value: string): boolean {
  return matchArnPattern(tokens, value) === "match";
}

/** A resolved pattern written back as policy text (for traces). */
export function patternText(tokens: readonly ResolvedToken[]): string {
  return tokens.map((token) => (token.t === "lit" ? token.v : token.t === "star" ? "*" : "?")).join("");
}
