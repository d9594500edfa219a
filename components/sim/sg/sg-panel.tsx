"use client";

import { sgSimulator } from "@/lib/sim/sg";
import type { SimPanelProps } from "../panel-props";
import { SimWorkbench } from "../sim-workbench";
import { SgForm } from "./sg-form";

const runSg = (input: unknown) => sgSimulator.run(input);

/** Security groups and network ACLs, evaluated in the browser by the `sg` simulator. */
export function SgPanel(props: SimPanelProps) {
  return <SimWorkbench {...props} sim="sg" run={runSg} Form={SgForm} />;
}
