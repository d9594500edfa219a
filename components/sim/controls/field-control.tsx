"use client";

import { useId, useMemo, useState } from "react";
import type { SimMessages } from "@/lib/i18n/sim-messages";
import { formatField, parseField, type FieldSpec, type ParsedField } from "../model/field-codec";
import type { JsonValue } from "../model/json-value";
import { fieldErrorText, fieldName, optionLabel, simText } from "../model/sim-text";

const INPUT =
  "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600";

/** Reference fields: a resource's number in creation order, counted from 0 as the input and explanations count. */
const INDEX_FIELDS = new Set(["snapshot", "volume", "instance", "eip", "placementGroup"]);

/**
 * The label of a field path: its message (`field.rootVolume.type`, then `field.type`) when there is one, else the
 * contract's own name. A reference to a resource by number says that numbers start at 0.
 */
export function fieldLabel(path: string, messages: SimMessages, kind?: FieldSpec["kind"]): string {
  const t = simText(messages);
  const label = fieldName(t, path.split(".")) ?? path;
  return kind === "int" && INDEX_FIELDS.has(path) ? t.text("field.indexHint", { label }) : label;
}

/** A custom text form for a value that none of the field kinds fits (an IAM context value). */
export interface FieldCodec {
  format: (value: unknown) => string;
  parse: (text: string) => ParsedField;
}

interface Draft {
  text: string;
  /** The stored value the text belongs to; when the value changes from outside (reset), the draft is dropped. */
  forValue: string;
  error: string | null;
}

/**
 * One labelled control for one input field. While the learner types, the text is kept as typed (a half-written
 * list or JSON value); the stored value changes whenever the text parses.
 */
export function FieldControl({
  spec,
  value,
  onValue,
  messages,
  label,
  compact = false,
  codec,
  emptyLabel,
}: {
  spec: FieldSpec;
  value: unknown;
  onValue: (next: JsonValue | undefined) => void;
  messages: SimMessages;
  label?: string;
  /** In tables: the label is read by screen readers but not shown (the column header shows it). */
  compact?: boolean;
  codec?: FieldCodec;
  /** What the empty choice of a select means here; "(default)" unless given. */
  emptyLabel?: string;
}) {
  const id = useId();
  const st = useMemo(() => simText(messages), [messages]);
  const t = st.text;
  const [draft, setDraft] = useState<Draft | null>(null);
  const valueKey = JSON.stringify(value ?? null);
  const active = draft !== null && draft.forValue === valueKey ? draft : null;
  const text = active ? active.text : codec ? codec.format(value) : formatField(spec.kind, value);
  const error = active?.error ?? null;

  function change(next: string) {
    const parsed = codec ? codec.parse(next) : parseField(spec, next);
    if (parsed.ok) {
      setDraft({ text: next, forValue: JSON.stringify(parsed.value ?? null), error: null });
      onValue(parsed.value);
    } else setDraft({ text: next, forValue: valueKey, error: fieldErrorText(st, parsed.error) });
  }

  const labelText = label ?? fieldLabel(spec.path, messages, spec.kind);
  const describedBy = error ? `${id}-error` : undefined;
  const common = { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, className: INPUT };
  let control;
  if (!codec && (spec.kind === "bool" || spec.kind === "select")) {
    const options = spec.kind === "bool" ? ["true", "false"] : [...(spec.options ?? [])];
    if (text !== "" && !options.includes(text)) options.push(text);
    control = (
      <select {...common} value={text} onChange={(e) => change(e.target.value)}>
        {spec.required && text !== "" ? null : <option value="">{emptyLabel ?? t("common.default")}</option>}
        {options.map((option) => {
          const word = optionLabel(st, option);
          // An option without a word of its own is an identifier (gp3, alb, tcp): shown as it is, never translated.
          return (
            <option key={option} value={option} translate={word === null ? "no" : undefined}>
              {word ?? option}
            </option>
          );
        })}
      </select>
    );
  } else if (!codec && spec.kind === "json") {
    control = (
      <textarea
        {...common}
        rows={Math.min(16, Math.max(3, text.split("\n").length))}
        spellCheck={false}
        className={`${INPUT} font-mono text-xs`}
        value={text}
        onChange={(e) => change(e.target.value)}
      />
    );
  } else {
    const numeric = spec.kind === "int" || spec.kind === "number";
    control = (
      <input
        {...common}
        type="text"
        inputMode={numeric ? "numeric" : undefined}
        spellCheck={false}
        value={text}
        onChange={(e) => change(e.target.value)}
      />
    );
  }
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={id} className={compact ? "sr-only" : "block text-xs font-medium text-slate-600"}>
        {labelText}
      </label>
      {control}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
