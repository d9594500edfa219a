import Link from "next/link";
import { CoverageTable } from "@/components/dashboard/coverage-table";
import { requireUser } from "@/lib/auth/session";
import { COVERAGE_THRESHOLDS } from "@/lib/exam";
import { coverageTranslator } from "@/lib/i18n/coverage-messages";
import { examTranslator } from "@/lib/i18n/exam-messages";
import { getBlueprintCoverage } from "@/lib/server/progress";
import { getLanguage } from "@/lib/server/language";

export async function generateMetadata() {
  return { title: coverageTranslator(await getLanguage())("coverage.title") };
}

export default async function CoveragePage() {
  const user = await requireUser("/coverage");
  const [language, coverage] = await Promise.all([getLanguage(), getBlueprintCoverage({ userId: user.id })]);
  const t = coverageTranslator(language);
  const exams = examTranslator(language);
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-2xl font-bold">{t("coverage.title")}</h1>
          <Link href="/exams" className="text-sm font-medium text-sky-700 hover:underline">
            {exams("dash.goExams")}
          </Link>
        </div>
        <p className="text-slate-700">{t("coverage.lead")}</p>
        <p className="text-sm text-slate-700">
          {t("coverage.legend", {
            min: COVERAGE_THRESHOLDS.minQuestions,
            attempted: COVERAGE_THRESHOLDS.minAttempted,
            cut: COVERAGE_THRESHOLDS.cutPercent,
          })}
        </p>
      </header>
      {coverage.map((exam) => (
        <CoverageTable key={exam.exam} coverage={exam} language={language} t={t} />
      ))}
    </div>
  );
}
