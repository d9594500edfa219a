import { appMessages } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/server/language";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata() {
  return { title: (await getTranslator()).t("auth.resetTitle") };
}

/** Where a reset link lands; the password changes only when the form is sent. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ t, language }, params] = await Promise.all([getTranslator(), searchParams]);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("auth.resetTitle")}</h1>
      <p className="text-slate-700">{t("auth.resetLead")}</p>
      <ResetPasswordForm
        messages={appMessages(language, ["auth", "nav"])}
        token={typeof params.token === "string" ? params.token : ""}
      />
    </div>
  );
}
