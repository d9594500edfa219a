import { inlineJson } from "./model/json-value";

/** A small read-only table of result rows (volumes, instances, targets) with the contract's field names as headers. */
export function ResultTable({
  caption,
  rows,
  columns,
}: {
  caption: string;
  rows: readonly Record<string, unknown>[];
  columns: readonly string[];
}) {
  if (rows.length === 0) return null;
  return (
    // A wide table scrolls sideways; focusable so the keyboard can scroll it too.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full border-collapse text-xs">
        <caption className="py-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-slate-200 bg-white/60 px-2 py-1 text-left font-mono">
              #
            </th>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                className="border border-slate-200 bg-white/60 px-2 py-1 text-left font-mono"
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <th scope="row" className="border border-slate-200 px-2 py-1 text-left font-mono">
                {index}
              </th>
              {columns.map((column) => (
                <td key={column} className="border border-slate-200 px-2 py-1 font-mono">
                  {row[column] === undefined
                    ? ""
                    : typeof row[column] === "string"
                      ? String(row[column])
                      : inlineJson(row[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
