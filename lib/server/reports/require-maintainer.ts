import "server-only";
import { AppError } from "../app-error";
import { isMaintainer } from "./is-maintainer";

/** UNAUTHORIZED unless this user is a maintainer now. */
export async function requireMaintainer(userId: string): Promise<void> {
  if (!(await isMaintainer(userId))) throw new AppError("UNAUTHORIZED", "Only maintainers can do this");
}
