import { applyChanges, jsonEqual, readPath } from "@/lib/content/json-path";
import type { Scenario } from "@/lib/content/schema";
import type { InputFailure, SimRun } from "@/lib/sim/types";
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
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, inputError: `input: ${detail}`, issue: { path: [], code: "invalid", params: { detail } } };
  }
}

export type FixTrial =
  | { label: string; ok: true; input: JsonObject; actual: unknown; meetsGoal: boolean }
  /** `refused`: the simulator's input error for the changed input; absent when the changes could not be applied. */
  | { label: string; ok: false; refused?: InputFailure };

/**
 * A "fix" scenario choice by choice: the input with that choice's changes applied, the result at the goal's path
 * and whether it reaches the goal. The same rule as `scenarioKey` in lib/content, run on the learner's side.
 */
export function tryFixes(input: JsonObject, fix: ScenarioFix, run: RunSim): FixTrial[] {
  return Object.entries(fix.changes).map(([label, changes]): FixTrial => {
    let changed: unknown;
    try {
      changed = applyChanges(input, changes);
    } catch {
      return { label, ok: false };
    }
    if (!isJsonObject(changed)) return { label, ok: false };
    const outcome = runSafely(run, changed);
    if (!outcome.ok) return { label, ok: false, refused: outcome };
    const actual = readPath(outcome.result, fix.path);
    return { label, ok: true, input: changed, actual, meetsGoal: jsonEqual(actual, fix.equals) };
  });
}

/**
 * Whether a claim holds for the current result. `missing`: the result has no value at the claim's path, which happens
 * when an edit makes the run fail early (`failedAt` then names the operation, 0-based, and the error code).
 */
export type ClaimStatus =
  | { kind: "holds" }
  | { kind: "fails"; actual: unknown }
  | { kind: "missing"; failedAt: { atOp: number | string; error: string } | null };

export interface ClaimCheck {
  label: string;
  path: string;
  expected: unknown;
  status: ClaimStatus;
}

function statusOf(actual: unknown, expected: unknown, result: Record<string, unknown>): ClaimStatus {
  if (actual === undefined) {
    const { error, atOp } = result;
    const failedAt =
      typeof error === "string" && (typeof atOp === "number" || typeof atOp === "string") ? { atOp, error } : null;
    return { kind: "missing", failedAt };
  }
  return jsonEqual(actual, expected) ? { kind: "holds" } : { kind: "fails", actual };
}

/** Each choice's claim about the result (an "outcome" scenario), checked against the current result. */
export function checkClaims(claims: ScenarioClaims, result: Record<string, unknown>): ClaimCheck[] {
  return Object.entries(claims).map(([label, claim]) => {
    const actual = readPath(result, claim.path);
    return { label, path: claim.path, expected: claim.equals, status: statusOf(actual, claim.equals, result) };
  });
}
