"use client";

import { translateWith } from "@/lib/i18n/translate";
import { elbAsgSimulator } from "@/lib/sim/elb-asg";
import { asList, asObject } from "../model/json-value";
import type { SimPanelProps } from "../panel-props";
import { ResultTable } from "../result-table";
import { SimWorkbench } from "../sim-workbench";
import { ElbAsgForm } from "./elb-asg-form";

const runElbAsg = (input: unknown) => elbAsgSimulator.run(input);

/** One row per target: when it was healthy, marked unhealthy, healthy again, and whether it still gets traffic. */
function targetRows(result: Record<string, unknown>): Record<string, unknown>[] {
  const healthyAt = asObject(result.healthyAt);
  const unhealthyAt = asObject(result.markedUnhealthyAt);
  const againAt = asObject(result.healthyAgainAt);
  const routable = asList(result.routableTargets);
  const ids = [...new Set([...Object.keys(healthyAt), ...Object.keys(unhealthyAt)])];
  return ids.map((target) => ({
    target,
    healthyAt: healthyAt[target] ?? null,
    markedUnhealthyAt: unhealthyAt[target] ?? null,
    healthyAgainAt: againAt[target] ?? null,
    routable: routable.includes(target),
  }));
}

/** Load balancer health checks and Auto Scaling over time, run in the browser by the `elb-asg` simulator. */
export function ElbAsgPanel(props: SimPanelProps) {
  const t = translateWith(props.messages);
  const details = (result: Record<string, unknown>) => (
    <ResultTable
      messages={props.messages}
      caption={t("elb.targetHealth")}
      rows={targetRows(result)}
      columns={["target", "healthyAt", "markedUnhealthyAt", "healthyAgainAt", "routable"]}
    />
  );
  return <SimWorkbench {...props} sim="elb-asg" run={runElbAsg} Form={ElbAsgForm} details={details} />;
}
