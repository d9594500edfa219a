"use client";

import type { Language } from "@/lib/i18n/localized";
import type { StudyTranslate } from "@/lib/i18n/study-messages";
import type { QuestionView } from "@/lib/server/questions";

/** Adds or removes a choice: a single-response question keeps only the latest pick. */
export function toggleChoice(selected: readonly string[], label: string, multiple: boolean): string[] {
  if (!multiple) return [label];
  return selected.includes(label) ? selected.filter((l) => l !== label) : [...selected, label];
}

/** The stem and options of a question; after grading, the key and the learner's wrong picks are marked. */
export function ChoiceList({
  question,
  language,
  t,
  selected,
  onToggle,
  answerKey,
}: {
  question: QuestionView;
  language: Language;
  t: StudyTranslate<"study">;
  selected: readonly string[];
  onToggle: (label: string) => void;
  /** Set once graded: the options are locked and coloured. */
  answerKey: readonly string[] | null;
}) {
  const multiple = question.type === "multiple";
  const stemId = `stem-${question.id}`;
  return (
    <div className="space-y-4">
      {/* data-content: text from the question bank, not interface text (the Korean-interface test reads only the latter). */}
      <p id={stemId} data-content className="whitespace-pre-line text-lg leading-relaxed">
        {question.stem[language]}
      </p>
      <fieldset className="space-y-2" aria-describedby={stemId}>
        <legend className="mb-2 text-sm font-medium text-slate-600">
          {multiple ? t("study.selectN", { n: question.selectCount }) : t("study.selectOne")}{" "}
          <span className="text-xs font-normal text-slate-500">({t("study.choiceKeys")})</span>
        </legend>
        {question.choices.map((choice) => {
          const checked = selected.includes(choice.label);
          const style = answerKey
            ? answerKey.includes(choice.label)
              ? "border-emerald-500 bg-emerald-50"
              : checked
                ? "border-red-400 bg-red-50"
                : "border-slate-200"
            : checked
              ? "border-sky-600 bg-sky-50"
              : "border-slate-200 hover:bg-slate-50";
          return (
            <label
              key={choice.label}
              className={`flex cursor-pointer items-start gap-3 rounded-md border p-3 ${style}`}
            >
              <input
                type={multiple ? "checkbox" : "radio"}
                name={`choice-${question.id}`}
                value={choice.label}
                checked={checked}
                disabled={answerKey !== null}
                onChange={() => onToggle(choice.label)}
                aria-keyshortcuts={choice.label.toUpperCase()}
                className="mt-1"
              />
              <span>
                <span className="mr-2 font-semibold uppercase">{choice.label}.</span>
                <span data-content>{choice.text[language]}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
    </div>
  );
}
