import { requireUser } from "@/lib/auth/session";
import { studyMessages, studyTranslator } from "@/lib/i18n/study-messages";
import { getStudySettings } from "@/lib/server/account";
import { getLanguage } from "@/lib/server/language";
import { defaultDecay } from "@/lib/srs";
import { AccountPanel } from "./account-panel";
import { SettingsForm } from "./settings-form";

export async function generateMetadata() {
  return { title: studyTranslator(await getLanguage())("settings.title") };
}

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [language, settings] = await Promise.all([getLanguage(), getStudySettings({ userId: user.id })]);
  const t = studyTranslator(language);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("settings.title")}</h1>
      <SettingsForm
        initial={settings}
        timeZones={Intl.supportedValuesOf("timeZone")}
        messages={studyMessages(language, ["settings"])}
        savedIn={{ ko: studyTranslator("ko")("settings.saved"), en: studyTranslator("en")("settings.saved") }}
        decay={defaultDecay()}
      />
      <AccountPanel messages={studyMessages(language, ["account"])} />
    </div>
  );
}
