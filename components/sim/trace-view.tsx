"use client";

import { useState } from "react";
import type { Language } from "@/lib/i18n/localized";
import type { SimName } from "@/lib/sim";
import type { SimMessages } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";
import { traceLines } from "./model/trace-lines";

/** The simulator's steps in a collapsed section, and the full result JSON, which is only rendered once opened. */
export function TraceView({
  sim,
  result,
  language,
  messages,
}: {
  sim: SimName;
  result: Record<string, unknown>;
  language: Language;
  messages: SimMessages;
}) {
  const t = translateWith(messages);
  const [rawOpen, setRawOpen] = useState(false);
  const lines = traceLines(sim, result, language);
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t("trace.heading")}</summary>
      {lines.length > 0 ? (
        <ol className="mt-2 list-decimal space-y-1 pl-6 font-mono text-xs">
          {lines.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-xs text-slate-600">{t("trace.empty")}</p>
      )}
      <details className="mt-3" onToggle={(e) => setRawOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-xs font-medium text-slate-700">{t("trace.raw")}</summary>
        {rawOpen ? (
          <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-2 text-xs">
            {JSON.stringify(result, null, 2)}
          </pre>
        ) : null}
      </details>
    </details>
  );
}
