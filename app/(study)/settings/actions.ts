"use server";

import { changePassword, deleteAccount, requestEmailChange, updateSettings } from "@/lib/server/account";
import { ChangeEmailSchema, ChangePasswordSchema, DeleteAccountSchema } from "@/lib/validation";
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

/** Changes the password and ends every session; the page then signs in again with the new password. */
export async function changePasswordAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return runAction(ChangePasswordSchema, input, ({ userId, data }) => changePassword({ userId, ...data }));
}

/** Deletes the account and everything of it, confirmed with the password. */
export async function deleteAccountAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(DeleteAccountSchema, input, async ({ userId, data }) => {
    await deleteAccount({ userId, password: data.password });
    return null;
  });
}

/** Mails a confirmation link to the new address (or a note, if it has an account); the answer is the same. */
export async function requestEmailChangeAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(ChangeEmailSchema, input, async ({ userId, data, now }) => {
    await requestEmailChange({ userId, ...data, now });
    return null;
  });
}
