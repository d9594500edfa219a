import "server-only";

export type AppErrorCode = "BAD_INPUT" | "NOT_FOUND" | "CONFLICT" | "UNAUTHORIZED" | "THROTTLED";

const STATUS: Record<AppErrorCode, number> = { BAD_INPUT: 400, UNAUTHORIZED: 401, NOT_FOUND: 404, CONFLICT: 409, THROTTLED: 429 };

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
