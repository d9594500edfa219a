import "server-only";

import type { FailureCode } from "@/lib/i18n/failure-text";

/** One code per kind of failure, shared with the interface, which picks its text by the code. */
export type AppErrorCode = FailureCode;

const STATUS: Record<AppErrorCode, number> = {
  BAD_INPUT: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  THROTTLED: 429,
  IN_OPEN_EXAM: 409,
};

/** An expected failure with a message that is safe to show; anything else is a bug and is logged, not shown. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return STATUS[this.code];
  }
}
