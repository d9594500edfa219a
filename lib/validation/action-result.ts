import type { FailureCode } from "@/lib/i18n/failure-text";

/**
 * What every server action returns. A failure names its code (the interface picks its text in the learner's language
 * by the code), an English message for logs and tools, and, for invalid input, the first problem per field.
 * `recovered` is what the action could still tell after the failure (the review queue as it now stands).
 */
export type ActionResult<T, R = never> = { ok: true; data: T } | ActionFailure<R>;

export type ActionFailure<R = never> = {
  ok: false;
  code: FailureCode;
  message: string;
  fields?: Record<string, string>;
  recovered?: R;
};
