import { zodProblem } from "../input-issue";
import type { InputFailure, Simulator } from "../types";
import { answerEc2Query } from "./queries";
import { Ec2OpsInputSchema, Ec2QueryInputSchema, type Ec2OpsInput, type Ec2QueryInput } from "./schema";
import { simulateEc2 } from "./simulate";

export { simulateEc2, type Ec2Result, type Ec2Run } from "./simulate";
export { answerEc2Query } from "./queries";
export { describeInstanceType, type InstanceTypeInfo } from "../instance-catalog";
export { EC2_ERROR_CODES, type Ec2ErrorCode } from "./outcome";
export { LAUNCH_DEFAULTS } from "./launch";
export type { Ec2Op, Ec2OpsInput, Ec2QueryInput, RunInstanceOp } from "./schema";
export type { Ec2EipView, Ec2InstanceView, Ec2StateView, Ec2VolumeView } from "./view";

/** Parses raw JSON into EC2 operations or a query; the error names the first offending field. */
export function parseEc2Input(
  raw: unknown,
): { ok: true; kind: "ops"; input: Ec2OpsInput } | { ok: true; kind: "query"; input: Ec2QueryInput } | InputFailure {
  const isQuery = raw !== null && typeof raw === "object" && "query" in raw;
  if (isQuery) {
    const parsed = Ec2QueryInputSchema.safeParse(raw);
    return parsed.success
      ? { ok: true, kind: "query", input: parsed.data }
      : { ok: false, ...zodProblem(parsed.error, raw) };
  }
  const parsed = Ec2OpsInputSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, kind: "ops", input: parsed.data }
    : { ok: false, ...zodProblem(parsed.error, raw) };
}

/**
 * The `ec2` simulator of SIM_CONTRACT.md: instance lifecycle, Elastic IPs, placement groups (AWS_FACTS section 3).
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html
 */
export const ec2Simulator: Simulator = {
  run(raw) {
    const parsed = parseEc2Input(raw);
    if (!parsed.ok) return parsed;
    if (parsed.kind === "query") return { ok: true, result: answerEc2Query(parsed.input) };
    return simulateEc2(parsed.input);
  },
};
