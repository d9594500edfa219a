import { appMessages } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/server/language";
import { ConfirmSignUpForm } from "./confirm-sign-up-form";

export async function generateMetadata() {
  return { title: (await getTranslator()).t("auth.confirmTitle") };
}

/** Where a sign-up link lands. Opening it changes nothing (mail scanners open links): the button does. */
export default async function ConfirmSignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ t, language }, params] = await Promise.all([getTranslator(), searchParams]);
  const token = typeof params.token === "string" ? params.token : "";
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("auth.confirmTitle")}</h1>
      <p className="text-slate-700">{t("auth.confirmLead")}</p>
      <ConfirmSignUpForm messages={appMessages(language, ["auth", "nav"])} token={token} />
    </div>
  );
}
