"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";
import type { ActionFailure } from "@/lib/validation";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ messages, token }: { messages: AppMessages<"auth" | "nav">; token: string }) {
  const t = translateWith(messages);
  const [failed, setFailed] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setPending(true);
    const result = await resetPasswordAction({ token, password });
    if (result.ok) {
      const signedIn = await signIn("credentials", { email: result.data.email, password, redirect: false });
      window.location.assign(signedIn?.ok && !signedIn.error ? "/dashboard" : "/sign-in");
      return;
    }
    setPending(false);
    setFailed(result);
  }

  const linkDead = failed !== null && (failed.code === "NOT_FOUND" || failed.fields?.token !== undefined);
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        label={t("auth.newPassword")}
        hint={t("auth.passwordHint")}
        error={failed?.fields?.password === undefined ? undefined : t("auth.error.password")}
      />
      {linkDead ? (
        <p role="alert" className="text-sm text-red-700">
          {t("auth.linkInvalid")}{" "}
          <Link href="/forgot-password" className="text-sky-700 underline">
            {t("auth.forgotTitle")}
          </Link>
        </p>
      ) : failed && !failed.fields ? (
        <p role="alert" className="text-sm text-red-700">
          {t("auth.requestFailed")}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending || linkDead}
        className="w-full rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-60"
      >
        {t("auth.resetSubmit")}
      </button>
    </form>
  );
}
