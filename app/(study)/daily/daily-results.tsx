import { AnswerExplanations } from "@/components/study/answer-explanations";
import type { Language } from "@/lib/content";
import type { StudyTranslate } from "@/lib/i18n/study-messages";
import type { DailyResult } from "@/lib/server/daily";

/** The finished quiz: the score, then every question with the learner's answer and every option explained. */
export function DailyResults({
  results,
  correct,
  language,
  t,
}: {
  results: DailyResult[];
  correct: number;
  language: Language;
  t: StudyTranslate<"daily" | "study">;
}) {
  return (
    <section aria-labelledby="daily-results" className="space-y-4">
      <h2 id="daily-results" className="text-xl font-semibold">
        {t("daily.results")}
      </h2>
      <p role="status" className="text-lg">
        {t("daily.score", { correct, total: results.length })} · {t("daily.done")}
      </p>
      <ol className="space-y-4">
        {results.map((result, index) => (
          <li key={result.question.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
            <p className="whitespace-pre-line">
              <span className="mr-2 font-semibold">{index + 1}.</span>
              <span data-content>{result.question.stem[language]}</span>
            </p>
            <AnswerExplanations feedback={result.feedback} question={result.question} language={language} t={t} />
          </li>
        ))}
      </ol>
    </section>
  );
}
