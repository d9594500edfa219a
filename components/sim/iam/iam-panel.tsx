"use client";

import { iamSimulator } from "@/lib/sim/iam";
import type { SimPanelProps } from "../panel-props";
import { SimWorkbench } from "../sim-workbench";
import { IamForm } from "./iam-form";

const runIam = (input: unknown) => iamSimulator.run(input);

/** IAM policy evaluation, run in the browser by the `iam` simulator. */
export function IamPanel(props: SimPanelProps) {
  return <SimWorkbench {...props} sim="iam" run={runIam} Form={IamForm} />;
}
