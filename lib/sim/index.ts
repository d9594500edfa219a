import type { SimName } from "./names";
export { SIM_NAMES, type SimName } from "./names";
import { iamSimulator } from "./iam";
import { ebsSimulator } from "./ebs";
import { ec2Simulator } from "./ec2";
import { efsSimulator } from "./efs";
import { elbAsgSimulator } from "./elb-asg";
import { sgSimulator } from "./sg";
import { s3Simulator } from "./s3";
import { route53Simulator } from "./route53";
import { vpcSimulator } from "./vpc";
import type { SimRun, Simulator } from "./types";

export type { InputFailure, SimRun, Simulator } from "./types";
export { INPUT_ISSUE_CODES, type InputIssue, type InputIssueCode, type InputIssueParams } from "./input-issue";

/** Simulators by contract name. Each module registers itself here with one line. */
const SIMULATORS: Partial<Record<SimName, Simulator>> = {
  iam: iamSimulator,
  sg: sgSimulator,
  ebs: ebsSimulator,
  ec2: ec2Simulator,
  efs: efsSimulator,
  "elb-asg": elbAsgSimulator,
  s3: s3Simulator,
  route53: route53Simulator,
  vpc: vpcSimulator,
};

export function availableSimulators(): SimName[] {
  return Object.keys(SIMULATORS) as SimName[];
}

/** Runs the named simulator on one input; an unknown or missing simulator is an input error, not a throw. */
export function simulate(name: SimName, input: unknown): SimRun {
  const simulator = SIMULATORS[name];
  if (!simulator)
    return {
      ok: false,
      inputError: `simulator "${name}" is not available`,
      issue: { path: [], code: "simulatorUnavailable", params: { name } },
    };
  return simulator.run(input);
}
