import type { Translate } from "./translate";

/** Why a server action refused: one code per kind of failure (the server's AppError codes; BAD_INPUT for invalid input). */
export type FailureCode = "UNAUTHORIZED" | "NOT_FOUND" | "CONFLICT" | "THROTTLED" | "BAD_INPUT" | "IN_OPEN_EXAM";

export type FailureTranslate = Translate<
  "errors.signIn" | "errors.notFound" | "errors.conflict" | "errors.throttled" | "errors.inOpenExam" | "errors.invalid"
>;

/**
 * A refused action's message in the learner's language. The server's messages are English; the code chooses the
 * text. Only invalid input keeps the server's detail, inside a translated sentence: the interface never sends such
 * input, so it reaches a learner only through a bug or a tampered request.
 */
export function failureText(t: FailureTranslate, failure: { code: FailureCode; message: string }): string {
  switch (failure.code) {
    case "UNAUTHORIZED":
      return t("errors.signIn");
    case "NOT_FOUND":
      return t("errors.notFound");
    case "CONFLICT":
      return t("errors.conflict");
    case "THROTTLED":
      return t("errors.throttled");
    case "IN_OPEN_EXAM":
      return t("errors.inOpenExam");
    default:
      return t("errors.invalid", { detail: failure.message });
  }
}
