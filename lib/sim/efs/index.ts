import { z } from "zod";
import { inputProblem, zodProblem } from "../input-issue";
import type { InputFailure, SimRun, Simulator } from "../types";
import { EFS_QUERIES, type EfsQueryName } from "./queries";
import { EfsInputSchema } from "./schema";
import { runScenario, type EfsResult } from "./simulate";

export type { EfsResult } from "./simulate";
export type * from "./types";
export { runScenario } from "./simulate";
export { EfsInputSchema, FileSystemSchema, DEFAULT_SG_ID } from "./schema";
export { applyUpdate, checkCreateFileSystem, checkLifecycle, lifecycleDays, LIFECYCLE_DAYS } from "./file-system";
export { createMountTarget, deleteMountTarget, MAX_SECURITY_GROUPS_PER_MOUNT_TARGET } from "./mount-targets";
export { chooseMountTarget, mountFileSystem, NFS_PORT, SUPPORTED_NFS_VERSIONS } from "./mount";
export { EFS_QUERIES, MAX_CONNECTIONS_PER_FILE_SYSTEM, type EfsQueryName } from "./queries";

/** The JSON input of the `efs` simulator, as written in SIM_CONTRACT.md. */
export type EfsInput = z.input<typeof EfsInputSchema>;

/** The typed result of {@link simulateEfs}: a run result or an input error naming the field. */
export type EfsRun = { ok: true; result: EfsResult } | InputFailure;

/**
 * Simulates an EFS file system: creation checks (F7), mount targets (F3, F5), NFS mounts through security groups
 * (F1, F2, F4) and lifecycle configuration (F6). Sources: https://docs.aws.amazon.com/efs/latest/ug/how-it-works.html ,
 * https://docs.aws.amazon.com/efs/latest/ug/API_CreateMountTarget.html , https://docs.aws.amazon.com/efs/latest/ug/limits.html
 */
export function simulateEfs(input: EfsInput | unknown): EfsRun {
  const parsed = EfsInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...zodProblem(parsed.error, input) };
  return { ok: true, result: runScenario(parsed.data) };
}

function isQueryName(name: string): name is EfsQueryName {
  return Object.hasOwn(EFS_QUERIES, name);
}

/** Answers `{"query": "defaults"}` or `{"query": "maxConnectionsPerFileSystem"}` with the documented values. */
export function queryEfs(name: string): SimRun {
  if (!isQueryName(name)) {
    const expected = Object.keys(EFS_QUERIES).join(" | ");
    return {
      ok: false,
      ...inputProblem(["query"], "unknownQuery", { name, expected }, `unknown query "${name}" (expected ${expected})`),
    };
  }
  return { ok: true, result: EFS_QUERIES[name]() };
}

const QueryInputSchema = z.object({ query: z.string() });

/** The `efs` simulator of the registry. */
export const efsSimulator: Simulator = {
  run(input: unknown): SimRun {
    const query = QueryInputSchema.safeParse(input);
    if (query.success) return queryEfs(query.data.query);
    return simulateEfs(input);
  },
};
