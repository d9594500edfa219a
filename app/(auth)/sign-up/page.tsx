import Link from "next/link";
import { appMessages } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/server/language";
import { env } from "@/lib/env";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata() {
  return { title: (await getTranslator()).t("auth.signUpTitle") };
}

export default async function SignUpPage() {
  const { t, language } = await getTranslator();
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("auth.signUpTitle")}</h1>
      <SignUpForm messages={appMessages(language, ["auth"])} mailConfigured={env().SMTP_URL !== undefined} />
      <p className="text-sm text-slate-600">
        {t("auth.haveAccount")}{" "}
        <Link href="/sign-in" className="text-sky-700 underline hover:text-sky-900">
          {t("nav.signIn")}
        </Link>
      </p>
    </div>
  );
}
