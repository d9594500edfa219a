import type { Localized } from "@/lib/i18n/localized";
import type { JsonObject, JsonValue } from "@/lib/sim/examples/types";

export type { JsonObject, JsonValue } from "@/lib/sim/examples/types";

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isLocalized(value: unknown): value is Localized {
  return isJsonObject(value) && typeof value.ko === "string" && typeof value.en === "string";
}

/** The list at `value`, or an empty list when the value is missing or not a list. */
export function asList(value: unknown): JsonValue[] {
  return Array.isArray(value) ? (value as JsonValue[]) : [];
}

export function asObject(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

/** One-line JSON for showing a value in running text (`"allowed"`, `630`, `{"i-1":630}`). */
export function inlineJson(value: unknown): string {
  if (value === undefined) return "undefined";
  return JSON.stringify(value);
}

/** Where a JSON text stops parsing, 1-based, when the parser's (English) message says so. */
export interface JsonParseError {
  line?: number;
  column?: number;
}

/** The position in JSON.parse's message ("…line 2 column 5" or "…at position 17"), without its English wording. */
export function jsonParseError(text: string, error: unknown): JsonParseError {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1])).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Parses text as a JSON object; a text that is not JSON reports where it stops, one that is not an object says so. */
export function parseJsonObject(
  text: string,
): { ok: true; value: JsonObject } | ({ ok: false; notObject: boolean } & JsonParseError) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, notObject: false, ...jsonParseError(text, error) };
  }
  return isJsonObject(value) ? { ok: true, value } : { ok: false, notObject: true };
}
