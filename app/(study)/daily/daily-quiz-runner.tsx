"use client";

import { useRef, useState, useTransition } from "react";
import { ReportButton } from "@/app/_components/report-button";
import { ChoiceList, toggleChoice } from "@/components/study/choice-list";
import { useHotkeys } from "@/components/study/use-hotkeys";
import type { Language } from "@/lib/content";
import type { AppMessages } from "@/lib/i18n/messages";
import type { StudyMessages } from "@/lib/i18n/study-messages";
import { failureText } from "@/lib/i18n/failure-text";
import { translateWith } from "@/lib/i18n/translate";
import type { DailyQuizView } from "@/lib/server/daily";
import type { AnswerFeedback } from "@/lib/server/questions";
import { answerDaily } from "./actions";
import { DailyResults } from "./daily-results";

/** Today's quiz, one question at a time: A–H choose, Enter submits, Enter again moves on; results at the end. */
export function DailyQuizRunner({
  initial,
  language,
  messages,
  reportMessages,
  errorMessages,
}: {
  initial: DailyQuizView;
  language: Language;
  messages: StudyMessages<"daily" | "review" | "study">;
  reportMessages: AppMessages<"report">;
  errorMessages: AppMessages<"errors">;
}) {
  const t = translateWith(messages);
  const [quiz, setQuiz] = useState(initial);
  const [shown, setShown] = useState(initial.current);
  const [selected, setSelected] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<AnswerFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const inFlight = useRef(false);
  const question = shown?.question ?? null;

  function submit() {
    // A ref, not `pending`: the answer's feedback shows before `pending` turns false (see review-session.tsx).
    if (!question || feedback || inFlight.current || selected.length !== question.selectCount) return;
    inFlight.current = true;
    startTransition(async () => {
      try {
        const result = await answerDaily({ quizId: quiz.quizId, questionId: question.id, selected });
        if (!result.ok) return setError(failureText(translateWith(errorMessages), result));
        setFeedback(result.data.feedback);
        setQuiz(result.data.quiz);
        setError(null);
      } catch {
        setError(t("review.failed"));
      } finally {
        inFlight.current = false;
      }
    });
  }

  function next() {
    setShown(quiz.current);
    setSelected([]);
    setFeedback(null);
  }

  useHotkeys((key) => {
    if (!question) return false;
    if (feedback) {
      if (key !== "Enter" && key !== " ") return false;
      next();
      return true;
    }
    const label = key.toLowerCase();
    if (/^[a-h]$/.test(label) && question.choices.some((c) => c.label === label)) {
      setSelected((current) => toggleChoice(current, label, question.type === "multiple"));
      return true;
    }
    if (key !== "Enter") return false;
    submit();
    return true;
  });

  const streak = (
    <p
      className="inline-block rounded-full bg-amber-50 px-3 py-1 text-sm font-medium text-amber-900"
      aria-live="polite"
    >
      {t("daily.streak", { n: quiz.streak })}
    </p>
  );
  if (!shown || !question) {
    return (
      <div className="space-y-4">
        {streak}
        {quiz.results ? (
          <DailyResults results={quiz.results} correct={quiz.correct} language={language} t={t} />
        ) : (
          <p className="text-slate-600">{t("daily.empty")}</p>
        )}
      </div>
    );
  }
  return (
    <div className="space-y-4">
      {streak}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (feedback) next();
          else submit();
        }}
        className="space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
        aria-label={t("daily.progress", { n: shown.position, total: quiz.total })}
      >
        <p className="text-sm text-slate-600">{t("daily.progress", { n: shown.position, total: quiz.total })}</p>
        <ChoiceList
          key={question.id}
          question={question}
          language={language}
          t={t}
          selected={selected}
          onToggle={(label) =>
            !feedback && setSelected((current) => toggleChoice(current, label, question.type === "multiple"))
          }
          answerKey={feedback ? feedback.key : null}
        />
        <div aria-live="polite">
          {feedback ? (
            <p role="status" className={`font-semibold ${feedback.isCorrect ? "text-emerald-700" : "text-red-700"}`}>
              {feedback.isCorrect ? t("study.correct") : t("study.incorrect")} · {t("study.answerKey")}:{" "}
              {feedback.key.join(", ").toUpperCase()}
            </p>
          ) : null}
          {error ? (
            <p role="alert" className="text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </div>
        {feedback ? (
          <button
            type="submit"
            autoFocus
            className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
          >
            {quiz.current ? t("daily.next") : t("daily.finish")}
          </button>
        ) : (
          <button
            type="submit"
            disabled={pending || selected.length !== question.selectCount}
            className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-50"
          >
            {t("daily.check")}
          </button>
        )}
        <p className="text-xs text-slate-500">{t("daily.keys")}</p>
        <div className="border-t border-slate-100 pt-3">
          <ReportButton itemKind="question" itemId={question.id} messages={reportMessages} />
        </div>
      </form>
    </div>
  );
}
