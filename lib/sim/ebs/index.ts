import type { InputFailure, Simulator } from "../types";
import { zodProblem } from "../input-issue";
import { answerEbsQuery } from "./queries";
import { EbsOpsInputSchema, EbsQueryInputSchema, type EbsOpsInput, type EbsQueryInput } from "./schema";
import { simulateEbs } from "./simulate";

export {
  simulateEbs,
  type EbsInstanceView,
  type EbsResult,
  type EbsRun,
  type EbsSnapshotView,
  type EbsVolumeView,
} from "./simulate";
export { answerEbsQuery } from "./queries";
export type { EbsOp, EbsOpsInput, EbsQueryInput } from "./schema";
export { EBS_ERROR_CODES, type EbsErrorCode } from "./outcome";
export { VOLUME_TYPES, VOLUME_TYPE_LIMITS, gp2BaselineIops, type VolumeType } from "./volume-limits";
export type { Decision, TraceEntry } from "./trace";

/** Parses raw JSON into EBS operations or a query; the error names the first offending field. */
export function parseEbsInput(
  raw: unknown,
): { ok: true; kind: "ops"; input: EbsOpsInput } | { ok: true; kind: "query"; input: EbsQueryInput } | InputFailure {
  const isQuery = raw !== null && typeof raw === "object" && "query" in raw;
  if (isQuery) {
    const parsed = EbsQueryInputSchema.safeParse(raw);
    return parsed.success
      ? { ok: true, kind: "query", input: parsed.data }
      : { ok: false, ...zodProblem(parsed.error, raw) };
  }
  const parsed = EbsOpsInputSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, kind: "ops", input: parsed.data }
    : { ok: false, ...zodProblem(parsed.error, raw) };
}

/**
 * The `ebs` simulator of SIM_CONTRACT.md: volumes and snapshots (AWS_FACTS section 4).
 * https://docs.aws.amazon.com/ebs/latest/userguide/what-is-ebs.html
 */
export const ebsSimulator: Simulator = {
  run(raw) {
    const parsed = parseEbsInput(raw);
    if (!parsed.ok) return parsed;
    if (parsed.kind === "query") return { ok: true, result: answerEbsQuery(parsed.input) };
    return simulateEbs(parsed.input);
  },
};
