/**
 * Grades a response the way AWS exams do: a question is right only when the selected set equals the key exactly;
 * multiple response has no partial credit (AWS Certification exam guides, "Response types").
 */
export function isExactMatch(selected: readonly string[], key: readonly string[]): boolean {
  const chosen = new Set(selected);
  return chosen.size === key.length && key.every((label) => chosen.has(label));
}

export type ResponseProblem =
  { kind: "unknown-choice"; label: string } | { kind: "wrong-count"; expected: number; got: number };

/**
 * Checks a response against the question's shape before grading: every label must exist and the learner must pick
 * exactly as many as the stem asks ("Select TWO" is enforced, as in the exam software).
 */
export function responseProblem(
  selected: readonly string[],
  labels: readonly string[],
  selectCount: number,
): ResponseProblem | null {
  const unknown = selected.find((label) => !labels.includes(label));
  if (unknown !== undefined) return { kind: "unknown-choice", label: unknown };
  const distinct = new Set(selected).size;
  if (distinct !== selectCount || distinct !== selected.length)
    return { kind: "wrong-count", expected: selectCount, got: selected.length };
  return null;
}
