import { simulate } from "@/lib/sim";
import { applyChanges, jsonEqual, readPath } from "./json-path";
import type { Scenario } from "./schema";

export type ScenarioKey =
  { ok: true; key: string[]; results: Record<string, unknown> } | { ok: false; field: string; message: string };

/**
 * The key a scenario implies. `outcome`: the simulator runs once and each choice's claim is checked against the
 * result. `fix`: the simulator runs once per choice on the input with that choice's changes applied, and the choice is
 * in the key when the result at `path` equals the goal. The same function drives content:check and the learner's panel.
 */
export function scenarioKey(scenario: Scenario): ScenarioKey {
  if (scenario.outcome) {
    const run = simulate(scenario.sim, scenario.input);
    if (!run.ok)
      return {
        ok: false,
        field: "scenario.input",
        message: `the ${scenario.sim} simulator rejects the input: ${run.inputError}`,
      };
    const key = Object.entries(scenario.outcome)
      .filter(([, claim]) => jsonEqual(readPath(run.result, claim.path), claim.equals))
      .map(([label]) => label);
    return { ok: true, key: key.sort(), results: { outcome: run.result } };
  }
  const fix = scenario.fix;
  if (!fix) return { ok: false, field: "scenario", message: "a scenario needs `outcome` or `fix`" };
  const key: string[] = [];
  const results: Record<string, unknown> = {};
  for (const [label, changes] of Object.entries(fix.changes)) {
    let input: unknown;
    try {
      input = applyChanges(scenario.input, changes);
    } catch (error) {
      return {
        ok: false,
        field: `scenario.fix.changes.${label}`,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    const run = simulate(scenario.sim, input);
    if (!run.ok)
      return {
        ok: false,
        field: `scenario.fix.changes.${label}`,
        message: `the ${scenario.sim} simulator rejects the changed input: ${run.inputError}`,
      };
    results[label] = run.result;
    if (jsonEqual(readPath(run.result, fix.path), fix.equals)) key.push(label);
  }
  return { ok: true, key: key.sort(), results };
}
