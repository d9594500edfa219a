"use server";

import { updateSettings } from "@/lib/server/account";
import { rememberLanguage } from "@/lib/server/language";
import { StudySettingsSchema } from "@/lib/srs";
import { runAction, type ActionResult } from "@/app/_lib/action";

/** Validates the settings with the form's schema and saves them; the language also goes to the language cookie. */
export async function saveSettings(input: unknown): Promise<ActionResult<null>> {
  return runAction(StudySettingsSchema, input, async ({ userId, data }) => {
    await updateSettings({ userId, settings: data });
    await rememberLanguage(data.locale);
    return null;
  });
}
