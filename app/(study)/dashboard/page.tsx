import Link from "next/link";
import { ChartFigure } from "@/components/dashboard/chart-figure";
import { DueForecastChart } from "@/components/dashboard/due-forecast-chart";
import { ExamScoresChart } from "@/components/dashboard/exam-scores-chart";
import { MasteryChart } from "@/components/dashboard/mastery-chart";
import { RetentionChart } from "@/components/dashboard/retention-chart";
import { ReviewHeatmapChart } from "@/components/dashboard/review-heatmap-chart";
import { StartHere, StudyTiles } from "@/components/dashboard/study-tiles";
import { groupLabel } from "@/components/exam/exam-title";
import { requireUser } from "@/lib/auth/session";
import { TOPICS } from "@/lib/content";
import { mockExamBlueprint, MOCK_EXAM_KINDS, MOCK_EXAMS } from "@/lib/exam";
import { coverageTranslator } from "@/lib/i18n/coverage-messages";
import { examTranslator } from "@/lib/i18n/exam-messages";
import { settleOverdueExams } from "@/lib/server/exams";
import { getDashboard } from "@/lib/server/progress";
import { getLanguage } from "@/lib/server/language";

export async function generateMetadata() {
  return { title: examTranslator(await getLanguage())("dash.title") };
}

