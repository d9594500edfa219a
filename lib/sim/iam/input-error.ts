import type { InputIssueCode, InputIssueParams } from "../input-issue";

/**
 * A policy document or request that does not fit the vocabulary. Thrown inside the parser only and turned into the
 * contract's one-line `inputError` ("<field>: <problem>") at the simulator boundary, so `run` never throws. `code`
 * and `params` name the problem for the interface, which words it in the learner's language.
 */
export class PolicyInputError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
    readonly code: InputIssueCode = "invalid",
    readonly params: InputIssueParams = {},
  ) {
    super(`${field}: ${problem}`);
    this.name = "PolicyInputError";
  }
}
