/**
 * The JSON face shared by every simulator (see SIM_CONTRACT.md in ../shared):
 * input that does not fit the vocabulary is an `inputError` naming the field; a simulated AWS failure is a normal
 * result (`{"error": CODE, "atOp": k}`).
 */
export type SimRun = { ok: true; result: Record<string, unknown> } | { ok: false; inputError: string };

export interface Simulator {
  /** Runs one input object. Pure: no I/O, no clock, no randomness. Never throws on bad input. */
  run(input: unknown): SimRun;
}
