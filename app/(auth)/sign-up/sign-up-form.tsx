"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";
import type { ActionResult } from "@/lib/validation";
import { signUp } from "./actions";

export function SignUpForm({ messages, callbackUrl }: { messages: AppMessages<"auth">; callbackUrl: string }) {
  const t = translateWith(messages);
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const [pending, setPending] = useState(false);
  const failed = result && !result.ok ? result : null;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      name: String(form.get("name") ?? ""),
    };
    setPending(true);
    const outcome = await signUp(values);
    setResult(outcome);
    if (outcome.ok) {
      const signedIn = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      if (signedIn?.ok && !signedIn.error) {
        window.location.assign(callbackUrl);
        return;
      }
      window.location.assign("/sign-in");
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField
        id="name"
        name="name"
        type="text"
        autoComplete="name"
        label={t("auth.name")}
        error={failed?.fields?.name}
      />
      <FormField
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        required
        label={t("auth.email")}
        error={failed?.fields?.email}
      />
      <FormField
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        label={t("auth.password")}
        hint={t("auth.passwordHint")}
        error={failed?.fields?.password}
      />
      {failed && !failed.fields ? (
        <p role="alert" className="text-sm text-red-700">
          {failed.message}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-60"
      >
        {t("auth.submitSignUp")}
      </button>
    </form>
  );
}
