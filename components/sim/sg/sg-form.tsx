"use client";

import { translateWith } from "@/lib/i18n/translate";
import { RowTable } from "../controls/row-table";
import { setField } from "../model/edit-path";
import { asList, asObject, isJsonObject } from "../model/json-value";
import type { SimFormProps } from "../panel-props";
import { blankNaclRule, naclRuleColumns } from "./sg-columns";
import { SecurityGroupsEditor } from "./security-groups-editor";
import { TrafficEditor } from "./traffic-editor";

/** The `sg` input: security groups with rule tables, which of them the instance has, the subnet's NACL and the traffic. */
export function SgForm({ value, onChange, messages }: SimFormProps) {
  const t = translateWith(messages);
  const groups = asList(value.securityGroups);
  const groupIds = groups.map((g) => asObject(g).id).filter((id): id is string => typeof id === "string");
  // Without `instanceGroups` the instance has every listed group (SIM_CONTRACT `sg`).
  const attached = Array.isArray(value.instanceGroups) ? value.instanceGroups : groupIds;
  const nacl = isJsonObject(value.nacl) ? value.nacl : null;

  function toggleGroup(id: string, on: boolean) {
    const next = on ? [...attached.filter((g) => g !== id), id] : attached.filter((g) => g !== id);
    onChange(setField(value, "instanceGroups", next));
  }

  return (
    <div className="space-y-4">
      <SecurityGroupsEditor
        groups={groups}
        onChange={(next) => onChange(setField(value, "securityGroups", next))}
        messages={messages}
        heading={t("sg.groups")}
      />
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("sg.attached")}</legend>
        <div className="flex flex-wrap gap-4">
          {groupIds.map((id) => (
            <label key={id} className="flex items-center gap-2 font-mono text-sm">
              <input
                type="checkbox"
                checked={attached.includes(id)}
                onChange={(e) => toggleGroup(id, e.target.checked)}
              />
              {id}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("sg.nacl")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={nacl !== null}
            onChange={(e) =>
              onChange(setField(value, "nacl", e.target.checked ? { inbound: [], outbound: [] } : undefined))
            }
          />
          {t("sg.customNacl")}
        </label>
        {nacl ? (
          <>
            <p className="text-xs text-slate-600">{t("sg.naclOrder")}</p>
            {(["inbound", "outbound"] as const).map((direction) => {
              const rules = asList(nacl[direction]);
              const caption = `NACL: ${t(direction === "inbound" ? "sg.inbound" : "sg.outbound")}`;
              return (
                <RowTable
                  key={direction}
                  caption={caption}
                  rows={rules}
                  columns={naclRuleColumns(t)}
                  blank={blankNaclRule(rules)}
                  rowName={(n) => `${caption}, ${t("sg.rule", { n: n + 1 })}`}
                  addLabel={t("sg.addRule")}
                  onChange={(next) => onChange(setField(value, `nacl.${direction}`, next))}
                  messages={messages}
                />
              );
            })}
          </>
        ) : null}
      </fieldset>
      <TrafficEditor
        traffic={asObject(value.traffic)}
        onChange={(next) => onChange(setField(value, "traffic", next))}
        messages={messages}
      />
    </div>
  );
}
