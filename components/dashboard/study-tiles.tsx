import Link from "next/link";
import type { ExamTranslate } from "@/lib/i18n/exam-messages";
import type { StudyToday } from "@/lib/server/progress";

/** The streak and today's work as a row of numbers with a next step where there is one. */
export function StudyTiles({ today, t }: { today: StudyToday; t: ExamTranslate }) {
  const tiles = [
    {
      label: t("dash.streak"),
      value: t("dash.streakValue", { n: today.streak }),
      hint: t("dash.streakHint"),
      link: null,
    },
    {
      label: t("dash.dailyQuiz"),
      value: t(`dash.daily.${today.dailyQuiz}`),
      hint: null,
      link: today.dailyQuiz === "done" ? null : { href: "/daily", text: t("dash.goDaily") },
    },
    {
      label: t("dash.dueToday"),
      value: String(today.dueToday),
      hint: null,
      link: today.dueToday > 0 ? { href: "/review", text: t("dash.goReview") } : null,
    },
    { label: t("dash.reviewsToday"), value: String(today.reviewsToday), hint: null, link: null },
    { label: t("dash.answersToday"), value: String(today.answersToday), hint: null, link: null },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {tiles.map((tile) => (
        <div key={tile.label} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
          <dt className="text-xs text-slate-600">{tile.label}</dt>
          <dd className="text-2xl font-semibold" data-tile={tile.label}>
            {tile.value}
          </dd>
          {tile.hint ? <dd className="text-xs text-slate-500">{tile.hint}</dd> : null}
          {tile.link ? (
            <dd>
              <Link href={tile.link.href} className="text-sm font-medium text-sky-700 hover:underline">
                {tile.link.text} →
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

/** For a learner with no history: the three first steps, in order. */
export function StartHere({ t }: { t: ExamTranslate }) {
  return (
    <section aria-labelledby="start-heading" className="space-y-2 rounded-lg border border-sky-200 bg-sky-50 p-4">
      <h2 id="start-heading" className="text-lg font-semibold">
        {t("dash.startHeading")}
      </h2>
      <p className="text-sm text-slate-700">{t("dash.startLead")}</p>
      <ol className="list-decimal space-y-1 pl-5 text-sm">
        <li>
          <Link href="/daily" className="font-medium text-sky-700 hover:underline">
            {t("dash.startDaily")}
          </Link>
        </li>
        <li>
          <Link href="/practice/ec2" className="font-medium text-sky-700 hover:underline">
            {t("dash.startPractice")}
          </Link>
        </li>
        <li>
          <Link href="/exams" className="font-medium text-sky-700 hover:underline">
            {t("dash.startExam")}
          </Link>
        </li>
      </ol>
    </section>
  );
}
