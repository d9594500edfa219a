import type { Localized } from "@/lib/i18n/localized";
import type { InputFailure } from "../types";
import { describeInstanceType } from "../instance-catalog";
import {
  attachVolume,
  checkBootVolume,
  createVolume,
  detachVolume,
  emptyBlockStore,
  regionOf,
  type BlockStore,
} from "./block-store";
import { copySnapshot, createSnapshot } from "./snapshots";
import { modifyVolume } from "./modify-volume";
import type { Checked, EbsErrorCode } from "./outcome";
import type { EbsOp, EbsOpsInput } from "./schema";
import {
  dangling,
  decisionsOf,
  failureResult,
  successExplanation,
  type Dangling,
  type Decision,
  type TraceEntry,
} from "./trace";
import type { VolumeType } from "./volume-limits";
import { withJosa } from "@/lib/i18n/josa";

/** A volume with exactly the contract's fields, plus `region` and `fromSnapshot`. */
export interface EbsVolumeView {
  az: string;
  region: string;
  type: VolumeType;
  sizeGiB: number;
  iops: number | null;
  throughputMiBps: number | null;
  encrypted: boolean;
  multiAttach: boolean;
  state: "available" | "in-use";
  attachedTo: number[];
  fromSnapshot: number | null;
}

/** A snapshot with the contract's fields (`region`, `encrypted`) plus its size and origin. */
export interface EbsSnapshotView {
  region: string;
  encrypted: boolean;
  sizeGiB: number;
  fromVolume: number | null;
  copiedFrom: number | null;
}

/** An instance as the EBS simulator knows it (AZ and Nitro decide attachments, B1 and B5). */
export interface EbsInstanceView {
  az: string;
  instanceType: string;
  nitro: boolean;
  rootVolume: { type: VolumeType; sizeGiB: number } | null;
}

/** The EBS result: `{state: {volumes, snapshots}}` or `{error, atOp}`, both with explanation and decidedBy. */
export type EbsResult =
  | {
      state: { volumes: EbsVolumeView[]; snapshots: EbsSnapshotView[]; instances: EbsInstanceView[] };
      explanation: Localized;
      decidedBy: Decision[];
      trace: TraceEntry[];
    }
  | { error: EbsErrorCode; atOp: number; explanation: Localized; decidedBy: Decision[] };

/** A run: a result, or an input error naming the field (SIM_CONTRACT.md). */
export type EbsRun = { ok: true; result: EbsResult } | InputFailure;

const DEFAULT_INSTANCE_TYPE = "m5.large";

interface World {
  store: BlockStore;
  instances: EbsInstanceView[];
}

/**
 * Runs EBS operations in order and returns the final volumes and snapshots, or the first simulated AWS error as
 * `{error, atOp}` (later operations don't run). Rules: AWS_FACTS section 4 (B1–B11).
 * https://docs.aws.amazon.com/ebs/latest/userguide/what-is-ebs.html
 */
export function simulateEbs(input: EbsOpsInput): EbsRun {
  const world: World = { store: emptyBlockStore(), instances: [] };
  const decisions: Decision[] = [];
  const trace: TraceEntry[] = [];
  for (const [atOp, op] of input.ops.entries()) {
    const step = runOp(world, op, atOp);
    if ("dangling" in step) return { ok: false, ...step.dangling };
    if (!step.ok) return { ok: true, result: failureResult(atOp, op.op, step.failure) };
    decisions.push(...decisionsOf(atOp, step.notes));
    trace.push({ atOp, op: op.op, summary: step.value });
  }
  return {
    ok: true,
    result: {
      state: {
        volumes: world.store.volumes.map((v) => ({
          az: v.az,
          region: regionOf(v.az),
          type: v.type,
          sizeGiB: v.sizeGiB,
          iops: v.iops,
          throughputMiBps: v.throughputMiBps,
          encrypted: v.encrypted,
          multiAttach: v.multiAttach,
          state: v.attachedTo.length > 0 ? "in-use" : "available",
          attachedTo: [...v.attachedTo],
          fromSnapshot: v.fromSnapshot,
        })),
        snapshots: world.store.snapshots.map((s) => ({ ...s })),
        instances: world.instances.map((i) => ({ ...i })),
      },
      explanation: successExplanation(input.ops.length, decisions, trace),
      decidedBy: decisions,
      trace,
    },
  };
}

function said(en: string, ko: string): Localized {
  return { en, ko };
}

function withSummary<T>(checked: Checked<T>, summary: (value: T) => Localized): Checked<Localized> {
  return checked.ok ? { ok: true, value: summary(checked.value), notes: checked.notes } : checked;
}

