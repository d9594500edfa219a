"use client";

import { useId } from "react";
import type { SimMessages, SimMessageKey } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";
import { FieldControl } from "../controls/field-control";
import { AddButton, RowActions } from "../controls/row-actions";
import { moveItem, setField } from "../model/edit-path";
import { asObject, type JsonObject, type JsonValue } from "../model/json-value";

const KINDS = ["identity", "resource", "boundary", "scp", "session"] as const;
const KIND_LABELS: Record<(typeof KINDS)[number], SimMessageKey> = {
  identity: "iam.kind.identity",
  resource: "iam.kind.resource",
  boundary: "iam.kind.boundary",
  scp: "iam.kind.scp",
  session: "iam.kind.session",
};

const NEW_POLICY: JsonObject = {
  kind: "identity",
  document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] },
};

function PolicyEntry({
  policy,
  index,
  onChange,
  messages,
}: {
  policy: JsonObject;
  index: number;
  onChange: (next: JsonObject) => void;
  messages: SimMessages;
}) {
  const id = useId();
  const t = translateWith(messages);
  const kind = typeof policy.kind === "string" ? policy.kind : "";
  return (
    <div className="space-y-2">
      <div className="w-64 space-y-1">
        <label htmlFor={id} className="block text-xs font-medium text-slate-600">
          {t("iam.kind")}
        </label>
        <select
          id={id}
          value={kind}
          onChange={(e) => onChange(setField(policy, "kind", e.target.value))}
          className="w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm focus:border-sky-600 focus:outline-none focus:ring-1 focus:ring-sky-600"
        >
          {(KINDS as readonly string[]).includes(kind) ? null : <option value={kind}>{kind}</option>}
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(KIND_LABELS[k])}
            </option>
          ))}
        </select>
      </div>
      <FieldControl
        spec={{ path: "document", kind: "json" }}
        value={policy.document}
        onValue={(next) => onChange(setField(policy, "document", next ?? {}))}
        messages={messages}
        label={`${t("iam.policy", { n: index + 1 })}: ${t("iam.document")}`}
      />
    </div>
  );
}

/**
 * The policies that apply to the request, each a kind and a JSON document. A document that does not parse keeps
 * its last valid version in the simulation and shows the parser's message; grammar errors come from the simulator.
 */
export function PolicyList({
  policies,
  onChange,
  messages,
}: {
  policies: readonly JsonValue[];
  onChange: (next: JsonValue[]) => void;
  messages: SimMessages;
}) {
  const t = translateWith(messages);
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("iam.policies")}</legend>
      <ol className="space-y-3">
        {policies.map((policy, index) => {
          const item = t("iam.policy", { n: index + 1 });
          return (
            <li key={index} className="space-y-2 rounded border border-slate-200 bg-slate-50 p-2">
              <div className="flex items-center justify-between">
                <span className="text-xs font-semibold text-slate-700">{item}</span>
                <RowActions
                  t={t}
                  item={item}
                  index={index}
                  count={policies.length}
                  onMove={(to) => onChange(moveItem(policies, index, to))}
                  onRemove={() => onChange(policies.filter((_, i) => i !== index))}
                />
              </div>
              <PolicyEntry
                policy={asObject(policy)}
                index={index}
                onChange={(next) => onChange(policies.map((p, i) => (i === index ? next : p)))}
                messages={messages}
              />
            </li>
          );
        })}
      </ol>
      <AddButton label={t("iam.addPolicy")} onClick={() => onChange([...policies, NEW_POLICY])} />
    </fieldset>
  );
}
