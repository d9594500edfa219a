import { checkBootVolume } from "../ebs/block-store";
import { note, type Checked, type Note } from "../ebs/outcome";
import { dangling, type Dangling } from "../ebs/trace";
import { inputProblem } from "../input-issue";
import type { VolumeType } from "../ebs/volume-limits";
import { checkVolumeSpec, type VolumeSpec } from "../ebs/volume-spec";
import { EC2_FACTS } from "./facts";
import { checkHibernationPrerequisites } from "./hibernation";
import { describeInstanceType } from "../instance-catalog";
import type { Ec2ErrorCode } from "./outcome";
import { checkPlacementCapacity } from "./placement";
import type { RunInstanceOp } from "./schema";
import { issuePrivateIp, issuePublicIp, type Ec2World, type VolumeRole } from "./state";

/** Launch defaults where the input is silent (RunInstances API; an 8 GiB gp3 root as on current Amazon Linux AMIs). */
export const LAUNCH_DEFAULTS = {
  instanceType: "t3.micro",
  az: "us-east-1a",
  autoAssignPublicIp: true,
  rootVolume: { type: "gp3", sizeGiB: 8, encrypted: false, deleteOnTermination: true },
  additionalVolumeDeleteOnTermination: true,
} as const;

interface PlannedVolume {
  role: VolumeRole;
  spec: VolumeSpec;
  encrypted: boolean;
  deleteOnTermination: boolean;
}

/**
 * RunInstances. Checks the root volume (st1/sc1 can't boot, B10) and additional volumes against EBS limits, the
 * hibernation prerequisites when hibernation is requested (H1–H5), and the placement group (P1–P2). DeleteOnTermination
 * defaults follow the API: true for the root and for additional volumes given at launch (E6; the console keeps the
 * latter by default). https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/preserving-volumes-on-termination.html
 */
export function runInstance(
  world: Ec2World,
  op: RunInstanceOp,
  atOp: number,
): Checked<number, Ec2ErrorCode> | Dangling {
  const instanceType = op.instanceType ?? LAUNCH_DEFAULTS.instanceType;
  const info = describeInstanceType(instanceType);
  const az = op.az ?? LAUNCH_DEFAULTS.az;
  const rootDeviceType = op.rootDeviceType ?? "ebs";
  const os = op.os ?? "linux";
  const bareMetal = op.bareMetal ?? info.bareMetal;
  const ramGiB = op.ramGiB ?? info.ramGiB;
  if (op.placementGroup !== undefined && !world.groups[op.placementGroup]) {
    return dangling(atOp, "placementGroup", "placement group", op.placementGroup, world.groups.length);
  }
  const notes: Note[] = [];
  const planned: PlannedVolume[] = [];
  let root: { type: VolumeType; sizeGiB: number; encrypted: boolean } | null = null;
  if (rootDeviceType === "ebs") {
    const defaults = LAUNCH_DEFAULTS.rootVolume;
    root = {
      type: op.rootVolume?.type ?? defaults.type,
      sizeGiB: op.rootVolume?.sizeGiB ?? defaults.sizeGiB,
      encrypted: op.rootVolume?.encrypted ?? defaults.encrypted,
    };
    const boot = checkBootVolume(root.type, root.sizeGiB, op.rootVolume?.iops, op.rootVolume?.throughputMiBps);
    if (!boot.ok) return boot;
    planned.push({
      role: "root",
      spec: boot.value,
      encrypted: root.encrypted,
      deleteOnTermination: op.rootVolume?.deleteOnTermination ?? defaults.deleteOnTermination,
    });
  }
  for (const extra of op.additionalVolumes ?? []) {
    const spec = checkVolumeSpec({ ...extra, multiAttach: false });
    if (!spec.ok) return spec;
    const deleteOnTermination = extra.deleteOnTermination ?? LAUNCH_DEFAULTS.additionalVolumeDeleteOnTermination;
    planned.push({ role: "additional", spec: spec.value, encrypted: extra.encrypted ?? false, deleteOnTermination });
    if (extra.deleteOnTermination === undefined) {
      notes.push(
        note(
          EC2_FACTS.deleteOnTermination,
          "An additional volume given at launch through the API has DeleteOnTermination true by default (the console keeps it).",
          "API로 시작 시 지정한 추가 볼륨은 기본적으로 DeleteOnTermination이 true입니다(콘솔은 보존이 기본).",
          true,
        ),
      );
    }
  }
  const hibernationEnabled = op.hibernationEnabled ?? false;
  if (hibernationEnabled) {
    const mayNeedRam = rootDeviceType === "ebs" && info.hibernationSupported && !bareMetal;
    if (ramGiB === null && mayNeedRam) {
      return {
        dangling: inputProblem(
          ["ops", atOp, "ramGiB"],
          "ramForHibernation",
          { instanceType },
          `required with hibernationEnabled, because the simulator doesn't know the memory of ${instanceType}`,
        ),
      };
    }
    const prerequisites = checkHibernationPrerequisites({
      instanceType,
      os,
      bareMetal,
      ramGiB: ramGiB ?? 0,
      rootDeviceType,
      root,
    });
    if (!prerequisites.ok) return prerequisites;
  }
  if (op.placementGroup !== undefined) {
    const placement = checkPlacementCapacity(world, op.placementGroup, az, null);
    if (!placement.ok) return placement;
  }
  const index = world.instances.length;
  const launchVolumes: number[] = [];
  for (const volume of planned) {
    world.store.volumes.push({
      ...volume.spec,
      az,
      encrypted: volume.encrypted,
      attachedTo: [index],
      fromSnapshot: null,
      deleted: false,
      bootFor: volume.role === "root" ? index : null,
    });
    world.volumeMeta.push({ role: volume.role, instance: index, deleteOnTermination: volume.deleteOnTermination });
    launchVolumes.push(world.store.volumes.length - 1);
  }
  const autoAssignPublicIp = op.autoAssignPublicIp ?? LAUNCH_DEFAULTS.autoAssignPublicIp;
  const privateIp = issuePrivateIp(world);
  const publicIp = autoAssignPublicIp ? issuePublicIp(world) : null;
  world.instances.push({
    instanceType,
    az,
    os,
    rootDeviceType,
    bareMetal,
    ramGiB,
    ramGiBGiven: op.ramGiB !== undefined,
    hibernationEnabled,
    autoAssignPublicIp,
    instanceStoreVolumes: op.instanceStoreVolumes ?? 0,
    placementGroup: op.placementGroup ?? null,
    state: "running",
    hibernated: false,
    privateIp,
    launchPrivateIp: privateIp,
    publicIp,
    launchPublicIp: publicIp,
    eip: null,
    ipAtEipAssociation: null,
    instanceStoreDataPreserved: true,
    ramPreserved: true,
    launchVolumes,
  });
  return { ok: true, value: index, notes };
}
