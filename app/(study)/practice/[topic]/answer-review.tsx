import { ScenarioPanelLoader } from "@/components/sim/scenario-panel-loader";
import { AnswerExplanations } from "@/components/study/answer-explanations";
import type { Language } from "@/lib/content";
import type { SimMessages } from "@/lib/i18n/sim-messages";
import type { StudyTranslate } from "@/lib/i18n/study-messages";
import type { AnswerFeedback, QuestionView } from "@/lib/server/questions";

/** Right or wrong, the key, why each option is right or wrong, the sources, then the scenario to experiment with. */
export function AnswerReview({
  feedback,
  question,
  language,
  t,
  simMessages,
}: {
  feedback: AnswerFeedback;
  question: QuestionView;
  language: Language;
  t: StudyTranslate<"study">;
  /** The scenario panel's texts: sent by the server with scenario-backed questions only. */
  simMessages: SimMessages | null;
}) {
  return (
    <>
      <section aria-live="polite" className="border-t border-slate-200 pt-4 text-lg">
        <AnswerExplanations feedback={feedback} question={question} language={language} t={t} announce />
      </section>
      {feedback.scenario && simMessages ? (
        <ScenarioPanelLoader
          scenario={feedback.scenario}
          language={language}
          messages={simMessages}
          choices={question.choices.map((c) => ({ label: c.label, text: c.text[language] }))}
        />
      ) : null}
    </>
  );
}
