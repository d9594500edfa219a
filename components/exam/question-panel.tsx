import type { ExamRoomTranslate } from "@/lib/i18n/exam-messages";
import type { ExamRoomItem } from "@/lib/server/exams";

/**
 * One exam item: the stem and its options. Multiple response enforces "Select N" as the exam software does: once N
 * boxes are ticked, the others are disabled until one is cleared.
 */
export function QuestionPanel({
  item,
  selected,
  number,
  total,
  t,
  disabled,
  onChange,
}: {
  item: ExamRoomItem;
  selected: string[];
  number: number;
  total: number;
  t: ExamRoomTranslate;
  disabled: boolean;
  onChange: (selected: string[]) => void;
}) {
  const multiple = item.type === "multiple";
  const full = selected.length >= item.selectCount;

  function toggle(label: string) {
    if (!multiple) return onChange([label]);
    onChange(selected.includes(label) ? selected.filter((l) => l !== label) : full ? selected : [...selected, label]);
  }

  return (
    <section aria-labelledby="exam-question-heading" className="space-y-4">
      <h2 id="exam-question-heading" tabIndex={-1} className="text-sm font-medium text-slate-500 focus:outline-none">
        {t("room.questionOf", { n: number, total })}
      </h2>
      <p id="exam-question-stem" data-content className="whitespace-pre-line text-lg leading-relaxed">
        {item.stem}
      </p>
      <fieldset className="space-y-2" aria-describedby="exam-question-stem">
        <legend className="mb-2 text-sm font-medium text-slate-600">
          {multiple ? t("room.selectN", { n: item.selectCount }) : t("room.selectOne")}
          {multiple ? (
            <span className="ml-2 text-slate-500">
              ({t("room.selectedOf", { n: selected.length, total: item.selectCount })})
            </span>
          ) : null}
        </legend>
        {item.choices.map((choice) => {
          const checked = selected.includes(choice.label);
          const blocked = disabled || (multiple && full && !checked);
          return (
            <label
              key={choice.label}
              className={`flex items-start gap-3 rounded-md border p-3 ${checked ? "border-sky-600 bg-sky-50" : "border-slate-200"} ${blocked ? "opacity-60" : "cursor-pointer hover:bg-slate-50"}`}
            >
              <input
                type={multiple ? "checkbox" : "radio"}
                name={`choice-${item.questionId}`}
                value={choice.label}
                checked={checked}
                disabled={blocked}
                onChange={() => toggle(choice.label)}
                className="mt-1"
              />
              <span>
                <span className="mr-2 font-semibold uppercase">{choice.label}.</span>
                <span data-content>{choice.text}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}
