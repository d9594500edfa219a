"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState } from "react";
import type { AppMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";

export function ConfirmSignUpForm({ messages, token }: { messages: AppMessages<"auth" | "nav">; token: string }) {
  const t = translateWith(messages);
  const [error, setError] = useState<"invalid" | "conflict" | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await signIn("sign-up-link", { token, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign("/dashboard");
      return;
    }
    setPending(false);
    setError(result?.error === "link-conflict" ? "conflict" : "invalid");
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4">
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error === "conflict" ? t("auth.linkConflict") : t("auth.linkInvalid")}{" "}
          <Link href={error === "conflict" ? "/sign-in" : "/sign-up"} className="text-sky-700 underline">
            {error === "conflict" ? t("nav.signIn") : t("nav.signUp")}
          </Link>
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending || error !== null}
        className="w-full rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-60"
      >
        {t("auth.confirmSubmit")}
      </button>
    </form>
  );
}
