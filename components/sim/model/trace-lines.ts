import type { SimMessageKey } from "@/lib/i18n/sim-messages";
import type { SimName } from "@/lib/sim";
import { asList, isJsonObject, isLocalized } from "./json-value";
import { code, opLabel, type MessagePart, type SimText } from "./sim-text";
import { parseRef } from "@/lib/sim/s3/refs";

/** The simulator's own notes on a security-group step, by their contract text. */
const SG_NOTES: Record<string, SimMessageKey> = {
  "same subnet: NACLs are not evaluated": "trace.sg.note.sameSubnet",
  "security groups are stateful": "trace.sg.note.stateful",
  "no single protocol": "trace.sg.note.noProtocol",
  "this ICMP type has no reply": "trace.sg.note.noReply",
};

const SEPARATOR = " · ";

function word(t: SimText, key: string, fallback: unknown): MessagePart {
  return t.maybe(key) ?? code(fallback);
}

function sgLine(t: SimText, step: Record<string, unknown>): MessagePart[] {
  const parts: MessagePart[] = [word(t, `trace.sg.${String(step.layer)}`, step.layer), ": "];
  parts.push(word(t, `trace.sg.${String(step.outcome)}`, step.outcome));
  if (step.rule === "*") parts.push(SEPARATOR, t.text("trace.catchAll"));
  else if (typeof step.rule === "number") parts.push(SEPARATOR, t.text("trace.rule", { rule: step.rule }));
  if (typeof step.group === "string") {
    const n = typeof step.ruleIndex === "number" ? step.ruleIndex + 1 : "?";
    parts.push(SEPARATOR, ...t.parts("trace.sgRule", { group: code(step.group), n }));
  }
  if (typeof step.note === "string") {
    const key = SG_NOTES[step.note];
    parts.push(SEPARATOR, key ? t.text(key) : code(step.note));
  }
  return parts;
}

/** "요청 · 라우팅 테이블 rtb-main: 허용 · 0.0.0.0/0 → nat-1" for one check of a `vpc` walk. */
function vpcLine(t: SimText, step: Record<string, unknown>): MessagePart[] {
  const parts: MessagePart[] = [
    word(t, `trace.vpc.${String(step.phase)}`, step.phase),
    SEPARATOR,
    word(t, `trace.vpc.check.${String(step.check)}`, step.check),
    " ",
    code(step.at),
    ": ",
    word(t, `trace.sg.${String(step.outcome)}`, step.outcome),
  ];
  if (step.rule === "*") parts.push(SEPARATOR, t.text("trace.catchAll"));
  else if (typeof step.rule === "number") parts.push(SEPARATOR, t.text("trace.rule", { rule: step.rule }));
  if (typeof step.group === "string") {
    const n = typeof step.ruleIndex === "number" ? step.ruleIndex + 1 : "?";
    parts.push(SEPARATOR, ...t.parts("trace.sgRule", { group: code(step.group), n }));
  }
  if (isJsonObject(step.route))
    parts.push(SEPARATOR, code(`${String(step.route.destination)} → ${String(step.route.target)}`));
  if (typeof step.blockedBy === "string") parts.push(SEPARATOR, code(step.blockedBy));
  return parts;
}

/** "명시적 거부 확인: 실패 · 버킷 정책의 문 1" for one step of an `s3` evaluation. */
function s3Line(t: SimText, step: Record<string, unknown>): MessagePart[] {
  const parts: MessagePart[] = [
    word(t, `trace.s3.${String(step.step)}`, step.step),
    ": ",
    word(t, `trace.s3.${String(step.outcome)}`, step.outcome),
  ];
  if (typeof step.detail === "string") parts.push(SEPARATOR, word(t, `trace.s3.detail.${step.detail}`, step.detail));
  for (const ref of asList(step.refs)) {
    const parsed = typeof ref === "string" ? parseRef(ref) : null;
    parts.push(
      SEPARATOR,
      parsed === null
        ? code(ref)
        : t.text(`trace.s3.ref.${parsed.source}`, { policy: parsed.policy + 1, n: parsed.index + 1 }),
    );
  }
  return parts;
}

