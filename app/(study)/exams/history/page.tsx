import Link from "next/link";
import { examTitle, formatDateTime } from "@/components/exam/exam-title";
import { requireUser } from "@/lib/auth/session";
import { examTranslator } from "@/lib/i18n/exam-messages";
import { getLanguage } from "@/lib/server/language";
import { listExamHistory, settleOverdueExams } from "@/lib/server/exams";

export async function generateMetadata() {
  return { title: examTranslator(await getLanguage())("history.title") };
}

export default async function ExamHistoryPage() {
  const user = await requireUser("/exams/history");
  // The one write before these reads: an exam left open past its deadline is scored now, at its deadline.
  const now = new Date();
  await settleOverdueExams({ userId: user.id, now });
  const [language, history] = await Promise.all([getLanguage(), listExamHistory({ userId: user.id })]);
  const t = examTranslator(language);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("history.title")}</h1>
      {history.attempts.length === 0 ? (
        <p className="text-slate-600">
          {t("history.empty")}{" "}
          <Link href="/exams" className="font-medium text-sky-700 hover:underline">
            {t("exams.title")}
          </Link>
        </p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("history.when")}
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("history.exam")}
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("history.result")}
              </th>
              <th scope="col" className="py-2 font-medium">
                <span className="sr-only">{t("history.view")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.attempts.map((a) => {
              const percent =
                a.rawCorrect !== null && a.questionCount > 0
                  ? Math.round((1000 * a.rawCorrect) / a.questionCount) / 10
                  : null;
              return (
                <tr key={a.attemptId} className="border-b border-slate-100">
                  <td className="py-2 pr-4">{formatDateTime(a.startedAt, language, history.timeZone)}</td>
                  <td className="py-2 pr-4">{examTitle(t, language, a.kind, a.topicId)}</td>
                  <td className="py-2 pr-4">
                    {a.submittedAt === null ? (
                      <span className="text-sky-800">{t("history.open")}</span>
                    ) : (
                      <>
                        {a.scaledScore !== null ? (
                          <span className="font-semibold">{t("history.score", { score: a.scaledScore })} </span>
                        ) : null}
                        {percent !== null ? (
                          <span className="text-slate-600">{t("history.percent", { percent })} </span>
                        ) : null}
                        {a.passed !== null ? (
                          <span className={a.passed ? "text-emerald-700" : "text-red-700"}>
                            {a.passed ? t("result.passed") : t("result.failed")}
                          </span>
                        ) : null}
                        {a.autoSubmitted ? (
                          <span className="ml-1 text-xs text-slate-500">({t("history.auto")})</span>
                        ) : null}
                      </>
                    )}
                  </td>
                  <td className="py-2">
                    <Link
                      href={a.submittedAt === null ? `/exams/${a.attemptId}` : `/exams/${a.attemptId}/result`}
                      className="font-medium text-sky-700 hover:underline"
                    >
                      {a.submittedAt === null ? t("exams.resume") : t("history.view")}
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
