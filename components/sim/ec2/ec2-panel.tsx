"use client";

import { ec2Simulator } from "@/lib/sim/ec2";
import { translateWith } from "@/lib/i18n/translate";
import { OpListEditor } from "../controls/op-list-editor";
import { setField } from "../model/edit-path";
import { asList, isJsonObject } from "../model/json-value";
import type { SimFormProps, SimPanelProps } from "../panel-props";
import { ResultTable } from "../result-table";
import { SimWorkbench } from "../sim-workbench";
import { EC2_OPS } from "./ec2-ops";

const runEc2 = (input: unknown) => ec2Simulator.run(input);

function Ec2Form({ value, onChange, messages }: SimFormProps) {
  return (
    <OpListEditor
      ops={asList(value.ops)}
      catalog={EC2_OPS}
      onChange={(ops) => onChange(setField(value, "ops", ops))}
      messages={messages}
      heading={translateWith(messages)("ops.heading")}
    />
  );
}

/** EC2 instance lifecycle, Elastic IPs and placement groups, run in the browser by the `ec2` simulator. */
export function Ec2Panel(props: SimPanelProps) {
  const t = translateWith(props.messages);
  const details = (result: Record<string, unknown>) => (
    <div className="space-y-2">
      <ResultTable
        messages={props.messages}
        caption={t("ec2.instances")}
        rows={asList(result.instances).filter(isJsonObject)}
        columns={[
          "state",
          "instanceType",
          "publicIpv4",
          "privateIpv4",
          "publicIpv4Changed",
          "privateIpv4Changed",
          "elasticIpAssociated",
          "instanceStoreDataPreserved",
          "ebsDataPreserved",
          "ramPreserved",
        ]}
      />
      <ResultTable
        messages={props.messages}
        caption={t("ec2.volumes")}
        rows={asList(result.volumes).filter(isJsonObject)}
        columns={["role", "instance", "exists", "state", "deleteOnTermination", "type", "sizeGiB", "encrypted"]}
      />
      <ResultTable
        messages={props.messages}
        caption={t("ec2.eips")}
        rows={asList(result.eips).filter(isJsonObject)}
        columns={["allocated", "associated", "instance", "publicIp", "billedHourlyUsd"]}
      />
    </div>
  );
  return <SimWorkbench {...props} sim="ec2" run={runEc2} Form={Ec2Form} details={details} />;
}
