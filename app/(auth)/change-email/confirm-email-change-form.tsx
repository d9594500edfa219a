"use client";

import Link from "next/link";
import { useState } from "react";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";
import { confirmEmailChangeAction } from "./actions";

export function ConfirmEmailChangeForm({ messages, token }: { messages: AppMessages<"auth" | "nav">; token: string }) {
  const t = translateWith(messages);
  const [outcome, setOutcome] = useState<{ ok: true; email: string } | { ok: false; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await confirmEmailChangeAction({ token }).catch(() => null);
    setPending(false);
    if (result?.ok) return setOutcome({ ok: true, email: result.data.email });
    setOutcome({ ok: false, text: result?.code === "CONFLICT" ? t("auth.linkConflict") : t("auth.linkInvalid") });
  }

  if (outcome?.ok) {
    return (
      <p role="status" className="text-slate-800">
        {t("auth.changeEmailDone", { email: outcome.email })}{" "}
        <Link href="/sign-in" className="text-sky-700 underline">
          {t("nav.signIn")}
        </Link>
      </p>
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {outcome ? (
        <p role="alert" className="text-sm text-red-700">
          {outcome.text}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending || outcome !== null}
        className="w-full rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-60"
      >
        {t("auth.changeEmailSubmit")}
      </button>
    </form>
  );
}
