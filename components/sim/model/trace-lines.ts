import type { Language } from "@/lib/i18n/localized";
import type { SimName } from "@/lib/sim";
import { asList, isJsonObject, isLocalized } from "./json-value";

function sgLine(step: Record<string, unknown>): string {
  const parts = [`${String(step.layer)}: ${String(step.outcome)}`];
  if (step.rule !== null && step.rule !== undefined) parts.push(`rule ${String(step.rule)}`);
  if (typeof step.group === "string") parts.push(`${step.group} #${String(step.ruleIndex ?? "?")}`);
  if (typeof step.note === "string") parts.push(step.note);
  return parts.join(" · ");
}

function iamLine(step: Record<string, unknown>): string {
  const statements = asList(step.statements)
    .filter(isJsonObject)
    .map(
      (s) =>
        `${String(s.kind)} #${String(s.policyIndex)} statement ${String(s.statementIndex)}${typeof s.sid === "string" ? ` (${s.sid})` : ""} ${String(s.effect)}`,
    );
  const head = `${String(step.layer)}${step.policyIndex === undefined ? "" : ` #${String(step.policyIndex)}`}: ${String(step.result)}`;
  return statements.length > 0 ? `${head} · ${statements.join("; ")}` : head;
}

/** A trace entry that carries its own localized sentence (EBS, EC2, EFS), or its fields in `key=value` form. */
function genericLine(entry: unknown, language: Language): string {
  if (!isJsonObject(entry)) return JSON.stringify(entry);
  const sentence = [entry.summary, entry.explanation, entry.detail].find(isLocalized);
  const prefix = [
    entry.atOp === undefined ? null : `#${String(entry.atOp)}`,
    entry.t === undefined ? null : `t=${String(entry.t)}`,
    entry.op ?? entry.rule,
  ]
    .filter((part) => part !== null && part !== undefined)
    .map(String)
    .join(" ");
  if (sentence) return `${prefix}: ${sentence[language]}`;
  const rest = Object.entries(entry)
    .filter(([key]) => !["atOp", "t", "op", "rule"].includes(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" ");
  return rest === "" ? prefix : `${prefix} ${rest}`;
}

/**
 * The steps a simulator recorded, one readable line each: the layers an SG or IAM evaluation went through, the
 * operations of an EBS/EC2/EFS run with the rules that decided them, or the events of a health-check timeline.
 */
export function traceLines(sim: SimName, result: Record<string, unknown>, language: Language): string[] {
  switch (sim) {
    case "sg":
      return asList(result.trace).filter(isJsonObject).map(sgLine);
    case "iam":
      return asList(result.trace).filter(isJsonObject).map(iamLine);
    case "ebs":
    case "ec2":
      return [...asList(result.trace), ...asList(result.decidedBy)].map((entry) => genericLine(entry, language));
    case "efs":
      return asList(result.steps).map((entry) => genericLine(entry, language));
    case "elb-asg":
      return asList(result.log).map((entry) => genericLine(entry, language));
  }
}
