"use client";

import type { SimMessages } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";
import { inlineJson } from "./model/json-value";
import type { ClaimCheck, FixTrial, ScenarioFix } from "./model/scenario-review";

type Choices = readonly { label: string; text: string }[] | undefined;

function choiceText(choices: Choices, label: string): string | undefined {
  return choices?.find((choice) => choice.label === label)?.text;
}

/** A "fix" question's choices: what each one's changes lead to, with a button that loads them into the editor. */
export function FixChoices({
  fix,
  trials,
  choices,
  onApply,
  messages,
}: {
  fix: ScenarioFix;
  trials: readonly FixTrial[];
  choices: Choices;
  onApply: (trial: Extract<FixTrial, { ok: true }>) => void;
  messages: SimMessages;
}) {
  const t = translateWith(messages);
  return (
    <section className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <h4 className="text-sm font-semibold">{t("fix.heading")}</h4>
      <p className="font-mono text-xs text-slate-600">
        {t("fix.goal", { path: fix.path, value: inlineJson(fix.equals) })}
      </p>
      <ul className="space-y-2">
        {trials.map((trial) => (
          <li key={trial.label} className="flex flex-wrap items-center gap-2 text-sm">
            <button
              type="button"
              disabled={!trial.ok}
              onClick={() => trial.ok && onApply(trial)}
              className="rounded border border-sky-700 px-2 py-0.5 text-xs font-medium text-sky-800 hover:bg-sky-50 disabled:opacity-40"
            >
              {t("fix.apply", { label: trial.label.toUpperCase() })}
            </button>
            {choiceText(choices, trial.label) ? (
              <span className="text-slate-600">{choiceText(choices, trial.label)}</span>
            ) : null}
            {trial.ok ? (
              <span className={`font-mono text-xs ${trial.meetsGoal ? "text-emerald-700" : "text-red-700"}`}>
                → {fix.path} = {inlineJson(trial.actual)} ({trial.meetsGoal ? t("fix.meets") : t("fix.misses")})
              </span>
            ) : (
              <span className="text-xs text-amber-800">{t("fix.failed", { message: trial.message })}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** An "outcome" question's choices: whether each choice's claim holds for the result as it is now. */
export function ClaimChecks({
  checks,
  choices,
  messages,
}: {
  checks: readonly ClaimCheck[];
  choices: Choices;
  messages: SimMessages;
}) {
  const t = translateWith(messages);
  return (
    <section className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <h4 className="text-sm font-semibold">{t("claims.heading")}</h4>
      <ul className="space-y-1 text-sm">
        {checks.map((check) => (
          <li key={check.label} className="flex flex-wrap items-baseline gap-2">
            <span className="font-semibold uppercase">{check.label}.</span>
            {choiceText(choices, check.label) ? (
              <span className="text-slate-600">{choiceText(choices, check.label)}</span>
            ) : null}
            <span className={`font-mono text-xs ${check.holds ? "text-emerald-700" : "text-slate-500"}`}>
              {check.path} = {inlineJson(check.expected)}:{" "}
              {check.holds ? t("claims.holds") : `${t("claims.fails")} (${inlineJson(check.actual)})`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
