import Link from "next/link";
import { appMessages } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/server/language";
import { safeCallbackUrl } from "@/lib/validation";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata() {
  return { title: (await getTranslator()).t("auth.signUpTitle") };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ t, language }, params] = await Promise.all([getTranslator(), searchParams]);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("auth.signUpTitle")}</h1>
      <SignUpForm messages={appMessages(language, ["auth"])} callbackUrl={safeCallbackUrl(params.callbackUrl)} />
      <p className="text-sm text-slate-600">
        {t("auth.haveAccount")}{" "}
        <Link href="/sign-in" className="text-sky-700 underline hover:text-sky-900">
          {t("nav.signIn")}
        </Link>
      </p>
    </div>
  );
}
