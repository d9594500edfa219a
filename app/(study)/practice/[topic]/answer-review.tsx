import { ScenarioPanelLoader } from "@/components/sim/scenario-panel-loader";
import { AnswerExplanations } from "@/components/study/answer-explanations";
import type { Language } from "@/lib/content/localized";
import type { AnswerFeedback, QuestionView } from "@/lib/server/question-view";

/** Right or wrong, the key, why each option is right or wrong, the sources, then the scenario to experiment with. */
export function AnswerReview({ feedback, question, language }: { feedback: AnswerFeedback; question: QuestionView; language: Language }) {
  return (
    <>
      <section aria-live="polite" className="border-t border-slate-200 pt-4 text-lg">
        <AnswerExplanations feedback={feedback} question={question} language={language} announce />
      </section>
      {feedback.scenario ? (
        <ScenarioPanelLoader
          scenario={feedback.scenario}
          language={language}
          choices={question.choices.map((c) => ({ label: c.label, text: c.text[language] }))}
        />
      ) : null}
    </>
  );
}
