import type { Localized } from "@/lib/i18n/localized";
import type { FactRef } from "./facts";

/** Neutral EBS error codes of the simulator contract (AWS equivalents in the JSDoc of each rule). */
export const EBS_ERROR_CODES = [
  "AZ_MISMATCH",
  "SNAPSHOT_NOT_IN_REGION",
  "VOLUME_IN_USE",
  "MULTI_ATTACH_NOT_SUPPORTED",
  "MULTI_ATTACH_LIMIT",
  "MULTI_ATTACH_REQUIRES_NITRO",
  "INVALID_BOOT_VOLUME",
  "INVALID_IOPS",
  "INVALID_THROUGHPUT",
  "INVALID_SIZE",
  "SIZE_DECREASE_NOT_ALLOWED",
  // Not named by the contract; AWS answers IncorrectState when detaching a volume that is not attached there.
  "VOLUME_NOT_ATTACHED",
] as const;
/** One of the contract's neutral EBS error codes (SIM_CONTRACT.md, `ebs`). */
export type EbsErrorCode = (typeof EBS_ERROR_CODES)[number];

/** Why an operation failed: the code, the documented rule, and a sentence a learner can read. */
export interface Failure<Code extends string = EbsErrorCode> {
  code: Code;
  fact: FactRef;
  detail: Localized;
}

/** A decision worth telling the learner about even when nothing failed (a default applied, encryption inherited). */
export interface Note {
  fact: FactRef;
  detail: Localized;
  /** A default applied silently by AWS; explanations prefer the other notes. */
  minor?: boolean;
}

/** A step that either yields a value or fails with a documented reason. */
export type Attempt<T, Code extends string = EbsErrorCode> =
  { ok: true; value: T } | { ok: false; failure: Failure<Code> };

/** An attempt that also reports the notable decisions it made. */
export type Checked<T, Code extends string = EbsErrorCode> =
  { ok: true; value: T; notes: Note[] } | { ok: false; failure: Failure<Code> };

/** A failed step with its code, documented rule and bilingual detail. */
export function fail<Code extends string>(
  code: Code,
  fact: FactRef,
  en: string,
  ko: string,
): { ok: false; failure: Failure<Code> } {
  return { ok: false, failure: { code, fact, detail: { en, ko } } };
}

/** A decision worth explaining, tied to its documented rule; `minor` marks silent API defaults. */
export function note(fact: FactRef, en: string, ko: string, minor = false): Note {
  return minor ? { fact, detail: { en, ko }, minor } : { fact, detail: { en, ko } };
}

/** Thousands separators, so limits read as the documentation prints them (80,000 IOPS). */
export function num(value: number): string {
  return value.toLocaleString("en-US");
}
