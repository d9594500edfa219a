import { forbidden } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/server/language";
import { isMaintainer, listOpenReports } from "@/lib/server/reports";
import { CloseReportButtons } from "./close-report-buttons";

export async function generateMetadata() {
  return { title: (await getTranslator()).t("maintainer.title") };
}

export default async function ReportsPage() {
  const user = await requireUser("/maintainer/reports");
  const { t, language } = await getTranslator();
  // 403, not a 200 page that says no: a learner's request is refused as such.
  if (!(await isMaintainer(user.id))) forbidden();
  const reports = await listOpenReports({ maintainerId: user.id });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("maintainer.title")}</h1>
      {reports.length === 0 ? <p className="text-slate-600">{t("maintainer.empty")}</p> : null}
      <ul className="space-y-4">
        {reports.map((report) => (
          <li key={report.id} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline gap-2 text-sm">
              <span className="font-mono">{report.itemId}</span>
              <span className="rounded bg-amber-100 px-2 text-amber-900">{t(`report.reason.${report.reason}`)}</span>
              {report.changedSinceReport ? (
                <span className="rounded bg-sky-100 px-2 text-sky-900">{t("maintainer.changed")}</span>
              ) : null}
              <span className="text-slate-500">{report.sourceFile}</span>
              <span className="ml-auto text-slate-500">
                {report.reporter} · {report.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
              </span>
            </div>
            {report.text ? <p className="text-sm text-slate-800">{report.text[language]}</p> : null}
            {report.details ? <p className="whitespace-pre-line text-sm text-slate-600">“{report.details}”</p> : null}
            <CloseReportButtons
              reportId={report.id}
              labels={{ resolve: t("maintainer.resolve"), dismiss: t("maintainer.dismiss") }}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
