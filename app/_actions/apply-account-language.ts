"use server";

import { z } from "zod";
import type { Language } from "@/lib/content";
import { getStudySettings } from "@/lib/server/account";
import { rememberLanguage } from "@/lib/server/language";
import { runAction, type ActionResult } from "@/app/_lib/action";

/**
 * Right after signing in: the account's saved language becomes this browser's (the language cookie), so a learner
 * who signs in from a new browser gets the language they chose rather than the one negotiated from the browser.
 */
export async function applyAccountLanguage(input: unknown): Promise<ActionResult<Language>> {
  return runAction(z.object({}).strict(), input, async ({ userId }) => {
    const { locale } = await getStudySettings({ userId });
    await rememberLanguage(locale);
    return locale;
  });
}
