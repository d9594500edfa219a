import { checkedMonth } from "@/components/study/checked-month";
import { SourceList } from "@/components/study/source-list";
import type { Language } from "@/lib/i18n/localized";
import type { ExamTranslate } from "@/lib/i18n/exam-messages";
import type { ExamResultItem } from "@/lib/server/exams";

/**
 * One scored item, mirroring the practice answer review: the learner's answer, the key, why each option is right or
 * wrong, and the sources with the month they were checked. Missed items start open.
 */
export function ItemReview({
  item,
  t,
  language,
  groupName,
}: {
  item: ExamResultItem;
  t: ExamTranslate;
  language: Language;
  groupName: string;
}) {
  const unanswered = item.selected.length === 0;
  const verdict = item.correct ? t("result.correct") : unanswered ? t("result.unanswered") : t("result.incorrect");
  const answer = (labels: string[]) => (labels.length > 0 ? labels.join(", ").toUpperCase() : t("result.none"));
  return (
    <details open={!item.correct} className="rounded-lg border border-slate-200 bg-white p-4" data-testid="item-review">
      <summary className="cursor-pointer list-inside">
        <span className="font-semibold">{t("result.itemHeading", { n: item.position + 1 })}</span>
        <span className={`ml-3 text-sm font-semibold ${item.correct ? "text-emerald-700" : "text-red-700"}`}>
          {verdict}
        </span>
        {item.flagged ? (
          <span className="ml-2 rounded bg-amber-100 px-2 text-xs text-amber-900">{t("result.flagged")}</span>
        ) : null}
        <span className="ml-2 text-xs text-slate-500">{groupName}</span>
      </summary>
      <div className="mt-3 space-y-3">
        <p data-content className="whitespace-pre-line leading-relaxed">
          {item.stem[language]}
        </p>
        <p className="text-sm">
          {t("result.yourAnswer")}: <strong>{answer(item.selected)}</strong> · {t("result.key")}:{" "}
          <strong>{answer(item.key)}</strong>
        </p>
        <ul className="space-y-3">
          {item.choices.map((choice) => {
            const picked = item.selected.includes(choice.label);
            return (
              <li
                key={choice.label}
                className={`rounded-md border p-3 text-sm ${choice.correct ? "border-emerald-300 bg-emerald-50" : picked ? "border-red-300 bg-red-50" : "border-slate-200"}`}
              >
                <span
                  className={`mr-2 font-semibold uppercase ${choice.correct ? "text-emerald-700" : "text-slate-700"}`}
                >
                  {choice.label}.
                </span>
                <span data-content className="text-slate-700">
                  {choice.text[language]}
                </span>
                <p data-content className="mt-1 text-slate-800">
                  {choice.explanation[language]}
                </p>
              </li>
            );
          })}
        </ul>
        <SourceList
          sources={item.sources}
          title={t("result.sources")}
          checkedNote={item.checkedAt && t("result.checkedAt", { month: checkedMonth(item.checkedAt, language) })}
        />
      </div>
    </details>
  );
}