function runOp(world: World, op: EbsOp, atOp: number): Checked<Localized> | Dangling {
  const { store, instances } = world;
  switch (op.op) {
    case "createVolume": {
      if (op.snapshot !== undefined && !store.snapshots[op.snapshot]) {
        return dangling(atOp, "snapshot", "snapshot", op.snapshot, store.snapshots.length);
      }
      return withSummary(createVolume(store, op), (index) => {
        const v = store.volumes[index];
        return said(
          `Created volume ${index} (${v?.type}, ${v?.sizeGiB} GiB) in ${op.az}.`,
          `${op.az}에 볼륨 ${index}(${v?.type}, ${v?.sizeGiB} GiB)을 만들었습니다.`,
        );
      });
    }
    case "runInstance": {
      const instanceType = op.instanceType ?? DEFAULT_INSTANCE_TYPE;
      const root = op.rootVolume;
      if (root) {
        const boot = checkBootVolume(root.type, root.sizeGiB, root.iops, root.throughputMiBps);
        if (!boot.ok) return boot;
      }
      instances.push({
        az: op.az,
        instanceType,
        nitro: op.nitro ?? describeInstanceType(instanceType).nitro,
        rootVolume: root ? { type: root.type, sizeGiB: root.sizeGiB } : null,
      });
      const index = instances.length - 1;
      return {
        ok: true,
        value: said(
          `Launched instance ${index} (${instanceType}) in ${op.az}.`,
          `${op.az}에 인스턴스 ${index}(${instanceType})을 시작했습니다.`,
        ),
        notes: [],
      };
    }
    case "attach":
    case "detach": {
      const volume = store.volumes[op.volume];
      if (!volume) return dangling(atOp, "volume", "volume", op.volume, store.volumes.length);
      const instance = instances[op.instance];
      if (!instance) return dangling(atOp, "instance", "instance", op.instance, instances.length);
      if (op.op === "detach") {
        return withSummary(detachVolume(volume, op.volume, op.instance), () =>
          said(
            `Detached volume ${op.volume} from instance ${op.instance}.`,
            `볼륨 ${withJosa(String(op.volume), "을/를")} 인스턴스 ${op.instance}에서 분리했습니다.`,
          ),
        );
      }
      return withSummary(
        attachVolume(volume, op.volume, { index: op.instance, az: instance.az, nitro: instance.nitro }),
        () =>
          said(
            `Attached volume ${op.volume} to instance ${op.instance}.`,
            `볼륨 ${withJosa(String(op.volume), "을/를")} 인스턴스 ${op.instance}에 연결했습니다.`,
          ),
      );
    }
    case "createSnapshot": {
      const volume = store.volumes[op.volume];
      if (!volume) return dangling(atOp, "volume", "volume", op.volume, store.volumes.length);
      return withSummary(createSnapshot(store, volume, op.volume), (index) =>
        said(
          `Snapshot ${index} of volume ${op.volume} is stored in ${regionOf(volume.az)}${volume.encrypted ? " (encrypted)" : ""}.`,
          `볼륨 ${op.volume}의 스냅샷 ${withJosa(String(index), "이/가")} ${regionOf(volume.az)}에 저장되었습니다${volume.encrypted ? "(암호화됨)" : ""}.`,
        ),
      );
    }
    case "copySnapshot": {
      const source = store.snapshots[op.snapshot];
      if (!source) return dangling(atOp, "snapshot", "snapshot", op.snapshot, store.snapshots.length);
      return withSummary(copySnapshot(store, source, op.snapshot, op.destinationRegion, op.encrypted), (index) =>
        said(
          `Copied snapshot ${op.snapshot} to ${op.destinationRegion} as snapshot ${index}.`,
          `스냅샷 ${withJosa(String(op.snapshot), "을/를")} ${op.destinationRegion}에 스냅샷 ${withJosa(String(index), "으로/로")} 복사했습니다.`,
        ),
      );
    }
    case "modifyVolume": {
      const volume = store.volumes[op.volume];
      if (!volume) return dangling(atOp, "volume", "volume", op.volume, store.volumes.length);
      return withSummary(modifyVolume(volume, op.volume, op), () =>
        said(
          `Modified volume ${op.volume}: now ${volume.type}, ${volume.sizeGiB} GiB.`,
          `볼륨 ${withJosa(String(op.volume), "을/를")} 수정했습니다: 이제 ${volume.type}, ${volume.sizeGiB} GiB입니다.`,
        ),
      );
    }
  }
}
