"use client";

import { useId } from "react";
import type { SimMessages } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";

/** The generic editor: the whole simulator input as JSON text, with the parse error under it. */
export function JsonEditor({
  text,
  error,
  onChange,
  messages,
}: {
  text: string;
  error: string | null;
  onChange: (text: string) => void;
  messages: SimMessages;
}) {
  const id = useId();
  const t = translateWith(messages);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {t("json.label")}
      </label>
      <textarea
        id={id}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        rows={18}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {t("json.invalid", { message: error })}
        </p>
      ) : null}
    </div>
  );
}
