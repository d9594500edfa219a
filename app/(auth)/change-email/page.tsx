import { appMessages } from "@/lib/i18n/messages";
import { getTranslator } from "@/lib/server/language";
import { ConfirmEmailChangeForm } from "./confirm-email-change-form";

export async function generateMetadata() {
  return { title: (await getTranslator()).t("auth.changeEmailTitle") };
}

/** Where an address-change link lands; the address changes only when the button is pressed. */
export default async function ChangeEmailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ t, language }, params] = await Promise.all([getTranslator(), searchParams]);
  return (
    <div className="mx-auto max-w-sm space-y-6">
      <h1 className="text-2xl font-bold">{t("auth.changeEmailTitle")}</h1>
      <p className="text-slate-700">{t("auth.changeEmailLead")}</p>
      <ConfirmEmailChangeForm
        messages={appMessages(language, ["auth", "nav"])}
        token={typeof params.token === "string" ? params.token : ""}
      />
    </div>
  );
}
