import "server-only";
import { db } from "@/lib/db/client";

/** Ends every session of this learner, on every device: cookies issued before stop working (see lib/auth/session.ts). */
export async function endSessions({ userId }: { userId: string }): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
