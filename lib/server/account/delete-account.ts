import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/server/app-error";

/**
 * Deletes the learner's account and everything of theirs, after the password confirms it: cards, review logs,
 * answers, daily quizzes, exam attempts and reports go with the user row (ON DELETE CASCADE), and the sign-in counters
 * kept under their email go too. Reports they resolved as a maintainer stay, without their name. BAD_INPUT when the
 * password is wrong.
 */
export async function deleteAccount(input: { userId: string; password: string }): Promise<void> {
  const user = await db().user.findUnique({ where: { id: input.userId }, select: { email: true, passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND", "No such learner");
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError("BAD_INPUT", "The password is not correct");
  }
  await db().$transaction([
    db().signInThrottle.deleteMany({
      where: { OR: [{ key: `account:${user.email}` }, { key: { startsWith: `account:${user.email}|` } }] },
    }),
    db().user.delete({ where: { id: input.userId } }),
  ]);
}
