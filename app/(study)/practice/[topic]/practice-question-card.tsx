"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { Language } from "@/lib/content";
import { ReportButton } from "@/app/_components/report-button";
import { newRequestId } from "@/components/study/request-id";
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
  language,
  messages,
  studyMessages,
  reportMessages,
  simMessages,
  errorMessages,
}: {
  question: QuestionView;
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
  const multiple = question.type === "multiple";

  function toggle(label: string) {
    if (feedback) return;
    setSelected((current) =>
      multiple ? (current.includes(label) ? current.filter((l) => l !== label) : [...current, label]) : [label],
    );
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await answerQuestion({ questionId: question.id, selected, requestId });
      if (result.ok) {
        setFeedback(result.data);
        setError(null);
      } else setError(failureText(translateWith(errorMessages), result));
    });
  }

  return (
    <form onSubmit={submit} className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby="question-stem">
      <div className="flex flex-wrap gap-2 text-xs text-slate-500">
        <span>{t("practice.difficulty", { n: question.difficulty })}</span>
        {question.scenarioBacked ? <span className="rounded bg-emerald-50 px-2 text-emerald-800">{t("practice.scenarioBacked")}</span> : null}
      </div>
      <p id="question-stem" className="whitespace-pre-line text-lg leading-relaxed">
        {question.stem[language]}
      </p>
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-medium text-slate-600">
          {multiple ? t("practice.selectN", { n: question.selectCount }) : t("practice.selectOne")}
        </legend>
        {question.choices.map((choice) => {
          const checked = selected.includes(choice.label);
          const verdict = feedback ? (feedback.key.includes(choice.label) ? "border-emerald-500 bg-emerald-50" : checked ? "border-red-400 bg-red-50" : "border-slate-200") : checked ? "border-sky-600 bg-sky-50" : "border-slate-200 hover:bg-slate-50";
          return (
            <label key={choice.label} className={`flex cursor-pointer items-start gap-3 rounded-md border p-3 ${verdict}`}>
              <input
                type={multiple ? "checkbox" : "radio"}
                name="choice"
                value={choice.label}
                checked={checked}
                disabled={feedback !== null}
                onChange={() => toggle(choice.label)}
                className="mt-1"
              />
              <span>
                <span className="mr-2 font-semibold uppercase">{choice.label}.</span>
                {choice.text[language]}
              </span>
            </label>
          );
        })}
      </fieldset>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {feedback ? (
        <>
          <AnswerReview feedback={feedback} question={question} language={language} t={translateWith(studyMessages)} simMessages={simMessages} />
          <button type="button" autoFocus onClick={() => {
              // The next question may be this one again: it is a new answer, with a new request id.
              setRequestId(newRequestId());
              router.refresh();
            }} className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
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