function iamLine(t: SimText, step: Record<string, unknown>): MessagePart[] {
  const layer = word(t, `trace.iam.${String(step.layer)}`, step.layer);
  const head: MessagePart[] =
    typeof step.policyIndex === "number" && typeof layer === "string"
      ? [t.text("trace.iam.level", { layer, n: step.policyIndex + 1 })]
      : [layer];
  const parts: MessagePart[] = [...head, ": ", word(t, `trace.iam.${String(step.result)}`, step.result)];
  for (const statement of asList(step.statements).filter(isJsonObject)) {
    const policy = typeof statement.policyIndex === "number" ? statement.policyIndex + 1 : "?";
    const n = typeof statement.statementIndex === "number" ? statement.statementIndex + 1 : "?";
    parts.push(
      SEPARATOR,
      ...(typeof statement.sid === "string"
        ? t.parts("trace.iam.sid", { policy, n, sid: code(statement.sid) })
        : t.parts("trace.iam.statement", { policy, n })),
    );
  }
  return parts;
}

/** "작업 2 · 볼륨 연결" for an operation (`atOp` 0-based), with its localized sentence after it. */
function opLine(t: SimText, atOp: unknown, op: unknown, sentence: string | null): MessagePart[] {
  const n = typeof atOp === "number" ? atOp + 1 : "?";
  const head = op === undefined ? [t.text("path.ops", { n })] : t.parts("trace.opLine", { n, op: opLabel(t, op) });
  return sentence === null ? head : [...head, ": ", sentence];
}

function sentenceOf(entry: Record<string, unknown>, t: SimText): string | null {
  const sentence = [entry.summary, entry.explanation, entry.detail].find(isLocalized);
  return sentence ? sentence[t.language] : null;
}

/** One event of a health-check timeline: "630초: i-1이 상태 확인에 2번 연속 실패해 비정상이 됨". */
function elbLine(t: SimText, entry: Record<string, unknown>): MessagePart[] {
  const rule = typeof entry.rule === "string" ? entry.rule : "";
  const subject = code(typeof entry.subject === "string" ? entry.subject : "");
  const value = typeof entry.value === "number" ? entry.value : code(entry.value ?? "");
  let sentence: MessagePart[];
  if (rule.startsWith("event:")) {
    sentence = t.parts("trace.elb.event", { op: opLabel(t, rule.slice("event:".length)), subject });
  } else if (rule.startsWith("EC2:")) {
    sentence = t.parts("trace.elb.ec2State", { subject, state: code(rule.slice("EC2:".length)) });
  } else {
    const key = [`trace.elb.${rule}`, `trace.elb.${rule.split("(")[0]}`].find((k) => t.maybe(k) !== null);
    sentence = key
      ? t.parts(key as SimMessageKey, { subject, value })
      : [code(rule), ...(entry.subject === undefined ? [] : [" ", subject])];
  }
  const time = typeof entry.t === "number" ? t.text("trace.eventLine", { t: entry.t }) : null;
  return time === null ? sentence : [time, ": ", ...sentence];
}

/**
 * The steps a simulator recorded, one line of parts each, in the page language: the layers an SG or IAM evaluation
 * went through, the operations of an EBS/EC2/EFS run with what decided them, or the events of a health-check
 * timeline. Operations and policies are counted from 1, as the editors count them; identifiers stay code.
 */
export function traceLines(sim: SimName, result: Record<string, unknown>, t: SimText): MessagePart[][] {
  switch (sim) {
    case "sg":
      return asList(result.trace)
        .filter(isJsonObject)
        .map((step) => sgLine(t, step));
    case "iam":
      return asList(result.trace)
        .filter(isJsonObject)
        .map((step) => iamLine(t, step));
    case "s3":
      return asList(result.trace)
        .filter(isJsonObject)
        .map((step) => s3Line(t, step));
    case "ebs":
    case "ec2":
      return [
        ...asList(result.trace)
          .filter(isJsonObject)
          .map((entry) => opLine(t, entry.atOp, entry.op, sentenceOf(entry, t))),
        ...asList(result.decidedBy)
          .filter(isJsonObject)
          .map((entry) => opLine(t, entry.atOp, undefined, sentenceOf(entry, t))),
      ];
    case "efs":
      return asList(result.steps)
        .filter(isJsonObject)
        .map((entry, index) => opLine(t, index, entry.op, sentenceOf(entry, t)));
    case "elb-asg":
      return asList(result.log)
        .filter(isJsonObject)
        .map((entry) => elbLine(t, entry));
    case "route53": {
      // Each group the question went through; a rejected batch or an rcode without a group has only its explanation.
      const steps = asList(result.trace)
        .filter(isJsonObject)
        .map((step): MessagePart[] => [code(step.group ?? ""), ": ", sentenceOf(step, t) ?? ""]);
      const summary = sentenceOf(result, t);
      return steps.length > 0 || summary === null ? steps : [[summary]];
    }
    case "vpc":
      return asList(result.trace)
        .filter(isJsonObject)
        .map((step) => vpcLine(t, step));
  }
}
