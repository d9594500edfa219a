import Link from "next/link";
import { appMessages } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/server/language";
import { safeCallbackUrl } from "@/lib/validation";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata() {
  return { title: (await getTranslator()).t("auth.signInTitle") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ t, language }, params] = await Promise.all([getTranslator(), searchParams]);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("auth.signInTitle")}</h1>
      <SignInForm messages={appMessages(language, ["auth"])} callbackUrl={safeCallbackUrl(params.callbackUrl)} />
      <p className="text-sm">
        <Link href="/forgot-password" className="text-sky-700 underline hover:text-sky-900">
          {t("auth.forgotLink")}
        </Link>
      </p>
      <p className="text-sm text-slate-600">
        {t("auth.noAccount")}{" "}
        <Link href="/sign-up" className="text-sky-700 underline hover:text-sky-900">
          {t("nav.signUp")}
        </Link>
      </p>
    </div>
  );
}
