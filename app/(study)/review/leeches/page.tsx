import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { appMessages } from "@/lib/i18n/messages";
import { studyTranslator } from "@/lib/i18n/study-messages";
import { getLanguage } from "@/lib/server/language";
import { listLeeches } from "@/lib/server/review";
import { ReportButton } from "@/app/_components/report-button";

export async function generateMetadata() {
  return { title: studyTranslator(await getLanguage())("leeches.title") };
}

export default async function LeechesPage() {
  const user = await requireUser("/review/leeches");
  const [language, leeches] = await Promise.all([getLanguage(), listLeeches({ userId: user.id })]);
  const t = studyTranslator(language);
  const reportMessages = appMessages(language, ["report"]);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("leeches.title")}</h1>
        <p className="text-slate-600">{t("leeches.lead")}</p>
      </header>
      {leeches.length === 0 ? (
        <p className="text-slate-600">{t("leeches.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {leeches.map((leech) => (
            <li
              key={`${leech.itemKind}:${leech.itemId}`}
              className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
            >
              <p className="text-xs text-slate-500">
                {t(`leeches.kind.${leech.itemKind}`)} · {leech.itemId} · {t("leeches.lapses", { n: leech.lapses })}
              </p>
              <p className="whitespace-pre-line">{leech.text[language]}</p>
              <ReportButton itemKind={leech.itemKind} itemId={leech.itemId} messages={reportMessages} />
            </li>
          ))}
        </ul>
      )}
      <Link href="/review" className="text-sm text-sky-700 hover:underline">
        {t("leeches.back")}
      </Link>
    </div>
  );
}
