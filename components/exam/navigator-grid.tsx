import type { ExamRoomTranslate } from "@/lib/i18n/exam-messages";

export interface NavigatorCell {
  answered: boolean;
  flagged: boolean;
}

/** A button per item showing answered, unanswered and flagged at a glance; each button's name says the same in words. */
export function NavigatorGrid({
  cells,
  current,
  onGo,
  t,
  label,
}: {
  cells: NavigatorCell[];
  current: number | null;
  onGo: (index: number) => void;
  t: ExamRoomTranslate;
  label: string;
}) {
  return (
    <nav aria-label={label} className="space-y-2">
      <ol className="grid grid-cols-8 gap-1 sm:grid-cols-10">
        {cells.map((cell, index) => {
          const states = [
            cell.answered ? t("room.navAnswered") : t("room.navUnanswered"),
            ...(cell.flagged ? [t("room.navFlagged")] : []),
            ...(index === current ? [t("room.navCurrent")] : []),
          ];
          return (
            <li key={index}>
              <button
                type="button"
                onClick={() => onGo(index)}
                aria-label={t("room.navLabel", { n: index + 1, state: states.join(", ") })}
                aria-current={index === current ? "step" : undefined}
                data-state={cell.answered ? "answered" : "unanswered"}
                data-flagged={cell.flagged ? "true" : undefined}
                className={`relative h-8 w-full rounded border text-xs tabular-nums ${cell.answered ? "border-sky-700 bg-sky-700 text-white" : "border-slate-300 bg-white text-slate-700"} ${index === current ? "ring-2 ring-amber-500 ring-offset-1" : ""}`}
              >
                {index + 1}
                {cell.flagged ? (
                  <span aria-hidden="true" className="absolute -right-1 -top-1 h-2.5 w-2.5 rounded-full bg-amber-500" />
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="flex flex-wrap gap-3 text-xs text-slate-600" aria-hidden="true">
        <span>
          <span className="mr-1 inline-block h-3 w-3 rounded-sm bg-sky-700 align-middle" />
          {t("room.navAnswered")}
        </span>
        <span>
          <span className="mr-1 inline-block h-3 w-3 rounded-sm border border-slate-300 bg-white align-middle" />
          {t("room.navUnanswered")}
        </span>
        <span>
          <span className="mr-1 inline-block h-2.5 w-2.5 rounded-full bg-amber-500 align-middle" />
          {t("room.navFlagged")}
        </span>
      </p>
    </nav>
  );
}
