"use client";

import { translateWith } from "@/lib/i18n/translate";
import { efsSimulator } from "@/lib/sim/efs";
import { FieldControl } from "../controls/field-control";
import { OpListEditor } from "../controls/op-list-editor";
import { setField } from "../model/edit-path";
import { asList, asObject } from "../model/json-value";
import type { SimFormProps, SimPanelProps } from "../panel-props";
import { SecurityGroupsEditor } from "../sg/security-groups-editor";
import { SimWorkbench } from "../sim-workbench";
import { EFS_OPS, FILE_SYSTEM_FIELDS } from "./efs-ops";

const runEfs = (input: unknown) => efsSimulator.run(input);

/** The `efs` input: the file system, the security groups, then mount targets and mounts in order. */
function EfsForm({ value, onChange, messages }: SimFormProps) {
  const t = translateWith(messages);
  const fileSystem = asObject(value.fileSystem);
  return (
    <div className="space-y-4">
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("efs.fileSystem")}</legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {FILE_SYSTEM_FIELDS.map((field) => (
            <FieldControl
              key={field.path}
              spec={field}
              value={fileSystem[field.path]}
              onValue={(next) => onChange(setField(value, `fileSystem.${field.path}`, next))}
              messages={messages}
              label={t(field.label)}
            />
          ))}
        </div>
      </fieldset>
      <SecurityGroupsEditor
        groups={asList(value.securityGroups)}
        onChange={(next) => onChange(setField(value, "securityGroups", next))}
        messages={messages}
        heading={t("efs.groups")}
      />
      <OpListEditor
        ops={asList(value.ops)}
        catalog={EFS_OPS}
        onChange={(ops) => onChange(setField(value, "ops", ops))}
        messages={messages}
        heading={t("efs.ops")}
      />
    </div>
  );
}

/** EFS mount targets and NFS mounts through security groups, run in the browser by the `efs` simulator. */
export function EfsPanel(props: SimPanelProps) {
  return <SimWorkbench {...props} sim="efs" run={runEfs} Form={EfsForm} />;
}
