import { jsonParseError, type JsonParseError, type JsonValue } from "./json-value";

/**
 * How a form control shows one input field: free text, an integer, a true/false/absent choice, one of a few options,
 * a comma-separated list of strings, or a nested JSON value.
 */
export type FieldKind = "text" | "int" | "number" | "bool" | "select" | "list" | "json";

export interface FieldSpec {
  /** Dotted path inside the edited object (`az`, `instance.securityGroups`). */
  path: string;
  kind: FieldKind;
  /** Choices of a `select` field. */
  options?: readonly string[];
  /** Required fields keep an empty text as `""` (the simulator then names the problem) instead of dropping the key. */
  required?: boolean;
  /** The value a freshly added entry starts with. */
  initial?: JsonValue;
}

/** Why a control's text is not a value of its kind; the form words it in the page language. */
export type FieldError = ({ kind: "number" | "int" | "bool" | "stringList" } | { kind: "json" }) & JsonParseError;

export type ParsedField = { ok: true; value: JsonValue | undefined } | { ok: false; error: FieldError };

/** The text a control shows for a stored value; a value of the wrong kind is shown as JSON so nothing is hidden. */
export function formatField(kind: FieldKind, value: unknown): string {
  if (value === undefined) return "";
  switch (kind) {
    case "text":
    case "select":
      return typeof value === "string" ? value : JSON.stringify(value);
    case "int":
    case "number":
      return typeof value === "number" ? String(value) : JSON.stringify(value);
    case "bool":
      return typeof value === "boolean" ? String(value) : JSON.stringify(value);
    case "list":
      return Array.isArray(value) && value.every((item) => typeof item === "string")
        ? value.join(", ")
        : JSON.stringify(value);
    case "json":
      return JSON.stringify(value, null, 2);
  }
}

/** Reads a control's text back as the stored value; an empty optional control removes the field. */
export function parseField(spec: Pick<FieldSpec, "kind" | "required">, text: string): ParsedField {
  const trimmed = text.trim();
  if (trimmed === "" && spec.kind !== "list")
    return { ok: true, value: spec.required && spec.kind === "text" ? "" : undefined };
  switch (spec.kind) {
    case "text":
    case "select":
      return { ok: true, value: text };
    case "int":
    case "number": {
      const number = Number(trimmed);
      if (!Number.isFinite(number)) return { ok: false, error: { kind: "number" } };
      if (spec.kind === "int" && !Number.isInteger(number)) return { ok: false, error: { kind: "int" } };
      return { ok: true, value: number };
    }
    case "bool":
      if (trimmed === "true" || trimmed === "false") return { ok: true, value: trimmed === "true" };
      return { ok: false, error: { kind: "bool" } };
    case "list": {
      const items = text
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "");
      return { ok: true, value: items.length === 0 && !spec.required ? undefined : items };
    }
    case "json":
      try {
        return { ok: true, value: JSON.parse(trimmed) as JsonValue };
      } catch (error) {
        return { ok: false, error: { kind: "json", ...jsonParseError(trimmed, error) } };
      }
  }
}
