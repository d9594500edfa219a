import "server-only";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/server/app-error";

/**
 * Changes the learner's password after checking the current one, and ends every session (this one too: the page
 * signs in again with the new password). BAD_INPUT when the current password is wrong.
 */
export async function changePassword(input: {
  userId: string;
  currentPassword: string;
  newPassword: string;
}): Promise<{ email: string }> {
  const user = await db().user.findUnique({ where: { id: input.userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND", "No such learner");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("BAD_INPUT", "The current password is not correct");
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db().user.update({ where: { id: input.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
  return { email: user.email };
}
