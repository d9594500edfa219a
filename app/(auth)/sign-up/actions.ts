"use server";

import { SignUpSchema } from "@/lib/auth/credentials";
import { AppError } from "@/lib/server/app-error";
import { getLanguage } from "@/lib/server/language";
import { registerUser } from "@/lib/server/account/register-user";

export type SignUpResult = { ok: true } | { ok: false; message: string; fieldErrors?: Partial<Record<"email" | "password" | "name", string>> };

export async function signUp(input: unknown): Promise<SignUpResult> {
  const parsed = SignUpSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<"email" | "password" | "name", string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "email" || field === "password" || field === "name") && !fieldErrors[field]) fieldErrors[field] = issue.message;
    }
    if (Object.keys(fieldErrors).length === 0) return { ok: false, message: "Expected an email and a password" };
    return { ok: false, message: "Please correct the highlighted fields", fieldErrors };
  }
  try {
    await registerUser({ ...parsed.data, locale: await getLanguage() });
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, fieldErrors: error.code === "CONFLICT" ? { email: error.message } : undefined };
    throw error;
  }
}
