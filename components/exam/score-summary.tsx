import type { Language } from "@/lib/i18n/localized";
import type { ExamTranslate } from "@/lib/i18n/exam-messages";
import type { ExamResultView } from "@/lib/server/exams";
import { groupLabel } from "./exam-title";

function minutesText(ms: number, language: Language): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (language === "ko") return h > 0 ? `${h}시간 ${m}분` : `${m}분`;
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

/** The head of the score report: verdict, estimated scaled score (labelled as an estimate), raw score, time used. */
export function ScoreSummary({
  result,
  t,
  language,
}: {
  result: ExamResultView;
  t: ExamTranslate;
  language: Language;
}) {
  return (
    <section
      aria-labelledby="score-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <h2 id="score-heading" className="sr-only">
        {t("result.title")}
      </h2>
      {result.passed !== null ? (
        <p
          data-testid="verdict"
          className={`text-3xl font-bold ${result.passed ? "text-emerald-700" : "text-red-700"}`}
        >
          {result.passed ? t("result.passed") : t("result.failed")}
        </p>
      ) : null}
      <dl className="grid gap-3 sm:grid-cols-3">
        {result.scaledScore !== null && result.passingScaledScore !== null ? (
          <div>
            <dt className="text-sm text-slate-600">{t("result.scaled")}</dt>
            <dd className="text-xl font-semibold">
              {t("result.scaledValue", { score: result.scaledScore, pass: result.passingScaledScore })}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="text-sm text-slate-600">{t("result.raw")}</dt>
          <dd className="text-xl font-semibold">
            {t("result.rawValue", { correct: result.rawCorrect, total: result.total, percent: result.percent })}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("result.time")}</dt>
          <dd className="text-xl font-semibold">
            {t("result.timeValue", {
              used: minutesText(result.timeUsedMs, language),
              allowed: minutesText(result.durationMinutes * 60_000, language),
            })}
          </dd>
        </div>
      </dl>
      {result.scaledScore !== null && result.passingScaledScore !== null ? (
        <p className="text-xs text-slate-500">
          {t("result.estimate", { cut: result.cutPercent, pass: result.passingScaledScore })}
        </p>
      ) : null}
      {result.autoSubmitted ? <p className="text-sm text-amber-800">{t("result.autoSubmitted")}</p> : null}
    </section>
  );
}

/** Each domain (or topic) as the official report classifies it, with its percentage. */
export function DomainResults({
  result,
  t,
  language,
}: {
  result: ExamResultView;
  t: ExamTranslate;
  language: Language;
}) {
  const mock = result.passingScaledScore !== null;
  return (
    <section aria-labelledby="domains-heading" className="space-y-3">
      <h2 id="domains-heading" className="text-xl font-semibold">
        {mock ? t("result.domains") : t("result.topics")}
      </h2>
      <ul className="space-y-2">
        {result.groups.map((group) => (
          <li key={group.group} className="rounded-md border border-slate-200 bg-white p-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-medium">{groupLabel(t, language, result.kind, group.group)}</span>
              <span className={`text-sm font-semibold ${group.meets ? "text-emerald-700" : "text-amber-800"}`}>
                {group.meets ? t("result.meets") : t("result.needsImprovement")} ·{" "}
                {t("result.domainValue", { percent: group.percent, correct: group.correct, total: group.total })}
              </span>
            </div>
            <div className="mt-2 h-2 rounded bg-slate-100" aria-hidden="true">
              <div
                className={`h-2 rounded ${group.meets ? "bg-emerald-600" : "bg-amber-500"}`}
                style={{ width: `${group.percent}%` }}
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
