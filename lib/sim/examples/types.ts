import type { Localized } from "@/lib/i18n/localized";
import type { SimName } from "../names";

/** Plain JSON, the only kind of value a simulator input holds (and the only kind a server may hand a client). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** A JSON object: every simulator input is one. */
export type JsonObject = { [key: string]: JsonValue };

/**
 * A starting point for a Lab: a simulator input in the contract's JSON vocabulary (SIM_CONTRACT.md) with a title and
 * a one-line description of what to try, in both interface languages.
 */
export interface SimExample {
  /** Stable within its simulator: lower-case words joined by hyphens. */
  id: string;
  sim: SimName;
  title: Localized;
  description: Localized;
  input: JsonObject;
}
