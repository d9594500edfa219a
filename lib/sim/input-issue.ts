import type { z } from "zod";

/** Renders a zod path as `securityGroups[0].inbound[1].source`; the empty path is `input`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else text += text === "" ? String(key) : `.${String(key)}`;
  }
  return text === "" ? "input" : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A short message for one issue: a missing field is `required`, an unknown op lists the known ones. */
export function describeIssueMessage(issue: z.core.$ZodIssue, input?: unknown): string {
  if (
    issue.code === "invalid_type" &&
    (issue.message.endsWith("received undefined") || (input !== undefined && valueAt(input, issue.path) === undefined))
  ) {
    return "required";
  }
  if (issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options)) {
    const given = input === undefined ? "" : ` ${JSON.stringify(valueAt(input, issue.path))}`;
    return `unknown value${given}; expected one of ${issue.options.join(", ")}`;
  }
  if (issue.code === "invalid_union") return "has an unexpected shape";
  return issue.message.replace(/^Invalid input: /, "");
}

/**
 * The one-line input error SIM_CONTRACT.md asks for: the field of the first problem and what is wrong. Unknown keys
 * are named as fields of their own so a typo (`sizeGib`) points at itself. Pass `input` for messages that quote it.
 */
export function describeFirstIssue(error: z.ZodError, input?: unknown): string {
  const issue = error.issues[0];
  if (issue === undefined) return "input: invalid";
  if (issue.code === "unrecognized_keys") {
    return `${formatPath([...issue.path, issue.keys[0] ?? "?"])}: unknown field (not in the contract's vocabulary)`;
  }
  return `${formatPath(issue.path)}: ${describeIssueMessage(issue, input)}`;
}
