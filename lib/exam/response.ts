/**
 * Whether a saved selection is a complete answer: multiple response asks for exactly N choices ("Select TWO"), so
 * fewer counts as unanswered, as in the exam software.
 */
export function isAnswered(selected: readonly string[], selectCount: number): boolean {
  return new Set(selected).size === selectCount;
}

export type SelectionProblem =
  { kind: "unknown-choice"; label: string } | { kind: "too-many"; limit: number; got: number } | { kind: "duplicate" };

/**
 * Checks an in-progress selection: labels must be options, without repeats, and never more than the question asks for
 * (the exam software will not let a candidate tick a third box on "Select TWO"). Fewer is allowed while working.
 */
export function selectionProblem(
  selected: readonly string[],
  labels: readonly string[],
  selectCount: number,
): SelectionProblem | null {
  const unknown = selected.find((label) => !labels.includes(label));
  if (unknown !== undefined) return { kind: "unknown-choice", label: unknown };
  if (new Set(selected).size !== selected.length) return { kind: "duplicate" };
  if (selected.length > selectCount) return { kind: "too-many", limit: selectCount, got: selected.length };
  return null;
}
