"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Language } from "@/lib/content";
import { ReportButton } from "@/app/_components/report-button";
import { ChoiceList, toggleChoice } from "@/components/study/choice-list";
import { newRequestId } from "@/components/study/request-id";
import { useHotkeys } from "@/components/study/use-hotkeys";
import type { AppMessages } from "@/lib/i18n/messages";
import type { SimMessages } from "@/lib/i18n/sim-messages";
import type { StudyMessages } from "@/lib/i18n/study-messages";
import { failureText } from "@/lib/i18n/failure-text";
import { translateWith } from "@/lib/i18n/translate";
import type { AnswerFeedback, QuestionView } from "@/lib/server/questions";
import { answerQuestion } from "../actions";
import { AnswerReview } from "./answer-review";

export function PracticeQuestionCard({
  question,
  presentation,
  language,
  messages,
  studyMessages,
  reportMessages,
  simMessages,
  errorMessages,
}: {
  question: QuestionView;
  /** Which presentation this is (see getPracticeQuestion): sent with the answer so it is graded in this order. */
  presentation: number;
  language: Language;
  messages: AppMessages<"practice">;
  studyMessages: StudyMessages<"study">;
  reportMessages: AppMessages<"report">;
  simMessages: SimMessages | null;
  errorMessages: AppMessages<"errors">;
}) {
  const t = translateWith(messages);
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<AnswerFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [requestId, setRequestId] = useState(newRequestId);
  const study = translateWith(studyMessages);

  function toggle(label: string) {
    if (feedback) return;
    setSelected((current) => toggleChoice(current, label, question.type === "multiple"));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    send();
  }

  function send() {
    if (pending || feedback) return;
    startTransition(async () => {
      const result = await answerQuestion({ questionId: question.id, selected, requestId, presentation });
      if (result.ok) {
        setFeedback(result.data);
        setError(null);
      } else setError(failureText(translateWith(errorMessages), result));
    });
  }

  // As in review and the daily quiz: A–H choose and Enter submits. After the answer, Enter belongs to the focused
  // "Next question" button and to the simulation panel's own controls.
  useHotkeys((key) => {
    if (feedback) return false;
    const label = key.toLowerCase();
    if (/^[a-h]$/.test(label) && question.choices.some((c) => c.label === label)) {
      toggle(label);
      return true;
    }
    if (key !== "Enter" || selected.length !== question.selectCount) return false;
    send();
    return true;
  });

  return (
    <form
      onSubmit={submit}
      className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      aria-labelledby={`stem-${question.id}`}
    >
      <div className="flex flex-wrap gap-2 text-xs text-slate-500">
        <span>{t("practice.difficulty", { n: question.difficulty })}</span>
        {question.scenarioBacked ? (
          <span className="rounded bg-emerald-50 px-2 text-emerald-800">{t("practice.scenarioBacked")}</span>
        ) : null}
      </div>
      <ChoiceList
        question={question}
        language={language}
        t={study}
        selected={selected}
        onToggle={toggle}
        answerKey={feedback ? feedback.key : null}
      />
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {feedback ? (
        <>
          <AnswerReview
            feedback={feedback}
            question={question}
            language={language}
            t={study}
            simMessages={simMessages}
          />
          <button
            type="button"
            autoFocus
            onClick={() => {
              // The next question may be this one again: it is a new answer, with a new request id.
              setRequestId(newRequestId());
              router.refresh();
            }}
            className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
          >
            {t("practice.next")}
          </button>
        </>
      ) : (
        <button
          type="submit"
          disabled={pending || selected.length !== question.selectCount}
          className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-50"
        >
          {t("practice.submit")}
        </button>
      )}
      <div className="border-t border-slate-100 pt-3">
        <ReportButton itemKind="question" itemId={question.id} messages={reportMessages} />
      </div>
    </form>
  );
}
