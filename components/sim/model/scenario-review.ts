import { applyChanges, jsonEqual, readPath } from "@/lib/content/json-path";
import type { Scenario } from "@/lib/content/schema";
import type { SimRun } from "@/lib/sim/types";
import { isJsonObject, type JsonObject } from "./json-value";

/** One simulator's JSON face, as each panel imports it from that simulator's own module. */
export type RunSim = (input: unknown) => SimRun;
export type ScenarioFix = NonNullable<Scenario["fix"]>;
export type ScenarioClaims = NonNullable<Scenario["outcome"]>;

/** Runs a simulator without letting an unexpected throw take the page down: it becomes an input error. */
export function runSafely(run: RunSim, input: unknown): SimRun {
  try {
    return run(input);
  } catch (error) {
    return { ok: false, inputError: `input: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export type FixTrial =
  | { label: string; ok: true; input: JsonObject; actual: unknown; meetsGoal: boolean }
  | { label: string; ok: false; message: string };

/**
 * A "fix" scenario choice by choice: the input with that choice's changes applied, the result at the goal's path
 * and whether it reaches the goal. The same rule as `scenarioKey` in lib/content, run on the learner's side.
 */
export function tryFixes(input: JsonObject, fix: ScenarioFix, run: RunSim): FixTrial[] {
  return Object.entries(fix.changes).map(([label, changes]): FixTrial => {
    let changed: unknown;
    try {
      changed = applyChanges(input, changes);
    } catch (error) {
      return { label, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (!isJsonObject(changed)) return { label, ok: false, message: "the changes did not leave an object" };
    const outcome = runSafely(run, changed);
    if (!outcome.ok) return { label, ok: false, message: outcome.inputError };
    const actual = readPath(outcome.result, fix.path);
    return { label, ok: true, input: changed, actual, meetsGoal: jsonEqual(actual, fix.equals) };
  });
}

export interface ClaimCheck {
  label: string;
  path: string;
  expected: unknown;
  actual: unknown;
  holds: boolean;
}

/** Each choice's claim about the result (an "outcome" scenario), checked against the current result. */
export function checkClaims(claims: ScenarioClaims, result: Record<string, unknown>): ClaimCheck[] {
  return Object.entries(claims).map(([label, claim]) => {
    const actual = readPath(result, claim.path);
    return { label, path: claim.path, expected: claim.equals, actual, holds: jsonEqual(actual, claim.equals) };
  });
}
