"use client";

import type { SimTranslate } from "@/lib/i18n/sim-messages";

const BUTTON =
  "rounded border border-slate-300 bg-white px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 disabled:opacity-40";

/** Move up / move down / remove buttons for one entry of a list; each names the entry for screen readers. */
export function RowActions({
  t,
  item,
  index,
  count,
  onMove,
  onRemove,
}: {
  t: SimTranslate;
  item: string;
  index: number;
  count: number;
  onMove?: (to: number) => void;
  onRemove: () => void;
}) {
  return (
    <div className="flex gap-1">
      {onMove ? (
        <>
          <button
            type="button"
            className={BUTTON}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
            aria-label={t("common.moveUp", { item })}
          >
            ↑
          </button>
          <button
            type="button"
            className={BUTTON}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
            aria-label={t("common.moveDown", { item })}
          >
            ↓
          </button>
        </>
      ) : null}
      <button type="button" className={BUTTON} onClick={onRemove} aria-label={t("common.removeItem", { item })}>
        ✕
      </button>
    </div>
  );
}

/** A secondary "add" button. */
export function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="rounded border border-sky-700 px-2 py-1 text-xs font-medium text-sky-800 hover:bg-sky-50"
    >
      + {label}
    </button>
  );
}
