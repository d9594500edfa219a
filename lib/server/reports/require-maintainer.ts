import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/server/app-error";

/** The maintainer flag is read from the database on every call, so revoking it takes effect at once. */
export async function isMaintainer(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { isMaintainer: true } });
  return user?.isMaintainer === true;
}

export async function assertMaintainer(userId: string): Promise<void> {
  if (!(await isMaintainer(userId))) throw new AppError("UNAUTHORIZED", "Only maintainers can do this");
}
