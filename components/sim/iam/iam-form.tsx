"use client";

import { translateWith } from "@/lib/i18n/translate";
import { FieldControl } from "../controls/field-control";
import { setField } from "../model/edit-path";
import { asList, asObject } from "../model/json-value";
import type { SimFormProps } from "../panel-props";
import { ContextEditor } from "./context-editor";
import { PolicyList } from "./policy-list";

const REQUEST_FIELDS = [
  ["action", "iam.action"],
  ["resource", "iam.resource"],
  ["principal", "iam.principal"],
] as const;

/** The `iam` input: the policies in force, then the request and its condition keys. */
export function IamForm({ value, onChange, messages }: SimFormProps) {
  const t = translateWith(messages);
  const request = asObject(value.request);
  return (
    <div className="space-y-4">
      <PolicyList
        policies={asList(value.policies)}
        onChange={(next) => onChange(setField(value, "policies", next))}
        messages={messages}
      />
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("iam.request")}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {REQUEST_FIELDS.map(([field, label]) => (
            <FieldControl
              key={field}
              spec={{ path: field, kind: "text", required: true }}
              value={request[field]}
              onValue={(next) => onChange(setField(value, `request.${field}`, next))}
              messages={messages}
              label={t(label)}
            />
          ))}
        </div>
      </fieldset>
      <ContextEditor
        context={asObject(request.context)}
        onChange={(next) => onChange(setField(value, "request.context", next))}
        messages={messages}
      />
    </div>
  );
}
