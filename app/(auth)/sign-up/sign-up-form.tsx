"use client";

import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";
import type { ActionResult } from "@/lib/validation";
import { MailSentNotice } from "../_components/mail-sent-notice";
import { signUp } from "./actions";

/** Asks for an account; the answer is "check your inbox" whether or not the address already has one. */
export function SignUpForm({ messages, mailConfigured }: { messages: AppMessages<"auth">; mailConfigured: boolean }) {
  const t = translateWith(messages);
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const failed = result && !result.ok ? result : null;
  // The server's messages are English: the field that failed picks the text in the learner's language.
  const fieldError = (field: "email" | "password" | "name") =>
    failed?.fields?.[field] === undefined ? undefined : t(`auth.error.${field}`);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      name: String(form.get("name") ?? ""),
      // New accounts keep the learner's own day boundaries, not the default zone.
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    };
    setPending(true);
    const outcome = await signUp(values);
    setResult(outcome);
    if (outcome.ok) setSentTo(values.email.trim().toLowerCase());
    setPending(false);
  }

  if (sentTo) {
    return (
      <MailSentNotice noMailServer={mailConfigured ? null : t("auth.noMailServer")}>
        <h2 className="font-semibold">{t("auth.checkInboxTitle")}</h2>
        <p className="text-sm text-slate-700">{t("auth.checkInbox", { email: sentTo })}</p>
      </MailSentNotice>
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField
        id="name"
        name="name"
        type="text"
        autoComplete="name"
        label={t("auth.name")}
        error={fieldError("name")}
      />
      <FormField
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        required
        label={t("auth.email")}
        error={fieldError("email")}
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
        error={fieldError("password")}
      />
      {failed && !failed.fields ? (
        <p role="alert" className="text-sm text-red-700">
          {failed.code === "THROTTLED" ? t("auth.signUpThrottled") : t("auth.signUpFailed")}
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
