import type { Localized } from "@/lib/i18n/localized";
import { withJosa } from "@/lib/i18n/josa";
import { inputProblem, type InputProblem } from "../input-issue";
import type { FactRef } from "./facts";
import type { Failure, Note } from "./outcome";

/** One documented rule that shaped the result, at the operation where it applied (for the UI and for checks). */
export interface Decision extends FactRef {
  atOp: number;
  detail: Localized;
  minor?: boolean;
}

/** What each operation did, in order, in both languages. */
export interface TraceEntry {
  atOp: number;
  op: string;
  summary: Localized;
}

/** An operation referred to a volume, instance, snapshot… that no earlier operation created: an input error. */
export interface Dangling {
  dangling: InputProblem;
}

/** The input error for a reference to a resource that no earlier operation created. */
export function dangling(atOp: number, field: string, kind: string, index: number, created: number): Dangling {
  return {
    dangling: inputProblem(
      ["ops", atOp, field],
      "dangling",
      { kind: field, index, created },
      `no ${kind} ${index} exists at this point (${created} created by earlier ops)`,
    ),
  };
}

/** Turns an operation's notes into `decidedBy` entries. */
export function decisionsOf(atOp: number, notes: readonly Note[]): Decision[] {
  return notes.map((n) => ({
    atOp,
    rule: n.fact.rule,
    source: n.fact.source,
    detail: n.detail,
    ...(n.minor ? { minor: true } : {}),
  }));
}

/** The contract's failure result `{error, atOp}` with the rule that decided it and a readable explanation. */
export function failureResult<Code extends string>(atOp: number, op: string, failure: Failure<Code>) {
  return {
    error: failure.code,
    atOp,
    explanation: {
      // Operations are counted from 1 in prose, as the editors count them; `atOp` stays 0-based.
      en: `Operation ${atOp + 1} (${op}) failed with ${failure.code}: ${failure.detail.en}`,
      ko: `${withJosa(`작업 ${atOp + 1}`, "이/가")} ${failure.code} 오류로 실패했습니다: ${failure.detail.ko}`,
    },
    decidedBy: [{ atOp, rule: failure.fact.rule, source: failure.fact.source, detail: failure.detail }] as Decision[],
  };
}

/** Explanation of a run in which every operation succeeded: the count and the last notable decision. */
export function successExplanation(
  opCount: number,
  decisions: readonly Decision[],
  trace: readonly TraceEntry[],
): Localized {
  const last = decisions.filter((d) => !d.minor).at(-1)?.detail ?? trace.at(-1)?.summary;
  return {
    en: `${opCount === 1 ? "The operation" : `All ${opCount} operations`} succeeded.${last ? ` ${last.en}` : ""}`,
    ko: `${opCount === 1 ? "작업이" : `${opCount}개 작업이 모두`} 성공했습니다.${last ? ` ${last.ko}` : ""}`,
  };
}
