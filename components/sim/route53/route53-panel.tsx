"use client";

import { translateWith } from "@/lib/i18n/translate";
import { route53Simulator } from "@/lib/sim/route53";
import { FieldControl, fieldLabel } from "../controls/field-control";
import { RowTable } from "../controls/row-table";
import { getIn, setField, splitPath } from "../model/edit-path";
import { asList, asObject } from "../model/json-value";
import type { SimFormProps, SimPanelProps } from "../panel-props";
import { SimWorkbench } from "../sim-workbench";
import { BLANK_RECORD, QUESTION_FIELDS, RECORD_COLUMNS } from "./route53-fields";

const runRoute53 = (input: unknown) => route53Simulator.run(input);

/** The `route53` input: the zone and its health checks, the change batch as a table, and the DNS question. */
function Route53Form({ value, onChange, messages }: SimFormProps) {
  const t = translateWith(messages);
  const question = asObject(value.question);
  return (
    <div className="space-y-4">
      <fieldset className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
        <legend className="px-1 text-sm font-semibold">{t("route53.zone")}</legend>
        <FieldControl
          spec={{ path: "zone", kind: "text", required: true }}
          value={value.zone}
          onValue={(next) => onChange(setField(value, "zone", next))}
          messages={messages}
        />
        <FieldControl
          spec={{ path: "healthChecks", kind: "json" }}
          value={value.healthChecks}
          onValue={(next) => onChange(setField(value, "healthChecks", next))}
          messages={messages}
          label={t("route53.healthChecks")}
        />
        <FieldControl
          spec={{ path: "cidrCollections", kind: "json" }}
          value={value.cidrCollections}
          onValue={(next) => onChange(setField(value, "cidrCollections", next))}
          messages={messages}
          label={t("route53.cidrCollections")}
        />
      </fieldset>
      <RowTable
        caption={t("route53.records")}
        rows={asList(value.records)}
        columns={RECORD_COLUMNS.map((spec) => ({ spec, header: fieldLabel(spec.path, messages) }))}
        blank={BLANK_RECORD}
        rowName={(index) => t("route53.record", { n: index + 1 })}
        addLabel={t("route53.addRecord")}
        onChange={(records) => onChange(setField(value, "records", records))}
        messages={messages}
      />
      <fieldset className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-4">
        <legend className="px-1 text-sm font-semibold">{t("route53.question")}</legend>
        {QUESTION_FIELDS.map((spec) => (
          <FieldControl
            key={spec.path}
            spec={spec}
            value={getIn(question, splitPath(spec.path))}
            onValue={(next) => onChange(setField(value, `question.${spec.path}`, next))}
            messages={messages}
            label={fieldLabel(spec.path, messages)}
          />
        ))}
      </fieldset>
    </div>
  );
}

/** Route 53 routing policies, health checks and change batches, answered in the browser by the `route53` simulator. */
export function Route53Panel(props: SimPanelProps) {
  return <SimWorkbench {...props} sim="route53" run={runRoute53} Form={Route53Form} />;
}
