import type { SecurityGroup } from "../sg/types";
import { applyUpdate, checkCreateFileSystem, checkLifecycle } from "./file-system";
import { mountFileSystem } from "./mount";
import { createMountTarget, deleteMountTarget } from "./mount-targets";
import type {
  EfsErrorCode,
  EfsOp,
  EfsScenario,
  FileSystemConfig,
  LifecycleConfig,
  Localized,
  MountResult,
  MountTarget,
  StepResult,
} from "./types";

interface State {
  fileSystem: FileSystemConfig;
  mountTargets: MountTarget[];
  lifecycle: LifecycleConfig | null;
}

/** The run's result: the last mount's outcome and current counts on top, every op's outcome in `steps`. */
export interface EfsResult {
  [key: string]: unknown;
  mountTargets: number;
  mountTargetAzs: string[];
  fileSystem: FileSystemConfig;
  lifecycle?: LifecycleConfig;
  mounted?: boolean;
  reason?: MountResult["reason"];
  crossAz?: boolean;
  error?: EfsErrorCode;
  atOp?: number | "createFileSystem";
  steps: StepResult[];
  explanation: Localized;
}

function applyOp(
  state: State,
  op: EfsOp,
  groups: readonly SecurityGroup[],
): { state: State; step: StepResult } | { error: EfsErrorCode; explanation: Localized } {
  switch (op.op) {
    case "createMountTarget": {
      const target = createMountTarget(state.fileSystem, state.mountTargets, groups, op);
      if ("error" in target) return target;
      const mountTargets = [...state.mountTargets, target];
      return {
        state: { ...state, mountTargets },
        step: {
          op: op.op,
          mountTargets: mountTargets.length,
          explanation: {
            en: `Created a mount target in ${op.subnetAz}; the file system now has ${mountTargets.length}.`,
            ko: `${op.subnetAz}에 탑재 대상을 만들었습니다. 이제 탑재 대상은 ${mountTargets.length}개입니다.`,
          },
        },
      };
    }
    case "deleteMountTarget": {
      const remaining = deleteMountTarget(state.mountTargets, op.az);
      if ("error" in remaining) return remaining;
      return {
        state: { ...state, mountTargets: remaining },
        step: {
          op: op.op,
          mountTargets: remaining.length,
          explanation: { en: `Deleted the mount target in ${op.az}.`, ko: `${op.az}의 탑재 대상을 삭제했습니다.` },
        },
      };
    }
    case "mount": {
      const result = mountFileSystem(state.fileSystem, state.mountTargets, groups, op.instance, op.nfsVersion);
      return { state, step: { op: op.op, ...result } };
    }
    case "updateFileSystem": {
      const updated = applyUpdate(state.fileSystem, op);
      if ("error" in updated) return updated;
      return {
        state: { ...state, fileSystem: updated },
        step: {
          op: op.op,
          performanceMode: updated.performanceMode,
          throughputMode: updated.throughputMode,
          explanation: {
            en: `Throughput mode is now ${updated.throughputMode}.`,
            ko: `처리량 모드가 이제 ${updated.throughputMode}입니다.`,
          },
        },
      };
    }
    case "putLifecycleConfiguration": {
      const problem = checkLifecycle(state.fileSystem, op.lifecycle);
      if (problem !== null) return problem;
      const empty = Object.keys(op.lifecycle).length === 0;
      return {
        state: { ...state, lifecycle: op.lifecycle },
        step: {
          op: op.op,
          lifecycle: op.lifecycle,
          explanation: empty
            ? {
                en: "An empty lifecycle configuration turns lifecycle management off.",
                ko: "빈 수명 주기 구성은 수명 주기 관리를 끕니다.",
              }
            : {
                en: `Lifecycle policies set: ${JSON.stringify(op.lifecycle)}.`,
                ko: `수명 주기 정책을 설정했습니다: ${JSON.stringify(op.lifecycle)}.`,
              },
        },
      };
    }
  }
}

function summary(state: State, steps: StepResult[], explanation: Localized): EfsResult {
  const result: EfsResult = {
    mountTargets: state.mountTargets.length,
    mountTargetAzs: state.mountTargets.map((t) => t.az),
    fileSystem: state.fileSystem,
    steps,
    explanation,
  };
  if (state.lifecycle !== null) result.lifecycle = state.lifecycle;
  const lastMount = steps.findLast((step) => step.op === "mount");
  if (lastMount !== undefined && lastMount.op === "mount") {
    result.mounted = lastMount.mounted;
    if (lastMount.reason !== undefined) result.reason = lastMount.reason;
    result.crossAz = lastMount.crossAz;
  }
  return result;
}

/**
 * Creates the file system (checking its configuration), then applies the ops in order. The first failing op ends the
 * run with `{error, atOp}`; a failed mount is an outcome (`mounted: false`), not an error.
 */
export function runScenario(scenario: EfsScenario): EfsResult {
  let state: State = { fileSystem: scenario.fileSystem, mountTargets: [], lifecycle: null };
  const created = checkCreateFileSystem(scenario.fileSystem);
  if (created !== null)
    return { ...summary(state, [], created.explanation), error: created.error, atOp: "createFileSystem" };
  const steps: StepResult[] = [];
  for (const [index, op] of scenario.ops.entries()) {
    const outcome = applyOp(state, op, scenario.securityGroups);
    if ("error" in outcome) return { ...summary(state, steps, outcome.explanation), error: outcome.error, atOp: index };
    state = outcome.state;
    steps.push(outcome.step);
  }
  const last = steps.at(-1);
  const explanation = last?.explanation ?? {
    en: `The file system was created (${state.fileSystem.type}, ${state.fileSystem.performanceMode}, ${state.fileSystem.throughputMode}).`,
    ko: `파일 시스템을 만들었습니다(${state.fileSystem.type}, ${state.fileSystem.performanceMode}, ${state.fileSystem.throughputMode}).`,
  };
  return summary(state, steps, explanation);
}
