"use client";

import { useState } from "react";
import { FormField } from "@/components/ui/form-field";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";
import type { ActionFailure } from "@/lib/validation";
import { MailSentNotice } from "../_components/mail-sent-notice";
import { forgotPassword } from "./actions";

export function ForgotPasswordForm({
  messages,
  mailConfigured,
}: {
  messages: AppMessages<"auth">;
  mailConfigured: boolean;
}) {
  const t = translateWith(messages);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failed, setFailed] = useState<ActionFailure | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "");
    setPending(true);
    const result = await forgotPassword({ email });
    setPending(false);
    if (result.ok) setSentTo(email.trim().toLowerCase());
    else setFailed(result);
  }

  if (sentTo) {
    return (
      <MailSentNotice noMailServer={mailConfigured ? null : t("auth.noMailServer")}>
        <p className="text-sm text-slate-700">{t("auth.forgotSent", { email: sentTo })}</p>
      </MailSentNotice>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormField
        id="email"
        name="email"
        type="email"
        autoComplete="email"
        required
        label={t("auth.email")}
        error={failed?.fields?.email === undefined ? undefined : t("auth.error.email")}
      />
      {failed && !failed.fields ? (
        <p role="alert" className="text-sm text-red-700">
          {t("auth.requestFailed")}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-60"
      >
        {t("auth.forgotSubmit")}
      </button>
    </form>
  );
}
