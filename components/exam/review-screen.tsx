import type { ExamRoomTranslate } from "@/lib/i18n/exam-messages";
import { NavigatorGrid, type NavigatorCell } from "./navigator-grid";

/** The last screen before submitting: what is answered, unanswered and flagged, with a way back to any item. */
export function ReviewScreen({
  cells,
  t,
  submitting,
  onGo,
  onBack,
  onSubmit,
}: {
  cells: NavigatorCell[];
  t: ExamRoomTranslate;
  submitting: boolean;
  onGo: (index: number) => void;
  onBack: () => void;
  onSubmit: () => void;
}) {
  const answered = cells.filter((c) => c.answered).length;
  const flagged = cells.filter((c) => c.flagged).length;
  return (
    <section aria-labelledby="review-heading" className="space-y-4">
      <h2 id="review-heading" tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        {t("room.reviewHeading")}
      </h2>
      <p className="font-medium">
        {t("room.reviewSummary", { answered, unanswered: cells.length - answered, flagged })}
      </p>
      {answered < cells.length ? <p className="text-sm text-amber-800">{t("room.reviewUnanswered")}</p> : null}
      <p className="text-sm text-slate-600">{t("room.reviewHint")}</p>
      <NavigatorGrid cells={cells} current={null} onGo={onGo} t={t} label={t("room.navigator")} />
      <div className="flex flex-wrap gap-3 pt-2">
        <button
          type="button"
          onClick={onBack}
          className="rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-50"
        >
          {t("room.backToQuestions")}
        </button>
        <button
          type="button"
          onClick={onSubmit}
          disabled={submitting}
          className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-50"
        >
          {submitting ? t("room.submitting") : t("room.submit")}
        </button>
      </div>
    </section>
  );
}
