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

/** Parses text as a JSON object, with the parser's message when it is not one. */
export function parseJsonObject(text: string): { ok: true; value: JsonObject } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  return isJsonObject(value) ? { ok: true, value } : { ok: false, message: "not an object" };
}
