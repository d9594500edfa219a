import { parsePath, type InputIssue } from "@/lib/sim/input-issue";
import type { SimMessageKey } from "@/lib/i18n/sim-messages";
import { code, fieldName, optionLabel, type MessagePart, type PartParams, type SimText } from "./sim-text";

/** Identifiers an issue may quote: shown as code, never translated. */
const QUOTED = ["value", "expected", "id", "name", "notName", "instanceType", "protocol", "format", "op", "rule"];

/**
 * Where an input problem is, in words: `["ops", 1, "instance"]` is "작업 2 › 인스턴스 번호" (lists counted from 1).
 * A path with a part the catalogue cannot name is shown whole, as code.
 */
export function locationParts(t: SimText, path: readonly (string | number)[]): MessagePart[] {
  if (path.length === 0) return [t.text("issue.whole")];
  const words: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const next = path[i + 1];
    if (typeof segment === "number") {
      words.push(t.text("path.item", { n: segment + 1 }));
      continue;
    }
    if (typeof next === "number") {
      const label = t.maybe(`path.${segment}`, { n: next + 1 });
      if (label === null) return [code(formatPath(path))];
      words.push(label);
      names.push(segment);
      i++;
      continue;
    }
    names.push(segment);
    // An object whose field has a label of its own (`instance.az`) needs no word of its own.
    if (typeof next === "string" && t.maybe(`field.${segment}.${next}`) !== null) continue;
    const label = fieldName(t, names);
    if (label === null) return [code(formatPath(path))];
    words.push(label);
  }
  return [words.join(" › ")];
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/** The problem in words: the issue's code picks the message; enumerated parameters are worded too. */
export function problemParts(t: SimText, issue: Pick<InputIssue, "code" | "params">): MessagePart[] {
  const params: PartParams = { ...issue.params };
  const { expected, kind, direction } = issue.params;
  if (issue.code === "wrongType" && typeof expected === "string") {
    const word = t.maybe(`issue.type.${expected}`);
    params.expected = word ?? code(expected);
  } else if (typeof expected === "string") params.expected = code(expected);
  if (issue.code === "dangling" && typeof kind === "string") params.kind = t.maybe(`issue.kind.${kind}`) ?? code(kind);
  if (issue.code === "iamConditionValue" && typeof kind === "string")
    params.kind = t.maybe(`issue.type.${kind}`) ?? code(kind);
  if (issue.code === "requiredForDirection" && typeof direction === "string")
    params.direction = optionLabel(t, direction) ?? code(direction);
  for (const name of QUOTED) {
    const value = issue.params[name];
    if (name !== "expected" && typeof value === "string") params[name] = code(value);
  }
  return t.parts(`issue.${issue.code}` as SimMessageKey, params);
}

/**
 * A refused input as the learner reads it: where, then what. Without a coded issue (a simulator that has not coded
 * its problems yet), the place comes from the contract's English line and the problem is worded generally.
 */
export function inputErrorParts(
  t: SimText,
  run: { inputError: string; issue?: Pick<InputIssue, "path" | "code" | "params"> },
): MessagePart[] {
  if (run.issue) return [...locationParts(t, run.issue.path), ": ", ...problemParts(t, run.issue)];
  const field = /^([A-Za-z0-9_.[\]:-]+): /.exec(run.inputError)?.[1];
  const path = field === undefined ? [] : parsePath(field);
  return [...locationParts(t, path), ": ", t.text("issue.invalid")];
}
