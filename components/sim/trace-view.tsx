"use client";

import { useState } from "react";
import { MessageParts } from "@/components/ui/message-parts";
import type { SimName } from "@/lib/sim";
import { traceLines } from "./model/trace-lines";
import type { SimText } from "./model/sim-text";

/** The simulator's steps in a collapsed section, and the full result JSON, which is only rendered once opened. */
export function TraceView({ sim, result, t }: { sim: SimName; result: Record<string, unknown>; t: SimText }) {
  const [rawOpen, setRawOpen] = useState(false);
  const lines = traceLines(sim, result, t);
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t.text("trace.heading")}</summary>
      {lines.length > 0 ? (
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-xs">
          {lines.map((line, index) => (
            <li key={index}>
              <MessageParts parts={line} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-xs text-slate-600">{t.text("trace.empty")}</p>
      )}
      <details className="mt-3" onToggle={(e) => setRawOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-xs font-medium text-slate-700">{t.text("trace.raw")}</summary>
        {rawOpen ? (
          <pre translate="no" className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-2 text-xs">
            {JSON.stringify(result, null, 2)}
          </pre>
        ) : null}
      </details>
    </details>
  );
}
