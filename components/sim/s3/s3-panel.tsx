"use client";

import { translateWith } from "@/lib/i18n/translate";
import { s3Simulator } from "@/lib/sim/s3";
import { FieldControl } from "../controls/field-control";
import { getIn, setField, splitPath } from "../model/edit-path";
import { asObject, type JsonObject } from "../model/json-value";
import type { SimFormProps, SimPanelProps } from "../panel-props";
import { SimWorkbench } from "../sim-workbench";
import { BUCKET_FIELDS, CALLER_FIELDS, REQUEST_FIELDS, bpaFields, type S3Field } from "./s3-fields";

const runS3 = (input: unknown) => s3Simulator.run(input);
const CALLER_TYPES = ["principal", "anonymous", "service"] as const;

/** A caller of another type keeps none of the old fields, which the new type would refuse as unknown. */
function retypeCaller(value: JsonObject, type: string | undefined): JsonObject {
  if (type === "service") return setField(value, "caller", { type, service: "cloudtrail.amazonaws.com" });
  if (type === "principal") {
    return setField(value, "caller", {
      type,
      principal: "arn:aws:iam::111122223333:user/dave",
      account: "111122223333",
    });
  }
  return setField(value, "caller", { type: type ?? "anonymous" });
}

/** The `s3` input: the bucket and its Block Public Access, the objects, the caller and the request. */
function S3Form({ value, onChange, messages }: SimFormProps) {
  const t = translateWith(messages);
  const callerType = String(asObject(value.caller).type ?? "principal");
  const control = (field: S3Field) => (
    <FieldControl
      key={field.path}
      spec={field}
      value={getIn(value, splitPath(field.path))}
      onValue={(next) => onChange(setField(value, field.path, next))}
      messages={messages}
      label={t(field.label)}
    />
  );
  const group = (legend: string, fields: readonly S3Field[], columns = "sm:grid-cols-3") => (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <div className={`grid gap-2 ${columns}`}>{fields.map(control)}</div>
    </fieldset>
  );
  return (
    <div className="space-y-4">
      {group(t("s3.bucket"), BUCKET_FIELDS)}
      {group(t("s3.bpaAccount"), bpaFields("account"), "grid-cols-2 sm:grid-cols-4")}
      {group(t("s3.bpaBucket"), bpaFields("bucket"), "grid-cols-2 sm:grid-cols-4")}
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("s3.caller")}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          <FieldControl
            spec={{ path: "caller.type", kind: "select", options: CALLER_TYPES, required: true }}
            value={callerType}
            onValue={(next) => onChange(retypeCaller(value, typeof next === "string" ? next : undefined))}
            messages={messages}
            label={t("s3.callerType")}
          />
          {(CALLER_FIELDS[callerType] ?? []).map(control)}
        </div>
      </fieldset>
      {group(t("s3.request"), REQUEST_FIELDS)}
    </div>
  );
}

/** Who can do what to a bucket or object, run in the browser by the `s3` simulator. */
export function S3Panel(props: SimPanelProps) {
  return <SimWorkbench {...props} sim="s3" run={runS3} Form={S3Form} />;
}
