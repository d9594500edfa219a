import type { ParsedField } from "../model/field-codec";
import { jsonParseError } from "../model/json-value";

/**
 * An IAM request context value as text: a string as itself, a multivalued key (`aws:TagKeys`) as a JSON list, so
 * that `[]` (present but empty) stays distinct from an absent key.
 */
export function formatContextValue(value: unknown): string {
  if (typeof value === "string") return value;
  return value === undefined ? "" : JSON.stringify(value);
}

/** Reads text back: `[...]` must be a JSON list of strings; anything else is one string value. */
export function parseContextValue(text: string): ParsedField {
  const trimmed = text.trim();
  if (!trimmed.startsWith("[")) return { ok: true, value: trimmed };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    return { ok: false, error: { kind: "json", ...jsonParseError(trimmed, error) } };
  }
  if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === "string"))
    return { ok: false, error: { kind: "stringList" } };
  return { ok: true, value: parsed };
}

/** Condition keys offered when the learner adds one, each with a value that shows its format. */
export const SUGGESTED_CONTEXT_KEYS: readonly [string, string | string[]][] = [
  ["aws:SourceIp", "203.0.113.10"],
  ["aws:RequestedRegion", "us-east-1"],
  ["aws:username", "alice"],
  ["aws:PrincipalTag/team", "analytics"],
  ["aws:CurrentTime", "2026-01-15T09:00:00Z"],
  ["aws:TagKeys", ["env"]],
];

/** The first suggested key not yet in the context, or a numbered placeholder. */
export function nextContextKey(context: Readonly<Record<string, unknown>>): [string, string | string[]] {
  const suggestion = SUGGESTED_CONTEXT_KEYS.find(([key]) => !Object.hasOwn(context, key));
  if (suggestion) return suggestion;
  let n = 1;
  while (Object.hasOwn(context, `custom:key${n}`)) n += 1;
  return [`custom:key${n}`, "value"];
}
