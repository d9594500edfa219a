"use client";

import { MessageParts } from "@/components/ui/message-parts";
import type { InputFailure } from "@/lib/sim/types";
import { inputErrorParts } from "./model/issue-text";
import type { ClaimCheck, ClaimStatus, FixTrial, ScenarioFix } from "./model/scenario-review";
import { code, opLabel, valueParts, type MessagePart, type SimText } from "./model/sim-text";

type Choices = readonly { label: string; text: string }[] | undefined;

function choiceText(choices: Choices, label: string): string | undefined {
  return choices?.find((choice) => choice.label === label)?.text;
}

/** A result path in words when it is one of the contract's named results (`decision` → "결정"), else as code. */
function pathParts(t: SimText, path: string): MessagePart[] {
  return [t.maybe(`fact.${path}`) ?? code(path)];
}

/** `decision = "Allow"`: a path and the value a choice expects there. */
function equation(t: SimText, path: string, value: unknown): MessagePart[] {
  return [...pathParts(t, path), " = ", ...valueParts(t, value)];
}

/** A "fix" question's choices: what each one's changes lead to, with a button that loads them into the editor. */
export function FixChoices({
  fix,
  trials,
  choices,
  onApply,
  t,
}: {
  fix: ScenarioFix;
  trials: readonly FixTrial[];
  choices: Choices;
  onApply: (trial: Extract<FixTrial, { ok: true }>) => void;
  t: SimText;
}) {
  return (
    <section className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <h4 className="text-sm font-semibold">{t.text("fix.heading")}</h4>
      <p className="text-xs text-slate-600">
        {t.text("fix.goal")} <MessageParts parts={equation(t, fix.path, fix.equals)} />
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
              {t.text("fix.apply", { label: trial.label.toUpperCase() })}
            </button>
            {choiceText(choices, trial.label) ? (
              <span data-content className="text-slate-600">
                {choiceText(choices, trial.label)}
              </span>
            ) : null}
            {trial.ok ? (
              <span className={`text-xs ${trial.meetsGoal ? "text-emerald-700" : "text-red-700"}`}>
                → <MessageParts parts={equation(t, fix.path, trial.actual)} /> (
                {trial.meetsGoal ? t.text("fix.meets") : t.text("fix.misses")})
              </span>
            ) : (
              <span className="text-xs text-amber-800">
                {t.text("fix.failed")}{" "}
                <MessageParts parts={trial.refused ? inputErrorParts(t, trial.refused) : [t.text("fix.cannotApply")]} />
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function statusParts(t: SimText, status: ClaimStatus): MessagePart[] {
  switch (status.kind) {
    case "holds":
      return [t.text("claims.holds")];
    case "fails":
      return [t.text("claims.fails"), " (", t.text("claims.now"), " ", ...valueParts(t, status.actual), ")"];
    case "missing": {
      const why = status.failedAt
        ? t.parts("claims.failedRun", {
            op: typeof status.failedAt.atOp === "number" ? status.failedAt.atOp + 1 : opLabel(t, status.failedAt.atOp),
            code: code(status.failedAt.error),
          })
        : [t.text("claims.missing")];
      return [t.text("claims.cannotJudge"), ": ", ...why];
    }
  }
}

/**
 * An "outcome" question's choices: whether each choice's claim holds for the result as it is now. When an edit makes
 * the input invalid, says so and why, instead of judging the claims against nothing.
 */
export function ClaimChecks({
  checks,
  refused,
  choices,
  t,
}: {
  checks: readonly ClaimCheck[];
  /** The simulator's refusal of the edited input, when it refused it. */
  refused: InputFailure | null;
  choices: Choices;
  t: SimText;
}) {
  return (
    <section className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      <h4 className="text-sm font-semibold">{t.text("claims.heading")}</h4>
      {refused ? (
        <p role="status" data-testid="claims-invalid" className="text-sm text-amber-900">
          {t.text("claims.invalidEdit")}: <MessageParts parts={inputErrorParts(t, refused)} />
        </p>
      ) : (
        <ul className="space-y-1 text-sm">
          {checks.map((check) => (
            <li key={check.label} className="flex flex-wrap items-baseline gap-2">
              <span className="font-semibold uppercase">{check.label}.</span>
              {choiceText(choices, check.label) ? (
                <span data-content className="text-slate-600">
                  {choiceText(choices, check.label)}
                </span>
              ) : null}
              <span className={`text-xs ${check.status.kind === "holds" ? "text-emerald-700" : "text-slate-500"}`}>
                <MessageParts
                  parts={[...equation(t, check.path, check.expected), ": ", ...statusParts(t, check.status)]}
                />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
