"use client";

import type { SimMessages, SimTranslate } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";
import { FieldControl } from "../controls/field-control";
import { AddButton, RowActions } from "../controls/row-actions";
import { RowTable } from "../controls/row-table";
import { setField } from "../model/edit-path";
import { asList, asObject, type JsonValue } from "../model/json-value";
import { ALL_TRAFFIC_OUT, blankSgRule, sgRuleColumns } from "./sg-columns";

function groupName(group: JsonValue | undefined, index: number, t: SimTranslate): string {
  const id = asObject(group).id;
  return typeof id === "string" && id !== "" ? id : t("path.securityGroups", { n: index + 1 });
}

/** Security groups as the `sg` and `efs` inputs write them: an id with inbound and outbound rule tables each. */
export function SecurityGroupsEditor({
  groups,
  onChange,
  messages,
  heading,
}: {
  groups: readonly JsonValue[];
  onChange: (next: JsonValue[]) => void;
  messages: SimMessages;
  heading: string;
}) {
  const t = translateWith(messages);
  const replace = (index: number, next: JsonValue) => onChange(groups.map((g, i) => (i === index ? next : g)));
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{heading}</legend>
      {groups.map((group, index) => {
        const object = asObject(group);
        const name = groupName(group, index, t);
        const item = t("sg.group", { id: name });
        return (
          <section key={index} aria-label={item} className="space-y-3 rounded border border-slate-200 bg-slate-50 p-3">
            <div className="flex items-end justify-between gap-2">
              <div className="w-48">
                <FieldControl
                  spec={{ path: "id", kind: "text", required: true }}
                  value={object.id}
                  onValue={(next) => replace(index, setField(object, "id", next))}
                  messages={messages}
                  label={`${t("path.securityGroups", { n: index + 1 })}: ${t("sg.groupId")}`}
                />
              </div>
              <RowActions
                t={t}
                item={item}
                index={index}
                count={groups.length}
                onRemove={() => onChange(groups.filter((_, i) => i !== index))}
              />
            </div>
            {(["inbound", "outbound"] as const).map((direction) => {
              const caption = `${name}: ${t(direction === "inbound" ? "sg.inbound" : "sg.outbound")}`;
              return (
                <RowTable
                  key={direction}
                  caption={caption}
                  rows={asList(object[direction])}
                  columns={sgRuleColumns(t, direction)}
                  blank={blankSgRule(direction)}
                  rowName={(n) => `${caption}, ${t("sg.rule", { n: n + 1 })}`}
                  addLabel={t("sg.addRule")}
                  onChange={(rules) => replace(index, setField(object, direction, rules))}
                  messages={messages}
                />
              );
            })}
          </section>
        );
      })}
      <AddButton
        label={t("sg.addGroup")}
        onClick={() =>
          onChange([...groups, { id: `sg-new${groups.length + 1}`, inbound: [], outbound: [ALL_TRAFFIC_OUT] }])
        }
      />
    </fieldset>
  );
}
