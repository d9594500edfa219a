"use server";

import { cookies } from "next/headers";
import { getSessionUser } from "@/lib/auth/session";
import { isLanguage } from "@/lib/i18n/negotiate";
import { LANGUAGE_COOKIE } from "@/lib/server/language";
import { setUserLocale } from "@/lib/server/account/set-user-locale";

/** Remembers the interface language in a cookie, and on the account when signed in. */
export async function setLanguage(language: unknown): Promise<{ ok: boolean; error?: string }> {
  if (!isLanguage(language)) return { ok: false, error: "language must be \"ko\" or \"en\"" };
  (await cookies()).set(LANGUAGE_COOKIE, language, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
  const user = await getSessionUser();
  if (user) await setUserLocale(user.id, language);
  return { ok: true };
}
