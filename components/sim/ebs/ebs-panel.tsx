"use client";

import { ebsSimulator } from "@/lib/sim/ebs";
import { translateWith } from "@/lib/i18n/translate";
import { OpListEditor } from "../controls/op-list-editor";
import { setField } from "../model/edit-path";
import { asList, asObject, isJsonObject } from "../model/json-value";
import type { SimFormProps, SimPanelProps } from "../panel-props";
import { ResultTable } from "../result-table";
import { SimWorkbench } from "../sim-workbench";
import { EBS_OPS } from "./ebs-ops";

const runEbs = (input: unknown) => ebsSimulator.run(input);

function EbsForm({ value, onChange, messages }: SimFormProps) {
  return (
    <OpListEditor
      ops={asList(value.ops)}
      catalog={EBS_OPS}
      onChange={(ops) => onChange(setField(value, "ops", ops))}
      messages={messages}
      heading={translateWith(messages)("ops.heading")}
    />
  );
}

/** EBS volumes and snapshots, run in the browser by the `ebs` simulator, with the resulting state as tables. */
export function EbsPanel(props: SimPanelProps) {
  const t = translateWith(props.messages);
  const details = (result: Record<string, unknown>) => {
    const state = asObject(result.state);
    return (
      <div className="space-y-2">
        <ResultTable
          messages={props.messages}
          caption={t("ebs.volumes")}
          rows={asList(state.volumes).filter(isJsonObject)}
          columns={[
            "az",
            "type",
            "sizeGiB",
            "iops",
            "throughputMiBps",
            "encrypted",
            "multiAttach",
            "state",
            "attachedTo",
            "fromSnapshot",
          ]}
        />
        <ResultTable
          messages={props.messages}
          caption={t("ebs.snapshots")}
          rows={asList(state.snapshots).filter(isJsonObject)}
          columns={["region", "encrypted", "sizeGiB", "fromVolume", "copiedFrom"]}
        />
      </div>
    );
  };
  return <SimWorkbench {...props} sim="ebs" run={runEbs} Form={EbsForm} details={details} />;
}
