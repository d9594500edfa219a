"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";
import { applyAccountLanguage } from "@/app/_actions/apply-account-language";

export function SignInForm({ messages, callbackUrl }: { messages: AppMessages<"auth">; callbackUrl: string }) {
  const t = translateWith(messages);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    setPending(false);
    if (result?.ok && !result.error) {
      // A new browser takes the account's saved language; the sign-in stands even if this fails.
      await applyAccountLanguage({}).catch(() => null);
      window.location.assign(callbackUrl);
      return;
    }
    const throttled = /^throttled:(\d+)$/.exec(result?.error ?? "");
    setError(throttled ? t("auth.throttled", { seconds: Number(throttled[1] ?? 60) }) : t("auth.invalid"));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField id="email" name="email" type="email" autoComplete="email" required label={t("auth.email")} />
      <FormField
        id="password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        label={t("auth.password")}
      />
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-60"
      >
        {t("auth.submitSignIn")}
      </button>
    </form>
  );
}
