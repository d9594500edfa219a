import type { ContextLookup } from "./context";

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

/** Finds the `}` closing a variable that starts at `open` (the `$`), skipping quoted default values. */
function closingBrace(text: string, open: number): number {
  let quoted = false;
  for (let i = open + 2; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "}" && !quoted) return i;
  }
  return -1;
}

/** Splits a policy string into tokens. A malformed `${...}` is kept as literal text. */
export function parsePattern(text: string, options: PatternOptions): PatternToken[] {
  const tokens: PatternToken[] = [];
  let rest = 0;
  let open = options.variables ? text.indexOf("${") : -1;
  while (open >= 0) {
    const close = closingBrace(text, open);
    if (close < 0) break;
    const body = text.slice(open + 2, close);
    const escaped = ESCAPES.get(body);
    const variable = VARIABLE_BODY.exec(body);
    if (escaped === undefined && variable === null) {
      open = text.indexOf("${", open + 2);
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

/** Whole-string glob match. `ignoreCase` is for actions and the `...IgnoreCase` operators. */
export function matchTokens(tokens: readonly ResolvedToken[], value: string, ignoreCase: boolean): boolean {
  if (tokens.every((token) => token.t === "lit")) {
    const literal = tokens.map((token) => (token.t === "lit" ? token.v : "")).join("");
    return ignoreCase ? literal.toLowerCase() === value.toLowerCase() : literal === value;
  }
  const source = tokens
    .map((token) => (token.t === "lit" ? escapeRegExp(token.v) : token.t === "star" ? "[\\s\\S]*" : "[\\s\\S]"))
    .join("");
  return new RegExp(`^${source}$`, ignoreCase ? "iu" : "u").test(value);
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
 * ARN match, case-sensitive: each of the six colon-delimited components is matched separately, so a wildcard in the
 * region cannot swallow the account; in the last component (the resource) `*` also crosses `/` and `:`.
 * A pattern or value that is not a six-part ARN (such as `*`) is matched as one string.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 */
export function matchArn(tokens: readonly ResolvedToken[], value: string): boolean {
  const patternParts = splitArnTokens(tokens);
  const valueParts = splitArnValue(value);
  if (patternParts.length < ARN_PARTS || valueParts.length < ARN_PARTS) return matchTokens(tokens, value, false);
  return patternParts.every((part, index) => matchTokens(part, valueParts[index] ?? "", false));
}
