import Link from "next/link";
import { examTitle, formatDateTime, groupLabel } from "@/components/exam/exam-title";
import { requireUser } from "@/lib/auth/session";
import { TOPICS } from "@/lib/content";
import { coverageTranslator } from "@/lib/i18n/coverage-messages";
import { examTranslator } from "@/lib/i18n/exam-messages";
import { getExamLobby, settleOverdueExams } from "@/lib/server/exams";
import { appMessages } from "@/lib/i18n/messages";
import { getLanguage } from "@/lib/server/language";
import { StartExamButton } from "./start-exam-button";

export async function generateMetadata() {
  return { title: examTranslator(await getLanguage())("exams.title") };
}

export default async function ExamsPage() {
  const user = await requireUser("/exams");
  // The one write before these reads: an exam left open past its deadline is scored now, at its deadline.
  const now = new Date();
  await settleOverdueExams({ userId: user.id, now });
  const [language, lobby] = await Promise.all([getLanguage(), getExamLobby({ userId: user.id })]);
  const t = examTranslator(language);
  const coverage = coverageTranslator(language);
  const busy = lobby.openAttempt !== null;
  const confirmFor = (name: string) => ({
    question: t("exams.confirm", { name }),
    start: t("exams.confirmStart"),
    cancel: t("exams.cancel"),
  });
  const start = {
    label: t("exams.start"),
    pendingLabel: t("exams.starting"),
    disabled: busy,
    errorMessages: appMessages(language, ["errors"]),
  };
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h1 className="text-2xl font-bold">{t("exams.title")}</h1>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            <Link href="/coverage" className="text-sm font-medium text-sky-700 hover:underline">
              {coverage("coverage.link")}
            </Link>
            <Link href="/exams/history" className="text-sm font-medium text-sky-700 hover:underline">
              {t("exams.historyLink")}
            </Link>
          </div>
        </div>
        <p className="text-slate-700">{t("exams.lead")}</p>
        <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          {t("exams.coverage")}
        </p>
      </header>

      {lobby.openAttempt ? (
        <section
          aria-label={t("exams.resume")}
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-sky-200 bg-sky-50 p-4"
        >
          <p>
            {t("exams.inProgress", {
              name: examTitle(t, language, lobby.openAttempt.kind, lobby.openAttempt.topicId),
              time: formatDateTime(lobby.openAttempt.deadline, language, lobby.timeZone),
            })}
          </p>
          <Link
            href={`/exams/${lobby.openAttempt.attemptId}`}
            className="rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800"
          >
            {t("exams.resume")}
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="mock-heading" className="space-y-3">
        <h2 id="mock-heading" className="text-xl font-semibold">
          {t("exams.mockHeading")}
        </h2>
        <p className="text-sm text-slate-600">
          {lobby.accommodation ? t("exams.accommodationOn") : t("exams.accommodationOff")}
        </p>
        <ul className="grid gap-4 md:grid-cols-2">
          {lobby.mockExams.map((mock) => {
            const name = examTitle(t, language, mock.kind, null);
            const taken = mock.domains.reduce((sum, d) => sum + d.taken, 0);
            return (
              <li key={mock.kind} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <h3 className="font-semibold">{name}</h3>
                <p className="text-sm text-slate-600">
                  {t("exams.facts", {
                    questions: mock.questionCount,
                    minutes: mock.minutes,
                    pass: mock.passingScaledScore,
                  })}
                </p>
                <p className="text-sm text-slate-700">
                  {coverage("coverage.draws", {
                    distinct: mock.distinctItems,
                    attempts: mock.attemptsWithoutRepeat,
                    unseen: mock.unseenItems,
                  })}
                </p>
                <ul className="space-y-1 text-xs text-slate-600">
                  {mock.domains
                    .filter((d) => d.available < d.quota)
                    .map((d) => (
                      <li key={d.domain}>
                        {t("exams.shortDomain", {
                          domain: groupLabel(t, language, mock.kind, d.domain),
                          quota: d.quota,
                          available: d.available,
                        })}
                      </li>
                    ))}
                  {mock.borrowed > 0 ? <li>{t("exams.borrowed", { n: mock.borrowed })}</li> : null}
                  {mock.missing > 0 ? (
                    <li className="text-amber-800">{t("exams.missing", { n: mock.missing, count: taken })}</li>
                  ) : null}
                </ul>
                <StartExamButton
                  request={{ kind: mock.kind }}
                  accessibleName={`${t("exams.start")}: ${name}`}
                  confirm={confirmFor(name)}
                  {...start}
                  disabled={busy || taken === 0}
                />
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="drill-heading" className="space-y-3">
        <h2 id="drill-heading" className="text-xl font-semibold">
          {t("exams.drillHeading")}
        </h2>
        <p className="text-sm text-slate-600">
          {t("exams.drillLead", { questions: lobby.drill.questionCount, minutes: lobby.drill.minutes })}
        </p>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {lobby.drill.topics.map(({ topicId, available }) => {
            const name = examTitle(t, language, "drill", topicId);
            return (
              <li
                key={topicId}
                className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3"
              >
                <div>
                  <p className="font-medium">{TOPICS.find((x) => x.id === topicId)?.name[language]}</p>
                  <p className="text-xs text-slate-500">{t("exams.drillAvailable", { n: available })}</p>
                </div>
                <StartExamButton
                  request={{ kind: "drill", topicId }}
                  accessibleName={`${t("exams.start")}: ${name}`}
                  confirm={confirmFor(name)}
                  {...start}
                  disabled={busy || available === 0}
                />
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="missed-heading" className="space-y-3">
        <h2 id="missed-heading" className="text-xl font-semibold">
          {t("exams.missedHeading")}
        </h2>
        <p className="text-sm text-slate-600">
          {t("exams.missedLead", { questions: lobby.missed.questionCount, minutes: lobby.missed.minutes })}
        </p>
        {lobby.missed.count > 0 ? (
          <div className="flex items-center gap-4">
            <p className="text-sm">{t("exams.missedCount", { n: lobby.missed.count })}</p>
            <StartExamButton
              request={{ kind: "missed" }}
              accessibleName={`${t("exams.start")}: ${t("exams.kind.missed")}`}
              confirm={confirmFor(t("exams.kind.missed"))}
              {...start}
            />
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t("exams.missedNone")}</p>
        )}
      </section>
    </div>
  );
}
