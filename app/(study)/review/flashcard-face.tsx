"use client";

import { checkedMonth } from "@/components/study/checked-month";
import { intervalText } from "@/components/study/interval-text";
import { SourceList } from "@/components/study/source-list";
import type { Language } from "@/lib/content";
import type { StudyTranslate } from "@/lib/i18n/study-messages";
import type { ReviewItem } from "@/lib/server/review";
import type { GradeName } from "@/lib/srs";

const KEY_OF: Record<GradeName, string> = { again: "1", hard: "2", good: "3", easy: "4" };

/**
 * A flashcard's front, then its back with the reason and the sources (and when they were checked), and the four grade
 * buttons with the interval each would give.
 */
export function FlashcardFace({
  item,
  language,
  t,
  revealed,
  pending,
  onReveal,
  onGrade,
}: {
  item: Extract<ReviewItem, { kind: "flashcard" }>;
  language: Language;
  t: StudyTranslate<"review" | "interval" | "study">;
  revealed: boolean;
  pending: boolean;
  onReveal: () => void;
  onGrade: (grade: GradeName) => void;
}) {
  return (
    <>
      <section aria-label={t("review.front")}>
        <p data-content className="whitespace-pre-line text-lg leading-relaxed">
          {item.front[language]}
        </p>
      </section>
      {revealed ? (
        <>
          <section
            aria-label={t("review.back")}
            aria-live="polite"
            className="space-y-2 border-t border-slate-200 pt-4"
          >
            <p data-content className="whitespace-pre-line text-lg font-medium">
              {item.back[language]}
            </p>
            <p className="text-sm text-slate-600">
              <span className="font-semibold">{t("review.why")}: </span>
              <span data-content>{item.why[language]}</span>
            </p>
            <SourceList
              sources={item.sources}
              title={t("study.sources")}
              checkedNote={item.checkedAt && t("study.checkedAt", { month: checkedMonth(item.checkedAt, language) })}
            />
          </section>
          <div role="group" aria-label={t("review.gradeGroup")} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
            {item.options.map((option) => (
              <button
                key={option.grade}
                type="button"
                disabled={pending}
                onClick={() => onGrade(option.grade)}
                aria-keyshortcuts={KEY_OF[option.grade]}
                className="flex flex-col items-center rounded-md border border-slate-300 px-3 py-2 hover:bg-slate-50 disabled:opacity-50"
              >
                <span className="font-medium">
                  <kbd className="mr-1 text-xs text-slate-500">{KEY_OF[option.grade]}</kbd>
                  {t(`review.grade.${option.grade}`)}
                </span>
                <span className="text-xs text-slate-500">{intervalText(t, option.intervalMs)}</span>
              </button>
            ))}
          </div>
        </>
      ) : (
        <button
          type="button"
          onClick={onReveal}
          autoFocus
          aria-keyshortcuts="Space Enter"
          className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
        >
          {t("review.show")} <span className="ml-1 text-xs text-sky-100">({t("review.showKeys")})</span>
        </button>
      )}
    </>
  );
}
