import { appMessages } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/server/language";
import { env } from "@/lib/env";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata() {
  return { title: (await getTranslator()).t("auth.forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const { t, language } = await getTranslator();
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("auth.forgotTitle")}</h1>
      <p className="text-slate-700">{t("auth.forgotLead")}</p>
      <ForgotPasswordForm messages={appMessages(language, ["auth"])} mailConfigured={env().SMTP_URL !== undefined} />
    </div>
  );
}
