import "server-only";
import { db } from "@/lib/db/client";
import { sendEmailLink } from "./send-email-link";

/**
 * Mails a password-reset link when the address has an account, and nothing otherwise; the caller answers the same
 * either way ("if an account uses this address, a link is on its way").
 */
export async function requestPasswordReset(input: { email: string; now: Date }): Promise<void> {
  const user = await db().user.findUnique({ where: { email: input.email }, select: { id: true, locale: true } });
  if (!user) return;
  await sendEmailLink({
    kind: "reset-password",
    to: input.email,
    language: user.locale === "en" ? "en" : "ko",
    now: input.now,
    token: { purpose: "reset-password", userId: user.id },
  });
}
