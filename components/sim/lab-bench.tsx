"use client";

import { useState } from "react";
import type { Language } from "@/lib/i18n/localized";
import type { SimName } from "@/lib/sim";
import type { SimMessages } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";
import type { SimExample } from "@/lib/sim/examples/types";
import { SimPanel } from "./sim-panel";

/** One simulator on a Labs page: pick one of its examples, then work it in the panel. */
export function LabBench({
  sim,
  examples,
  language,
  messages,
}: {
  sim: SimName;
  examples: readonly SimExample[];
  language: Language;
  messages: SimMessages;
}) {
  const t = translateWith(messages);
  const [selected, setSelected] = useState(0);
  const example = examples[selected] ?? examples[0];
  if (!example) return null;
  return (
    <div className="space-y-4">
      <div role="group" aria-label={`${t(`sim.${sim}`)}: ${t("labs.pickExample")}`} className="flex flex-wrap gap-2">
        {examples.map((candidate, index) => (
          <button
            key={candidate.id}
            type="button"
            aria-pressed={index === selected}
            onClick={() => setSelected(index)}
            className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 aria-pressed:border-sky-700 aria-pressed:bg-sky-700 aria-pressed:text-white"
          >
            <span data-content>{candidate.title[language]}</span>
          </button>
        ))}
      </div>
      <div>
        <h3 data-content className="font-semibold">
          {example.title[language]}
        </h3>
        <p data-content className="text-sm text-slate-600">
          {example.description[language]}
        </p>
      </div>
      <SimPanel key={example.id} sim={sim} input={example.input} language={language} messages={messages} />
    </div>
  );
}
