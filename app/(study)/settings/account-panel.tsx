"use client";

import { signIn, signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { FormField } from "@/components/ui/form-field";
import type { StudyMessages } from "@/lib/i18n/study-messages";
import { translateWith } from "@/lib/i18n/translate";
import { changePasswordAction, deleteAccountAction, requestEmailChangeAction } from "./actions";

/** Export, address and password changes, and account deletion: what a learner expects to control about their own account. */
export function AccountPanel({ messages }: { messages: StudyMessages<"account"> }) {
  const t = translateWith(messages);
  const [pending, startTransition] = useTransition();
  const [passwordStatus, setPasswordStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [emailStatus, setEmailStatus] = useState<{ ok: boolean; text: string } | null>(null);

  function changeEmail(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const newEmail = String(values.get("newEmail") ?? "");
    const password = String(values.get("emailPassword") ?? "");
    startTransition(async () => {
      const result = await requestEmailChangeAction({ newEmail, password }).catch(() => null);
      if (result?.ok) {
        form.reset();
        return setEmailStatus({ ok: true, text: t("account.changeEmailSent", { email: newEmail.trim() }) });
      }
      const text = result?.fields?.newEmail
        ? t("account.newEmailInvalid")
        : result?.code === "BAD_INPUT"
          ? t("account.wrongPassword")
          : t("account.failed");
      setEmailStatus({ ok: false, text });
    });
  }

  function changePassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const values = new FormData(form);
    const currentPassword = String(values.get("currentPassword") ?? "");
    const newPassword = String(values.get("newPassword") ?? "");
    startTransition(async () => {
      const result = await changePasswordAction({ currentPassword, newPassword }).catch(() => null);
      if (!result) return setPasswordStatus({ ok: false, text: t("account.failed") });
      if (!result.ok) {
        const text = result.fields?.newPassword ? t("account.newPasswordInvalid") : t("account.wrongPassword");
        return setPasswordStatus({ ok: false, text: result.code === "BAD_INPUT" ? text : t("account.failed") });
      }
      // Every session ended with the change, this one too: sign in again with the new password.
      await signIn("credentials", { email: result.data.email, password: newPassword, redirect: false });
      form.reset();
      setPasswordStatus({ ok: true, text: t("account.passwordChanged") });
    });
  }

  function deleteAccount(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("deletePassword") ?? "");
    startTransition(async () => {
      const result = await deleteAccountAction({ password }).catch(() => null);
      if (result?.ok) return void (await signOut({ callbackUrl: "/" }));
      setDeleteError(result?.code === "BAD_INPUT" ? t("account.wrongPassword") : t("account.failed"));
    });
  }

  return (
    <section aria-labelledby="account-title" className="space-y-6 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="account-title" className="text-lg font-semibold">
        {t("account.title")}
      </h2>
      <div className="space-y-2">
        <h3 className="font-medium">{t("account.export")}</h3>
        <ul className="space-y-1 text-sm">
          <li>
            <a href="/api/export?format=json" download className="text-sky-700 hover:underline">
              {t("account.exportJson")}
            </a>
          </li>
          <li>
            <a href="/api/export?format=anki-csv" download className="text-sky-700 hover:underline">
              {t("account.exportCsv")}
            </a>
          </li>
        </ul>
      </div>
      <form onSubmit={changeEmail} className="max-w-md space-y-3" aria-labelledby="email-title">
        <h3 id="email-title" className="font-medium">
          {t("account.changeEmail")}
        </h3>
        <FormField
          id="newEmail"
          name="newEmail"
          type="email"
          autoComplete="email"
          required
          label={t("account.newEmail")}
        />
        <FormField
          id="emailPassword"
          name="emailPassword"
          type="password"
          autoComplete="current-password"
          required
          label={t("account.currentPassword")}
        />
        <FormStatus status={emailStatus} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-50"
        >
          {t("account.changeEmailSubmit")}
        </button>
      </form>
      <form
        onSubmit={changePassword}
        className="max-w-md space-y-3 border-t border-slate-100 pt-4"
        aria-labelledby="password-title"
      >
        <h3 id="password-title" className="font-medium">
          {t("account.passwordTitle")}
        </h3>
        <FormField
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          label={t("account.currentPassword")}
        />
        <FormField
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          label={t("account.newPassword")}
          hint={t("account.newPasswordHint")}
        />
        <FormStatus status={passwordStatus} />
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-50"
        >
          {t("account.changePassword")}
        </button>
      </form>
      <form
        onSubmit={deleteAccount}
        className="max-w-md space-y-3 border-t border-slate-100 pt-4"
        aria-labelledby="delete-title"
      >
        <h3 id="delete-title" className="font-medium text-red-800">
          {t("account.deleteTitle")}
        </h3>
        <p className="text-sm text-slate-700">{t("account.deleteWarning")}</p>
        <FormField
          id="deletePassword"
          name="deletePassword"
          type="password"
          autoComplete="current-password"
          required
          label={t("account.deletePassword")}
        />
        {deleteError ? (
          <p role="alert" className="text-sm text-red-700">
            {deleteError}
          </p>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50"
        >
          {t("account.delete")}
        </button>
      </form>
    </section>
  );
}

/** A form's outcome: announced politely when it worked, as an alert when it did not. */
function FormStatus({ status }: { status: { ok: boolean; text: string } | null }) {
  if (!status) return null;
  return (
    <p
      role={status.ok ? "status" : "alert"}
      className={status.ok ? "text-sm text-emerald-800" : "text-sm text-red-700"}
    >
      {status.text}
    </p>
  );
}
