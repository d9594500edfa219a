import type { Language } from "@/lib/i18n/localized";
import type { SimMessageKey, SimMessages } from "@/lib/i18n/sim-messages";
import { translatePartsWith, type MessageParams, type MessagePart } from "@/lib/i18n/translate";
import type { FieldError } from "./field-codec";

export type { MessagePart } from "@/lib/i18n/translate";

/** Message parameters where any value may be a part: a label, or an identifier as `{ code }`. */
export type PartParams = MessageParams;

/**
 * The simulation texts of one language with the lookups the panels share: plain text, text with identifiers kept
 * apart (shown as code), and labels that exist only for some names (a field, an option, an operation).
 */
export interface SimText {
  language: Language;
  /** The message as parts; parameters given as `{ code }` (see `code`) come back as code parts. */
  parts: (key: SimMessageKey, params?: PartParams) => MessagePart[];
  text: (key: SimMessageKey, params?: MessageParams) => string;
  /** The message `key` when the catalogue has it, else null. */
  maybe: (key: string, params?: MessageParams) => string | null;
}

/** `language` picks plural rules and the simulators' own sentences; forms, which show neither, may leave it out. */
export function simText(messages: SimMessages, language: Language = "en"): SimText {
  const parts = translatePartsWith(messages, language);
  const text = (key: SimMessageKey, params?: MessageParams) => joinParts(parts(key, params));
  return {
    language,
    parts: (key, params) => parts(key, params),
    text,
    maybe: (key, params) => (Object.hasOwn(messages, key) ? text(key as SimMessageKey, params) : null),
  };
}

/** The parts as one string (for `aria-label`s and tests). */
export function joinParts(parts: readonly MessagePart[]): string {
  return parts.map((part) => (typeof part === "string" ? part : part.code)).join("");
}

/** An identifier in running text. */
export function code(value: unknown): { code: string } {
  return { code: typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)) };
}

/** The label of an option value (`inbound` → "인바운드"), or null for a value that is an identifier (`gp3`). */
export function optionLabel(t: SimText, value: string): string | null {
  if (value === "true") return t.text("common.true");
  if (value === "false") return t.text("common.false");
  return t.maybe(`option.${value}`);
}

/** The label of an operation or event type (`createVolume` → "볼륨 생성"), or the type itself as code. */
export function opLabel(t: SimText, op: unknown): MessagePart {
  return (typeof op === "string" ? t.maybe(`op.${op}`) : null) ?? code(op);
}

/** The label of a field by its path (`rootVolume.type`, then `type`), or null when the catalogue has none. */
export function fieldName(t: SimText, segments: readonly string[]): string | null {
  const last = segments.at(-1);
  if (last === undefined) return null;
  const parent = segments.at(-2);
  return (parent === undefined ? null : t.maybe(`field.${parent}.${last}`)) ?? t.maybe(`field.${last}`);
}

/** A result value as the learner reads it: yes/no for booleans, "none" for null, anything else as code. */
export function valueParts(t: SimText, value: unknown): MessagePart[] {
  if (value === true) return [t.text("fact.yes")];
  if (value === false) return [t.text("fact.no")];
  if (value === null || value === undefined) return [t.text("fact.none")];
  return [code(value)];
}

/** A form control's text that is not a value of its kind, in the page language. */
export function fieldErrorText(t: SimText, error: FieldError): string {
  switch (error.kind) {
    case "number":
      return t.text("field.error.number");
    case "int":
      return t.text("field.error.int");
    case "bool":
      return t.text("field.error.bool");
    case "stringList":
      return t.text("field.error.stringList");
    case "json":
      return jsonErrorText(t, error);
  }
}

/** "올바른 JSON이 아닙니다 (2행 5열 근처)": a JSON syntax error in the page language. */
export function jsonErrorText(t: SimText, error: { line?: number; column?: number }): string {
  return error.line !== undefined && error.column !== undefined
    ? t.text("field.error.jsonAt", { line: error.line, column: error.column })
    : t.text("field.error.json");
}
