"use client";

import { iamSimulator } from "@/lib/sim/iam";
import type { SimPanelProps } from "../panel-props";
import { SimWorkbench } from "../sim-workbench";
import { IamForm } from "./iam-form";
import { IamNotes } from "./iam-notes";

const runIam = (input: unknown) => iamSimulator.run(input);

/**
 * IAM policy evaluation, run in the browser by the `iam` simulator. Under the outcome it warns when the input uses a
 * form that AWS forbids or leaves undefined (the trace's notes), since the decision then rests on Gureum's reading.
 */
export function IamPanel(props: SimPanelProps) {
  const details = (result: Record<string, unknown>) => <IamNotes result={result} language={props.language} />;
  return <SimWorkbench {...props} sim="iam" run={runIam} Form={IamForm} details={details} />;
}
