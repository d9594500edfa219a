"use client";

import type { SimMessages, SimMessageKey } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";
import { FieldControl } from "../controls/field-control";
import { AddButton, RowActions } from "../controls/row-actions";
import type { JsonObject, JsonValue } from "../model/json-value";
import { formatContextValue, nextContextKey, parseContextValue } from "./context-value";

/** Boolean keys shown as toggles: absent, "true" or "false" (an absent MFA key is not the same as "false", I15). */
const TOGGLED_KEYS: readonly [string, SimMessageKey][] = [
  ["aws:MultiFactorAuthPresent", "iam.mfa"],
  ["aws:SecureTransport", "iam.secureTransport"],
];
const TOGGLED = new Set(TOGGLED_KEYS.map(([key]) => key));

const CONTEXT_CODEC = { format: formatContextValue, parse: parseContextValue };

/** The request's condition keys: MFA and HTTPS as three-way toggles, any other key as a name and a value. */
export function ContextEditor({
  context,
  onChange,
  messages,
}: {
  context: JsonObject;
  onChange: (next: JsonObject) => void;
  messages: SimMessages;
}) {
  const t = translateWith(messages);
  const others = Object.entries(context).filter(([key]) => !TOGGLED.has(key));

  function setToggle(key: string, next: JsonValue | undefined) {
    const { [key]: _old, ...rest } = context;
    onChange(
      next === undefined ? rest : { ...context, [key]: next === true ? "true" : next === false ? "false" : next },
    );
  }

  // Rebuilding from entries keeps the keys in the order the learner sees them while one is renamed.
  function replaceOther(index: number, entry: [string, JsonValue] | null) {
    const toggled = Object.entries(context).filter(([key]) => TOGGLED.has(key));
    const nextOthers = others.flatMap((current, i) => (i !== index ? [current] : entry ? [entry] : []));
    onChange(Object.fromEntries([...toggled, ...nextOthers]));
  }

  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("iam.context")}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {TOGGLED_KEYS.map(([key, label]) => (
          <FieldControl
            key={key}
            spec={{ path: key, kind: "bool" }}
            value={context[key] === "true" ? true : context[key] === "false" ? false : context[key]}
            onValue={(next) => setToggle(key, next)}
            messages={messages}
            label={t(label)}
            emptyLabel={t("common.absent")}
          />
        ))}
      </div>
      <ul className="space-y-2">
        {others.map(([key, value], index) => {
          const item = t("iam.key", { key: key || String(index + 1) });
          return (
            <li key={index} className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
              <FieldControl
                spec={{ path: "key", kind: "text", required: true }}
                value={key}
                onValue={(next) => replaceOther(index, [typeof next === "string" ? next : "", value])}
                messages={messages}
                label={`${t("iam.contextKey")} ${index + 1}`}
              />
              <FieldControl
                spec={{ path: "value", kind: "text" }}
                value={value}
                onValue={(next) => replaceOther(index, [key, next ?? ""])}
                messages={messages}
                label={`${key}: ${t("iam.contextValue")}`}
                codec={CONTEXT_CODEC}
              />
              <RowActions
                t={t}
                item={item}
                index={index}
                count={others.length}
                onRemove={() => replaceOther(index, null)}
              />
            </li>
          );
        })}
      </ul>
      <AddButton
        label={t("iam.addKey")}
        onClick={() => onChange({ ...context, ...Object.fromEntries([nextContextKey(context)]) })}
      />
    </fieldset>
  );
}
