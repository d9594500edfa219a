import type { ReactNode } from "react";

/**
 * A titled chart with a one-sentence summary for anyone who prefers words, or an empty state that says what to do
 * first. The charts keep recharts' keyboard layer (arrow keys move the tooltip) and carry the summary as their title.
 */
export function ChartFigure({
  id,
  title,
  lead,
  summary,
  empty,
  children,
}: {
  id: string;
  title: string;
  lead?: string;
  summary: string;
  empty: ReactNode | null;
  children: ReactNode;
}) {
  return (
    <figure
      data-chart={id}
      aria-labelledby={`${id}-title`}
      className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <figcaption className="space-y-1">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {lead ? <p className="text-sm text-slate-600">{lead}</p> : null}
        {empty === null ? <p className="text-sm text-slate-700">{summary}</p> : null}
      </figcaption>
      {empty === null ? (
        <div>{children}</div>
      ) : (
        <div data-empty="true" className="rounded-md border border-dashed border-slate-300 p-6 text-sm text-slate-600">
          {empty}
        </div>
      )}
    </figure>
  );
}
