import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { mailKeys, recordFailedSignIn, secondsLocked } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import type { EmailTokenPurpose } from "@/lib/db/sql/email-tokens";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/db/generated/client";
import { mailText, type MailKind } from "@/lib/i18n/mail-messages";
import type { Language } from "@/lib/i18n/localized";
import { sendMail } from "@/lib/mail";

/** Where each kind of link opens, and for how long it works. */
export const EMAIL_LINKS: Record<EmailTokenPurpose, { path: string; minutes: number }> = {
  "sign-up": { path: "/sign-up/confirm", minutes: 24 * 60 },
  "reset-password": { path: "/reset-password", minutes: 30 },
  "change-email": { path: "/change-email", minutes: 24 * 60 },
};

/** Only this digest of a link's token is stored. */
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Mails `to` a message of `kind`; with `token`, the message carries a new one-time link of that purpose. Each
 * addressee has a small budget of messages per window: past it nothing is sent, and the caller's answer is the same,
 * so the budget cannot be probed either. Links point at NEXTAUTH_URL, never at the request's Host header.
 */
export async function sendEmailLink(input: {
  kind: MailKind;
  to: string;
  language: Language;
  now: Date;
  token?: { purpose: EmailTokenPurpose; userId?: string; payload?: Prisma.InputJsonValue; email?: string };
}): Promise<void> {
  const budget = mailKeys(input.to);
  if (
    (await secondsLocked(
      db(),
      budget.map((k) => k.key),
      input.now,
    )) > 0
  )
    return;
  await recordFailedSignIn(db(), budget, input.now);
  const origin = env().NEXTAUTH_URL.replace(/\/+$/, "");
  let link = origin;
  let minutes = 0;
  if (input.token) {
    const { path, minutes: lifetime } = EMAIL_LINKS[input.token.purpose];
    const token = randomBytes(32).toString("base64url");
    const email = input.token.email ?? input.to;
    await db().emailToken.deleteMany({ where: { email, expiresAt: { lte: input.now } } });
    await db().emailToken.create({
      data: {
        purpose: input.token.purpose,
        tokenHash: hashLinkToken(token),
        email,
        userId: input.token.userId ?? null,
        payload: input.token.payload,
        expiresAt: new Date(input.now.getTime() + lifetime * 60_000),
      },
    });
    link = `${origin}${path}?token=${token}`;
    minutes = lifetime;
  }
  const message = mailText(input.kind, input.language, {
    link,
    email: input.token?.email ?? input.to,
    hours: Math.round(minutes / 60),
    minutes,
  });
  await sendMail({ to: input.to, ...message });
}
