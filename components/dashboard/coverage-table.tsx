import { COVERAGE_THRESHOLDS, type CoverageCounts, type ExamCoverage, type TaskCoverage } from "@/lib/exam";
import type { CoverageMessageKey } from "@/lib/i18n/coverage-messages";
import type { Language } from "@/lib/i18n/localized";
import type { Translate } from "@/lib/i18n/translate";

const CELL = "px-2 py-1.5 text-right tabular-nums whitespace-nowrap";

/**
 * One exam guide as a table: a row group per domain, a row per task statement with the bank's questions and the
 * learner's results, and a status that says in words (with ⚠) which statements are gaps, so no signal is colour alone.
 * Narrow screens scroll the table sideways inside its own focusable region.
 */
export function CoverageTable({
  coverage,
  language,
  t,
}: {
  coverage: ExamCoverage;
  language: Language;
  t: Translate<CoverageMessageKey>;
}) {
  const statements = coverage.domains.flatMap((d) => d.tasks.filter((task) => task.task !== null));
  const params = {
    min: COVERAGE_THRESHOLDS.minQuestions,
    cut: COVERAGE_THRESHOLDS.cutPercent,
    attempted: COVERAGE_THRESHOLDS.minAttempted,
  };
  const headingId = `coverage-${coverage.exam}`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-xl font-semibold">
        {coverage.exam}
      </h2>
      <p className="text-sm text-slate-600">{t("coverage.guide", { revision: coverage.revision })}</p>
      <p className="text-sm text-slate-800">
        {t("coverage.summary", {
          ...params,
          total: statements.length,
          thin: statements.filter((s) => s.gaps.includes("few-items")).length,
          low: statements.filter((s) => s.gaps.includes("low-accuracy")).length,
        })}
      </p>
      <div
        role="region"
        aria-label={t("coverage.scrollLabel", { exam: coverage.exam })}
        tabIndex={0}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      >
        <table className="w-full min-w-[21rem] border-collapse text-xs sm:text-sm">
          <caption className="sr-only">{t("coverage.caption", { exam: coverage.exam })}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-2 text-left font-semibold">
                {t("coverage.col.task")}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-semibold">
                {t("coverage.col.questions")}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-semibold">
                {t("coverage.col.answered")}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-semibold">
                {t("coverage.col.correct")}
              </th>
              <th scope="col" className="px-2 py-2 text-left font-semibold">
                {t("coverage.col.status")}
              </th>
            </tr>
          </thead>
          {coverage.domains.map((domain, index) => (
            <tbody key={domain.domain} className="border-t border-slate-200">
              <tr className="bg-slate-100">
                <th scope="rowgroup" colSpan={5} className="px-2 py-2 text-left font-semibold">
                  {t("coverage.domainRow", { n: index + 1, name: domain.name[language], weight: domain.weight })}
                </th>
              </tr>
              {domain.tasks.map((task) => (
                <TaskRow key={task.task ?? "unassigned"} task={task} language={language} t={t} />
              ))}
              <tr className="border-t border-slate-200 font-medium">
                <th scope="row" className="px-2 py-1.5 text-left">
                  {t("coverage.domainTotal")}
                </th>
                <Counts counts={domain} t={t} />
                <td />
              </tr>
            </tbody>
          ))}
        </table>
      </div>
    </section>
  );
}

function TaskRow({ task, language, t }: { task: TaskCoverage; language: Language; t: Translate<CoverageMessageKey> }) {
  const flagged = task.gaps.length > 0;
  return (
    <tr data-gap={flagged ? task.gaps.join(" ") : undefined} className={flagged ? "bg-amber-50" : undefined}>
      <th scope="row" className="px-2 py-1.5 text-left align-top font-normal">
        {task.task === null ? (
          <span className="italic">{t("coverage.unassigned")}</span>
        ) : (
          <>
            <span className="mr-1 font-mono font-semibold">{task.task}</span>
            {task.title?.[language]}
          </>
        )}
      </th>
      <Counts counts={task} t={t} />
      <td className="px-2 py-1.5 align-top">
        {flagged ? (
          <ul className="font-semibold text-amber-900">
            {task.gaps.map((gap) => (
              <li key={gap} className="whitespace-nowrap">
                {t(`coverage.gap.${gap}`)}
              </li>
            ))}
          </ul>
        ) : task.task === null ? null : task.attempted === 0 ? (
          <span className="text-slate-600">{t("coverage.untried")}</span>
        ) : (
          <span className="whitespace-nowrap">{t("coverage.ok")}</span>
        )}
      </td>
    </tr>
  );
}

function Counts({ counts, t }: { counts: CoverageCounts; t: Translate<CoverageMessageKey> }) {
  return (
    <>
      <td className={`${CELL} align-top`}>{counts.questions}</td>
      <td className={`${CELL} align-top`}>{counts.attempted}</td>
      <td className={`${CELL} align-top`}>
        {counts.attempted === 0
          ? t("coverage.noAnswers")
          : t("coverage.share", {
              percent: Math.round((100 * counts.correct) / counts.attempted),
              correct: counts.correct,
              attempted: counts.attempted,
            })}
      </td>
    </>
  );
}
