import "server-only";
import { db } from "@/lib/db/client";

/** The maintainer flag is read from the database on every call, so revoking it takes effect at once. */
export async function isMaintainer(userId: string): Promise<boolean> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { isMaintainer: true } });
  return user?.isMaintainer === true;
}
