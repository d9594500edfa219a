"use client";

import { translateWith } from "@/lib/i18n/translate";
import { vpcSimulator } from "@/lib/sim/vpc";
import { FieldControl } from "../controls/field-control";
import { readPath } from "@/lib/content/json-path";
import { setField } from "../model/edit-path";
import type { FieldSpec } from "../model/field-codec";
import type { SimFormProps, SimPanelProps } from "../panel-props";
import { SimWorkbench } from "../sim-workbench";

const runVpc = (input: unknown) => vpcSimulator.run(input);

/** The flow's fields; the network itself (VPCs, subnets, route tables, gateways, groups) is edited as JSON. */
const FLOW_FIELDS: readonly FieldSpec[] = [
  { path: "flow.from", kind: "json", required: true },
  { path: "flow.to", kind: "json", required: true },
  { path: "flow.protocol", kind: "select", options: ["tcp", "udp", "icmp", "50"], required: true },
  { path: "flow.port", kind: "int" },
  { path: "flow.sourcePort", kind: "int" },
  { path: "flow.natSourcePort", kind: "int" },
];

/** The `vpc` input: the flow as a form, the network in the JSON view. */
function VpcForm({ value, onChange, messages }: SimFormProps) {
  const t = translateWith(messages);
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("vpc.flow")}</legend>
      <p className="mb-2 text-xs text-slate-600">{t("vpc.networkInJson")}</p>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        {FLOW_FIELDS.map((field) => (
          <FieldControl
            key={field.path}
            spec={field}
            value={readPath(value, field.path)}
            onValue={(next) => onChange(setField(value, field.path, next))}
            messages={messages}
          />
        ))}
      </div>
    </fieldset>
  );
}

/** Routing and reachability through a described VPC network, run in the browser by the `vpc` simulator. */
export function VpcPanel(props: SimPanelProps) {
  return <SimWorkbench {...props} sim="vpc" run={runVpc} Form={VpcForm} />;
}
