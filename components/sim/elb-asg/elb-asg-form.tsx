"use client";

import { translateWith } from "@/lib/i18n/translate";
import { FieldControl } from "../controls/field-control";
import { OpListEditor } from "../controls/op-list-editor";
import { RowTable } from "../controls/row-table";
import { getIn, setField, splitPath } from "../model/edit-path";
import { asList, isJsonObject, type JsonObject } from "../model/json-value";
import type { SimFormProps } from "../panel-props";
import { ASG_FIELDS, ELB_ASG_EVENTS, HEALTH_CHECK_FIELDS } from "./event-specs";

const NEW_LB: JsonObject = {
  type: "alb",
  healthCheck: { intervalSec: 30, timeoutSec: 5, unhealthyThreshold: 2, healthyThreshold: 5, protocol: "HTTP" },
};
const NEW_ASG: JsonObject = { min: 1, desired: 2, max: 4, healthCheckType: "ELB", gracePeriodSec: 300 };
const BOX = "space-y-3 rounded-md border border-slate-200 p-3";

/** The `elb-asg` timeline: the load balancer's health-check settings, its targets, the group, and the events. */
export function ElbAsgForm({ value, onChange, messages }: SimFormProps) {
  const t = translateWith(messages);
  const lb = isJsonObject(value.lb) ? value.lb : null;
  const asg = isJsonObject(value.asg) ? value.asg : null;
  return (
    <div className="space-y-4">
      <fieldset className={BOX}>
        <legend className="px-1 text-sm font-semibold">{t("elb.lb")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={lb !== null}
            onChange={(e) => onChange(setField(value, "lb", e.target.checked ? NEW_LB : undefined))}
          />
          {t("elb.hasLb")}
        </label>
        {lb ? (
          <>
            <div className="w-40">
              <FieldControl
                spec={{ path: "type", kind: "select", options: ["alb", "nlb"], required: true }}
                value={lb.type}
                onValue={(next) => onChange(setField(value, "lb.type", next))}
                messages={messages}
                label={t("elb.lbType")}
              />
            </div>
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium">{t("elb.healthCheck")}</legend>
              <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
                {HEALTH_CHECK_FIELDS.map((field) => (
                  <FieldControl
                    key={field.path}
                    spec={field}
                    value={getIn(lb, ["healthCheck", ...splitPath(field.path)])}
                    onValue={(next) => onChange(setField(value, `lb.healthCheck.${field.path}`, next))}
                    messages={messages}
                    label={t(field.label)}
                  />
                ))}
              </div>
            </fieldset>
          </>
        ) : null}
        <RowTable
          caption={t("elb.targets")}
          rows={asList(value.targets)}
          columns={[
            { spec: { path: "id", kind: "text", required: true }, header: t("elb.targetId") },
            { spec: { path: "az", kind: "text" }, header: t("elb.targetAz") },
          ]}
          blank={{ id: `i-${asList(value.targets).length + 1}`, az: "us-east-1a" }}
          rowName={(n) => t("elb.target", { n: n + 1 })}
          addLabel={t("elb.addTarget")}
          onChange={(next) => onChange(setField(value, "targets", next))}
          messages={messages}
        />
      </fieldset>
      <fieldset className={BOX}>
        <legend className="px-1 text-sm font-semibold">{t("elb.asg")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={asg !== null}
            onChange={(e) => onChange(setField(value, "asg", e.target.checked ? NEW_ASG : undefined))}
          />
          {t("elb.hasAsg")}
        </label>
        {asg ? (
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {ASG_FIELDS.map((field) => (
              <FieldControl
                key={field.path}
                spec={field}
                value={asg[field.path]}
                onValue={(next) => onChange(setField(value, `asg.${field.path}`, next))}
                messages={messages}
                label={t(field.label)}
              />
            ))}
            <div className="col-span-2 sm:col-span-3">
              <FieldControl
                spec={{ path: "launchedAt", kind: "json" }}
                value={asg.launchedAt}
                onValue={(next) => onChange(setField(value, "asg.launchedAt", next))}
                messages={messages}
                label={t("elb.launchedAt")}
              />
            </div>
          </div>
        ) : null}
      </fieldset>
      <OpListEditor
        ops={asList(value.events)}
        catalog={ELB_ASG_EVENTS}
        onChange={(events) => onChange(setField(value, "events", events))}
        messages={messages}
        heading={t("elb.events")}
        noun="events"
      />
    </div>
  );
}
