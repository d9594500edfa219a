"use client";

import {
  useDeferredValue,
  useEffect,
  useMemo,
  useState,
  type ComponentType,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import type { SimName } from "@/lib/sim";
import { JsonEditor } from "./json-editor";
import { parseJsonObject, type JsonObject } from "./model/json-value";
import { jsonErrorText, simText } from "./model/sim-text";
import { checkClaims, runSafely, tryFixes, type FixTrial, type RunSim } from "./model/scenario-review";
import { OutcomeView } from "./outcome-view";
import type { SimFormProps, SimPanelProps } from "./panel-props";
import { ClaimChecks, FixChoices } from "./scenario-choices";
import { TraceView } from "./trace-view";

const TOGGLE = "rounded px-3 py-1 text-sm aria-pressed:bg-sky-700 aria-pressed:text-white";

function pretty(input: JsonObject): string {
  return JSON.stringify(input, null, 2);
}

// The panel can sit inside the practice card's <form>: Enter in a text field must not submit the answer again.
function keepEnterInPanel(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key === "Enter" && event.target instanceof HTMLInputElement) event.preventDefault();
}

/**
 * The shared shell of every simulator panel: holds the edited input, runs the simulator in the browser on each
 * change, and shows the outcome, the scenario's choices, the editor (the simulator's form or raw JSON) and the trace.
 */
export function SimWorkbench({
  sim,
  run,
  Form,
  details,
  language,
  messages,
  input: original,
  fix,
  claims,
  choices,
}: SimPanelProps & {
  sim: SimName;
  run: RunSim;
  Form: ComponentType<SimFormProps>;
  /** Simulator-specific views of a successful result (state tables, target timelines). */
  details?: (result: Record<string, unknown>) => ReactNode;
}) {
  const st = useMemo(() => simText(messages, language), [messages, language]);
  const t = st.text;
  const [input, setInput] = useState<JsonObject>(original);
  const [jsonText, setJsonText] = useState(() => pretty(original));
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [mode, setMode] = useState<"form" | "json">("form");
  const [notice, setNotice] = useState<string | null>(null);
  // Set once React has hydrated the server-rendered panel: edits made before that would be lost.
  const [interactive, setInteractive] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- the effect runs only after hydration, which is what this flag records
  useEffect(() => setInteractive(true), []);
  const deferredInput = useDeferredValue(input);
  const outcome = useMemo(() => runSafely(run, deferredInput), [run, deferredInput]);
  const trials = useMemo(() => (fix ? tryFixes(original, fix, run) : []), [original, fix, run]);
  const isQuery = "query" in input;
  const modified = useMemo(() => pretty(input) !== pretty(original), [input, original]);
  const editor = isQuery ? "json" : mode;

  function update(next: JsonObject, message: string | null = null) {
    setInput(next);
    setJsonText(pretty(next));
    setJsonError(null);
    setNotice(message);
  }

  function editJson(text: string) {
    setJsonText(text);
    const parsed = parseJsonObject(text);
    if (parsed.ok) {
      setInput(parsed.value);
      setJsonError(null);
    } else setJsonError(parsed.notObject ? t("json.notObject") : jsonErrorText(st, parsed));
    setNotice(null);
  }

  function applyTrial(trial: Extract<FixTrial, { ok: true }>) {
    update(trial.input, t("fix.applied", { label: trial.label.toUpperCase() }));
  }

  return (
    <div className="space-y-4" onKeyDown={keepEnterInPanel} data-sim={sim} data-interactive={interactive}>
      {/* Focusable so that keyboard users can scroll it when a long result overflows the sticky box. */}
      <div
        tabIndex={0}
        aria-label={t("outcome.heading")}
        role="region"
        className="md:sticky md:top-2 md:z-10 md:max-h-[45vh] md:overflow-auto"
      >
        <OutcomeView sim={sim} run={outcome} isQuery={isQuery} t={st}>
          {outcome.ok && details && !isQuery ? details(outcome.result) : null}
        </OutcomeView>
      </div>
      {claims ? (
        <ClaimChecks
          checks={outcome.ok ? checkClaims(claims, outcome.result) : []}
          refused={outcome.ok ? null : outcome}
          choices={choices}
          t={st}
        />
      ) : null}
      {fix ? <FixChoices fix={fix} trials={trials} choices={choices} onApply={applyTrial} t={st} /> : null}
      <div className="flex flex-wrap items-center gap-3">
        <div
          role="group"
          aria-label={t("panel.editor")}
          className="inline-flex rounded-md border border-slate-300 bg-white p-0.5"
        >
          <button
            type="button"
            className={TOGGLE}
            aria-pressed={editor === "form"}
            disabled={isQuery}
            onClick={() => setMode("form")}
          >
            {t("panel.form")}
          </button>
          <button type="button" className={TOGGLE} aria-pressed={editor === "json"} onClick={() => setMode("json")}>
            {t("panel.json")}
          </button>
        </div>
        <button
          type="button"
          disabled={!modified && jsonError === null}
          onClick={() => update(original)}
          className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-40"
        >
          {t("panel.reset")}
        </button>
        {modified ? (
          <span className="rounded bg-amber-100 px-2 text-xs text-amber-900">{t("panel.modified")}</span>
        ) : null}
        {notice ? <span className="text-xs text-slate-600">{notice}</span> : null}
      </div>
      {isQuery ? <p className="text-xs text-slate-600">{t("panel.queryNote")}</p> : null}
      {editor === "form" ? (
        <Form value={input} onChange={(next) => update(next)} messages={messages} />
      ) : (
        <JsonEditor text={jsonText} error={jsonError} onChange={editJson} messages={messages} />
      )}
      {outcome.ok ? <TraceView sim={sim} result={outcome.result} t={st} /> : null}
    </div>
  );
}
