import { checkedMonth } from "@/components/study/checked-month";
import { SourceList } from "@/components/study/source-list";
import type { Language } from "@/lib/i18n/localized";
import type { StudyTranslate } from "@/lib/i18n/study-messages";
import type { AnswerFeedback, QuestionView } from "@/lib/server/questions";

/** Right or wrong, the key, why each option is right or wrong, and the sources with the month they were checked. */
export function AnswerExplanations({
  feedback,
  question,
  language,
  t,
  announce = false,
}: {
  feedback: Omit<AnswerFeedback, "scenario">;
  question: QuestionView;
  language: Language;
  t: StudyTranslate<"study">;
  /** Make the verdict line a status message, for views where it appears in place of the question's controls. */
  announce?: boolean;
}) {
  return (
    <div className="space-y-3">
      <p
        role={announce ? "status" : undefined}
        className={`font-semibold ${feedback.isCorrect ? "text-emerald-700" : "text-red-700"}`}
      >
        {feedback.isCorrect ? t("study.correct") : t("study.incorrect")} · {t("study.answerKey")}:{" "}
        {feedback.key.join(", ").toUpperCase()}
        {feedback.isCorrect ? null : (
          <span className="ml-2 font-normal text-slate-600">
            ({t("study.yourChoice")}: {feedback.selected.join(", ").toUpperCase()})
          </span>
        )}
      </p>
      <ul className="space-y-3">
        {feedback.explanations.map(({ label, explanation }) => (
          <li key={label} className="text-sm leading-relaxed">
            <span
              className={`mr-2 font-semibold uppercase ${feedback.key.includes(label) ? "text-emerald-700" : "text-slate-700"}`}
            >
              {label}.
            </span>
            <span data-content className="text-slate-500">
              {question.choices.find((c) => c.label === label)?.text[language]}
            </span>
            <p data-content className="mt-1 text-slate-800">
              {explanation[language]}
            </p>
          </li>
        ))}
      </ul>
      <SourceList
        sources={feedback.sources}
        title={t("study.sources")}
        checkedNote={feedback.checkedAt && t("study.checkedAt", { month: checkedMonth(feedback.checkedAt, language) })}
      />
    </div>
  );
}
