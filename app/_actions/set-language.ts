"use server";

import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { setUserLocale } from "@/lib/server/account";
import { rememberLanguage } from "@/lib/server/language";
import { runPublicAction, type ActionResult } from "@/app/_lib/action";

const LanguageSchema = z.enum(["ko", "en"]);

/** Remembers the interface language in a cookie, and on the account when signed in. */
export async function setLanguage(input: unknown): Promise<ActionResult<null>> {
  return runPublicAction(LanguageSchema, input, async ({ data }) => {
    await rememberLanguage(data);
    const user = await getSessionUser();
    if (user) await setUserLocale(user.id, data);
    return null;
  });
}
