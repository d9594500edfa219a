import "server-only";
import { cookies, headers } from "next/headers";
import type { Language } from "@/lib/i18n/localized";
import { translator, type MessageKey } from "@/lib/i18n/messages";
import { negotiateLanguage } from "@/lib/i18n/negotiate";
import type { Translate } from "@/lib/i18n/translate";

export const LANGUAGE_COOKIE = "lang";

export async function getLanguage(): Promise<Language> {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  return negotiateLanguage(cookieStore.get(LANGUAGE_COOKIE)?.value, headerStore.get("accept-language"));
}

export async function getTranslator(): Promise<{ language: Language; t: Translate<MessageKey> }> {
  const language = await getLanguage();
  return { language, t: translator(language) };
}

/** Remembers the interface language for this browser for a year (the account keeps it too, through the settings). */
export async function rememberLanguage(language: Language): Promise<void> {
  (await cookies()).set(LANGUAGE_COOKIE, language, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
}
