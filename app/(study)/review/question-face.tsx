"use client";

import { AnswerExplanations } from "@/components/study/answer-explanations";
import { ChoiceList } from "@/components/study/choice-list";
import { intervalText } from "@/components/study/interval-text";
import type { Language } from "@/lib/content";
import type { StudyTranslate } from "@/lib/i18n/study-messages";
import type { ReviewItem } from "@/lib/server/review";
import type { Answered } from "./review-session";

/** A due question: answered first (its key is not on the page until then), then graded by the server. */
export function QuestionFace({
  item,
  language,
  t,
  selected,
  answered,
  pending,
  onToggle,
  onSubmit,
  onContinue,
  onEasy,
}: {
  item: Extract<ReviewItem, { kind: "question" }>;
  language: Language;
  t: StudyTranslate<"review" | "interval" | "study">;
  selected: readonly string[];
  answered: Answered | null;
  pending: boolean;
  onToggle: (label: string) => void;
  onSubmit: () => void;
  onContinue: () => void;
  onEasy: () => void;
}) {
  const grade = answered ? (answered.easy ? "easy" : answered.feedback.isCorrect ? "good" : "again") : null;
  const interval = grade ? item.options.find((o) => o.grade === grade)?.intervalMs : undefined;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (answered) onContinue();
        else onSubmit();
      }}
      className="space-y-4"
    >
      <ChoiceList
        question={item.question}
        language={language}
        t={t}
        selected={selected}
        onToggle={onToggle}
        answerKey={answered ? answered.feedback.key : null}
      />
      {answered ? (
        <section aria-live="polite" className="space-y-4 border-t border-slate-200 pt-4">
          <p role="status" className="text-sm text-slate-700">
            {answered.easy
              ? t("review.markedEasy")
              : t("review.autoGraded", {
                  grade: t(`review.grade.${grade ?? "again"}`),
                  interval: interval === undefined ? "?" : intervalText(t, interval),
                })}
          </p>
          <AnswerExplanations feedback={answered.feedback} question={item.question} language={language} t={t} />
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              autoFocus
              disabled={pending}
              aria-keyshortcuts="Enter"
              className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-50"
            >
              {t("review.continue")}
            </button>
            {answered.feedback.isCorrect && !answered.easy ? (
              <button
                type="button"
                onClick={onEasy}
                disabled={pending}
                aria-keyshortcuts="4"
                className="rounded-md border border-slate-300 px-4 py-2 disabled:opacity-50"
              >
                <kbd className="mr-1 text-xs text-slate-500">4</kbd>
                {t("review.markEasy")} ({intervalText(t, item.options.find((o) => o.grade === "easy")?.intervalMs ?? 0)}
                )
              </button>
            ) : null}
          </div>
        </section>
      ) : (
        <button
          type="submit"
          disabled={pending || selected.length !== item.question.selectCount}
          className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-50"
        >
          {t("review.check")}
        </button>
      )}
    </form>
  );
}
