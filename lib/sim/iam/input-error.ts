/**
 * A policy document or request that does not fit the vocabulary. Thrown inside the parser only and turned into the
 * contract's one-line `inputError` ("<field>: <problem>") at the simulator boundary, so `run` never throws.
 */
export class PolicyInputError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = "PolicyInputError";
  }
}
