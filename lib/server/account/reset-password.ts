import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { consumeEmailToken } from "@/lib/db/sql/email-tokens";
import { AppError } from "@/lib/server/app-error";
import { hashLinkToken } from "./send-email-link";

/**
 * Follows a reset link: sets the new password, ends every session (a thief's too) and lifts the account's sign-in
 * lock. Returns the address so the page can sign in. NOT_FOUND for a link that is unknown, used or expired.
 */
export async function resetPassword(input: { token: string; password: string; now: Date }): Promise<{ email: string }> {
  const row = await consumeEmailToken(db(), hashLinkToken(input.token), "reset-password", input.now);
  if (!row?.userId) throw new AppError("NOT_FOUND", "This link has expired or was already used");
  const passwordHash = await hashPassword(input.password);
  const user = await db().user.update({
    where: { id: row.userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { email: true },
  });
  await db().emailToken.deleteMany({ where: { userId: row.userId, purpose: "reset-password" } });
  const account = `account:${user.email}`;
  await db().signInThrottle.deleteMany({ where: { OR: [{ key: account }, { key: { startsWith: `${account}|` } }] } });
  return { email: user.email };
}
