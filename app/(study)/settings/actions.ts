"use server";

import { getSessionUser } from "@/lib/auth/session";
import { AppError } from "@/lib/server/app-error";
import { updateSettings } from "@/lib/server/account/update-settings";
import { StudySettingsSchema, type StudySettingsField } from "@/lib/srs/settings-schema";
import { setLanguage } from "../../set-language";

export type SaveSettingsResult = { ok: true } | { ok: false; error: string; fields: StudySettingsField[] };

/** Validates the settings with the form's schema and saves them; the language also goes to the language cookie. */
export async function saveSettings(input: unknown): Promise<SaveSettingsResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, error: "Sign in to change your settings", fields: [] };
  const parsed = StudySettingsSchema.safeParse(input);
  if (!parsed.success) {
    const named = new Set(parsed.error.issues.map((issue) => issue.path[0]));
    const fields = StudySettingsSchema.keyof().options.filter((field) => named.has(field));
    return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid settings", fields };
  }
  try {
    await updateSettings({ userId: user.id, settings: parsed.data });
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message, fields: [] };
    throw error;
  }
  const language = await setLanguage(parsed.data.locale);
  return language.ok ? { ok: true } : { ok: false, error: language.error ?? "Could not set the language", fields: ["locale"] };
}
