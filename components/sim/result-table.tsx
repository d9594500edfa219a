import { MessageParts } from "@/components/ui/message-parts";
import type { SimMessages } from "@/lib/i18n/sim-messages";
import { code, fieldName, simText, valueParts } from "./model/sim-text";

/**
 * A small read-only table of result rows (volumes, instances, targets): headers in words where the catalogue names
 * the result field, values as the learner reads them (yes/no, none, identifiers as code). Rows are numbered from 0,
 * as the input refers to the resources.
 */
export function ResultTable({
  caption,
  rows,
  columns,
  messages,
}: {
  caption: string;
  rows: readonly Record<string, unknown>[];
  columns: readonly string[];
  messages: SimMessages;
}) {
  if (rows.length === 0) return null;
  const t = simText(messages);
  return (
    // A wide table scrolls sideways; focusable so the keyboard can scroll it too.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full border-collapse text-xs">
        <caption className="py-1 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-slate-200 bg-white/60 px-2 py-1 text-left">
              #
            </th>
            {columns.map((column) => (
              <th key={column} scope="col" className="border border-slate-200 bg-white/60 px-2 py-1 text-left">
                <MessageParts parts={[fieldName(t, [column]) ?? code(column)]} />
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
                <td key={column} className="border border-slate-200 px-2 py-1">
                  {row[column] === undefined ? null : <MessageParts parts={valueParts(t, row[column])} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
