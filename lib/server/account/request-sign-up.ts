import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { recordFailedSignIn, secondsLocked, signUpKeys } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Language } from "@/lib/content";
import { AppError } from "@/lib/server/app-error";
import { sendEmailLink } from "./send-email-link";

/** What a sign-up link carries until it is followed: the account it will create. */
export interface PendingAccount {
  name: string | null;
  passwordHash: string;
  locale: Language;
  timeZone: string | null;
}

/**
 * Starts a sign-up: the address gets a link that creates the account (see confirmSignUp), or, when it already has
 * an account, a note saying so. Both take the same work (an Argon2 hash) and give the same answer, so sign-up does
 * not tell anyone which addresses have accounts. Every attempt spends its address's and the app's sign-up budget.
 */
export async function requestSignUp(input: {
  email: string;
  password: string;
  name?: string;
  timeZone?: string;
  locale: Language;
  /** The client's address as the trusted proxies report it; null when unknown. */
  address: string | null;
  now: Date;
}): Promise<void> {
  const keys = signUpKeys(input.address, env().SIGN_UP_LIMIT_PER_ADDRESS);
  const wait = await secondsLocked(
    db(),
    keys.map((k) => k.key),
    input.now,
  );
  if (wait > 0) throw new AppError("THROTTLED", `Too many sign-ups; try again in ${wait} s`);
  await recordFailedSignIn(db(), keys, input.now);
  const passwordHash = await hashPassword(input.password);
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { locale: true } });
  if (existing) {
    await sendEmailLink({
      kind: "sign-up-existing",
      to: input.email,
      language: existing.locale === "en" ? "en" : "ko",
      now: input.now,
    });
    return;
  }
  const pending: PendingAccount = {
    name: input.name ?? null,
    passwordHash,
    locale: input.locale,
    timeZone: input.timeZone ?? null,
  };
  await sendEmailLink({
    kind: "sign-up",
    to: input.email,
    language: input.locale,
    now: input.now,
    token: { purpose: "sign-up", payload: { ...pending } },
  });
}