const WEEKDAYS = {
  ko: ["일", "월", "화", "수", "목", "금", "토"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};
const EXAM_COLORS = { clf_c02: "#7c3aed", saa_c03: "#0369a1" } as const;

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  // The one write before these reads: an exam left open past its deadline is scored now, at its deadline.
  const now = new Date();
  await settleOverdueExams({ userId: user.id, now });
  const [language, view] = await Promise.all([getLanguage(), getDashboard({ userId: user.id, now })]);
  const t = examTranslator(language);
  const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

  const forecastTotal = view.forecast.reduce((sum, d) => sum + d.due, 0);
  const reviewTotal = view.heatmap.days.reduce((sum, d) => sum + d.reviews, 0);
  const matureMonths = view.retention.months.filter((m) => m.total > 0);
  // From the first month with mature reviews (at least the last three months): a year of empty months says nothing.
  const firstMature = view.retention.months.findIndex((m) => m.total > 0);
  const retentionMonths = view.retention.months.slice(
    Math.max(0, Math.min(firstMature, view.retention.months.length - 3)),
  );
  const target = Math.round(view.desiredRetention * 1000) / 10;
  const attemptedAny = view.mastery.topics.some((r) => r.attempted > 0);
  const nothingYet = !view.started.cards && !view.started.answers && !view.started.exams;
  const lastExam = view.exams.at(-1);
  const summaries = {
    forecast: t("dash.forecastSummary", { total: forecastTotal, today: view.forecast[0]?.due ?? 0 }),
    heatmap: t("dash.heatmapSummary", { total: reviewTotal, days: view.heatmap.days.length }),
    retention: t("dash.retentionSummary", {
      rate: percent(view.retention.recent.passed, view.retention.recent.total),
      total: view.retention.recent.total,
      target,
    }),
    mastery: view.mastery.topics
      .map(
        (r) =>
          `${TOPICS.find((x) => x.id === r.topicId)?.name[language] ?? r.topicId} ${percent(r.mastered, r.questions)}%`,
      )
      .join(", "),
    exams: t("dash.examScoresSummary", { n: view.exams.length, last: lastExam?.scaledScore ?? 0 }),
  };

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("dash.title")}</h1>
      {nothingYet ? <StartHere t={t} /> : null}
      <StudyTiles today={view.today} t={t} />

      <div className="grid gap-6 lg:grid-cols-2">
        <ChartFigure
          id="forecast"
          title={t("dash.forecast")}
          summary={summaries.forecast}
          empty={forecastTotal === 0 ? t("dash.forecastEmpty") : null}
        >
          <DueForecastChart
            title={summaries.forecast}
            data={view.forecast}
            todayLabel={t("dash.forecastToday")}
            cardsLabel={t("dash.cards")}
          />
        </ChartFigure>

        <ChartFigure
          id="heatmap"
          title={t("dash.heatmap")}
          summary={summaries.heatmap}
          empty={reviewTotal === 0 ? t("dash.heatmapEmpty") : null}
        >
          <ReviewHeatmapChart
            title={summaries.heatmap}
            from={view.heatmap.from}
            to={view.heatmap.to}
            days={view.heatmap.days}
            reviewsLabel={t("dash.reviews")}
            weekdayLabels={WEEKDAYS[language]}
            lessLabel={t("dash.less")}
            moreLabel={t("dash.more")}
          />
        </ChartFigure>
      </div>

      <ChartFigure
        id="retention"
        title={t("dash.retention")}
        lead={t("dash.retentionLead")}
        summary={summaries.retention}
        empty={matureMonths.length === 0 ? t("dash.retentionEmpty") : null}
      >
        <RetentionChart
          title={summaries.retention}
          months={retentionMonths}
          target={target}
          rateLabel={t("dash.retentionRate")}
          targetLabel={t("dash.retentionTarget", { target })}
        />
      </ChartFigure>

      <ChartFigure
        id="mastery"
        title={t("dash.mastery")}
        lead={t("dash.masteryLead")}
        summary={summaries.mastery}
        empty={
          attemptedAny ? null : (
            <Link href="/daily" className="text-sky-700 hover:underline">
              {t("dash.masteryEmpty")}
            </Link>
          )
        }
      >
        <MasteryChart
          title={summaries.mastery}
          rows={TOPICS.flatMap((topic) => {
            const row = view.mastery.topics.find((r) => r.topicId === topic.id);
            return row ? [{ name: topic.name[language], ...row }] : [];
          })}
          attemptedLabel={t("dash.attempted")}
          masteredLabel={t("dash.mastered")}
        />
      </ChartFigure>

      <p>
        <Link href="/coverage" className="font-medium text-sky-700 hover:underline">
          {coverageTranslator(language)("coverage.link")}
        </Link>
      </p>

      {attemptedAny ? (
        <div className="grid gap-6 lg:grid-cols-2">
          {MOCK_EXAM_KINDS.map((kind) => {
            const exam = MOCK_EXAMS[kind];
            const rows = mockExamBlueprint(kind).domains.flatMap((domain) => {
              const row = view.mastery.domains.find((r) => r.exam === exam && r.domain === domain.id);
              return row ? [{ name: groupLabel(t, language, kind, domain.id), ...row }] : [];
            });
            const summary = rows.map((r) => `${r.name} ${percent(r.mastered, r.questions)}%`).join(", ");
            return (
              <ChartFigure
                key={kind}
                id={`domains-${kind}`}
                title={t("dash.domainMastery", { exam })}
                summary={summary}
                empty={rows.length === 0 ? t("dash.masteryEmpty") : null}
              >
                <MasteryChart
                  title={summary}
                  rows={rows}
                  attemptedLabel={t("dash.attempted")}
                  masteredLabel={t("dash.mastered")}
                />
              </ChartFigure>
            );
          })}
        </div>
      ) : null}

      <ChartFigure
        id="exams"
        title={t("dash.examScores")}
        summary={summaries.exams}
        empty={
          lastExam ? null : (
            <Link href="/exams" className="text-sky-700 hover:underline">
              {t("dash.examScoresEmpty")}
            </Link>
          )
        }
      >
        <ExamScoresChart
          title={summaries.exams}
          points={view.exams.map((e) => ({
            label: new Intl.DateTimeFormat(language, {
              month: "numeric",
              day: "numeric",
              timeZone: view.timeZone,
            }).format(e.submittedAt),
            kind: e.kind,
            score: e.scaledScore,
          }))}
          series={MOCK_EXAM_KINDS.filter((kind) => view.exams.some((e) => e.kind === kind)).map((kind) => ({
            key: kind,
            name: MOCK_EXAMS[kind],
            color: EXAM_COLORS[kind],
            passLine: mockExamBlueprint(kind).passingScaledScore ?? 700,
            passLabel: t("dash.passLine", {
              exam: MOCK_EXAMS[kind],
              score: mockExamBlueprint(kind).passingScaledScore ?? 700,
            }),
            labelPosition: kind === "saa_c03" ? "insideTopRight" : "insideBottomRight",
          }))}
          scoreLabel={t("dash.score")}
        />
      </ChartFigure>
    </div>
  );
}
