"use client";

import type { ReactNode } from "react";
import { MessageParts } from "@/components/ui/message-parts";
import type { SimName } from "@/lib/sim";
import type { SimRun } from "@/lib/sim/types";
import { inputErrorParts } from "./model/issue-text";
import { isLocalized } from "./model/json-value";
import { summarizeOutcome, type Tone } from "./model/outcome-summary";
import { code, opLabel, valueParts, type SimText } from "./model/sim-text";

const TONES: Record<Tone | "error", string> = {
  good: "border-emerald-300 bg-emerald-50 text-emerald-900",
  bad: "border-red-300 bg-red-50 text-red-900",
  warn: "border-amber-300 bg-amber-50 text-amber-900",
  neutral: "border-slate-300 bg-white text-slate-900",
  error: "border-amber-400 bg-amber-50 text-amber-900",
};

/**
 * The result, prominently: the verdict, decision or error, the simulator's explanation in the page language and
 * the contract's named fields, in a live region so screen readers hear the outcome change as the input is edited.
 * The detail tables stay outside it: they would be read out in full on every keystroke.
 */
export function OutcomeView({
  sim,
  run,
  isQuery,
  t,
  children,
}: {
  sim: SimName;
  run: SimRun;
  isQuery: boolean;
  t: SimText;
  /** Simulator-specific detail (state tables) shown under the explanation. */
  children?: ReactNode;
}) {
  // Both branches keep the same element shape, so React reuses the live region and the change is announced.
  if (!run.ok) {
    return (
      <div className={`space-y-2 rounded-md border p-3 ${TONES.error}`}>
        <div aria-live="polite" className="space-y-2">
          <p className="text-xs font-medium uppercase tracking-wide">{t.text("outcome.heading")}</p>
          <p data-testid="sim-headline" className="font-semibold">
            {t.text("outcome.inputError")}: <MessageParts parts={inputErrorParts(t, run)} />
          </p>
        </div>
      </div>
    );
  }
  const summary = summarizeOutcome(sim, run.result, isQuery);
  const params = { ...summary.headline.params };
  if (typeof params.step === "string") params.step = opLabel(t, params.step);
  const explanation = run.result.explanation;
  return (
    <div className={`space-y-2 rounded-md border p-3 ${TONES[summary.tone]}`}>
      <div aria-live="polite" className="space-y-2">
        <p className="text-xs font-medium uppercase tracking-wide">{t.text("outcome.heading")}</p>
        <p data-testid="sim-headline" className="text-lg font-semibold">
          <MessageParts parts={t.parts(summary.headline.key, params)} />
        </p>
        {isLocalized(explanation) ? <p className="text-sm leading-relaxed">{explanation[t.language]}</p> : null}
        {summary.facts.length > 0 ? (
          <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
            {summary.facts.map((fact) => (
              <div key={fact.name} className="flex gap-1">
                <dt className="text-slate-600">
                  <MessageParts parts={[t.maybe(`fact.${fact.name}`) ?? code(fact.name)]} />:
                </dt>
                <dd className="break-all">
                  <MessageParts parts={valueParts(t, fact.value)} />
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
      {children}
    </div>
  );
}
