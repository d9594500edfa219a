import type { InputIssue } from "./input-issue";

/**
 * The JSON face shared by every simulator (see SIM_CONTRACT.md in ../shared):
 * input that does not fit the vocabulary is an `inputError` naming the field (English, for the CLI and checks), with
 * the same problem as a structured `issue` for the interface to word in the learner's language; a simulated AWS
 * failure is a normal result (`{"error": CODE, "atOp": k}`).
 */
export type SimRun = { ok: true; result: Record<string, unknown> } | InputFailure;

/** A run refused for its input. `issue` is absent only where a simulator has not coded the problem yet. */
export type InputFailure = { ok: false; inputError: string; issue?: InputIssue };

export interface Simulator {
  /** Runs one input object. Pure: no I/O, no clock, no randomness. Never throws on bad input. */
  run(input: unknown): SimRun;
}
