import "server-only";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/server/app-error";
import { sendEmailLink } from "./send-email-link";

/**
 * Starts moving the account to a new address, after the password proves it is the learner: the new address gets a
 * link (see confirmEmailChange), or a note when it already has an account, and the answer is the same either way.
 * BAD_INPUT when the password is wrong or the address is the current one.
 */
export async function requestEmailChange(input: {
  userId: string;
  password: string;
  newEmail: string;
  now: Date;
}): Promise<void> {
  const user = await db().user.findUnique({
    where: { id: input.userId },
    select: { email: true, passwordHash: true, locale: true },
  });
  if (!user) throw new AppError("NOT_FOUND", "No such learner");
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError("BAD_INPUT", "The password is not correct");
  }
  if (input.newEmail === user.email) throw new AppError("BAD_INPUT", "That is already your address");
  const language = user.locale === "en" ? "en" : "ko";
  const taken = await db().user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
  await sendEmailLink(
    taken
      ? { kind: "change-email-existing", to: input.newEmail, language, now: input.now }
      : {
          kind: "change-email",
          to: input.newEmail,
          language,
          now: input.now,
          token: { purpose: "change-email", userId: input.userId },
        },
  );
}
