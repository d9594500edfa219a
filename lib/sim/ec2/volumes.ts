import { attachVolume, createVolume, detachVolume } from "../ebs/block-store";
import { fail, note, type Checked } from "../ebs/outcome";
import type { CreateVolumeOp } from "../ebs/schema";
import { dangling, type Dangling } from "../ebs/trace";
import { EC2_FACTS } from "./facts";
import type { Ec2ErrorCode } from "./outcome";
import { isNitro, type Ec2World } from "./state";
import { withJosa } from "@/lib/i18n/josa";

/** CreateVolume with the EBS rules; in the EC2 simulator such volumes have role `attached-later`. */
export function createLaterVolume(
  world: Ec2World,
  op: CreateVolumeOp,
  atOp: number,
): Checked<number, Ec2ErrorCode> | Dangling {
  if (op.snapshot !== undefined && !world.store.snapshots[op.snapshot]) {
    return dangling(atOp, "snapshot", "snapshot", op.snapshot, world.store.snapshots.length);
  }
  const created = createVolume(world.store, op);
  if (!created.ok) return created;
  world.volumeMeta.push({ role: "attached-later", instance: null, deleteOnTermination: false });
  world.createdVolumes.push(created.value);
  return { ok: true, value: world.createdVolumes.length - 1, notes: created.notes };
}

/**
 * AttachVolume with the EBS rules (same AZ, Multi-Attach on Nitro). A volume attached after launch has
 * DeleteOnTermination false, so it outlives the instance (E6). A terminated instance takes no volumes.
 */
export function attachLaterVolume(
  world: Ec2World,
  volumeNumber: number,
  instanceIndex: number,
  atOp: number,
): Checked<null, Ec2ErrorCode> | Dangling {
  const storeIndex = world.createdVolumes[volumeNumber];
  const volume = storeIndex === undefined ? undefined : world.store.volumes[storeIndex];
  const meta = storeIndex === undefined ? undefined : world.volumeMeta[storeIndex];
  if (!volume || !meta) return dangling(atOp, "volume", "volume", volumeNumber, world.createdVolumes.length);
  const instance = world.instances[instanceIndex];
  if (!instance) return dangling(atOp, "instance", "instance", instanceIndex, world.instances.length);
  if (instance.state === "terminated") {
    return fail<Ec2ErrorCode>(
      "INCORRECT_INSTANCE_STATE",
      EC2_FACTS.terminate,
      `Instance ${instanceIndex} is terminated; volumes can't be attached to it.`,
      `인스턴스 ${withJosa(String(instanceIndex), "은/는")} 종료되었으므로 볼륨을 연결할 수 없습니다.`,
    );
  }
  const attached = attachVolume(volume, volumeNumber, {
    index: instanceIndex,
    az: instance.az,
    nitro: isNitro(instance),
    os: instance.os,
  });
  if (!attached.ok) return attached;
  meta.instance = instanceIndex;
  meta.deleteOnTermination = false;
  return {
    ok: true,
    value: null,
    notes: [
      note(
        EC2_FACTS.deleteOnTermination,
        `Volume ${volumeNumber} was attached after launch, so its DeleteOnTermination is false and it survives termination.`,
        `볼륨 ${withJosa(String(volumeNumber), "은/는")} 시작 후에 연결되었으므로 DeleteOnTermination이 false이며 종료 후에도 남습니다.`,
        true,
      ),
    ],
  };
}

/** DetachVolume with the EBS rule (it must be attached to that instance). */
export function detachLaterVolume(
  world: Ec2World,
  volumeNumber: number,
  instanceIndex: number,
  atOp: number,
): Checked<null, Ec2ErrorCode> | Dangling {
  const storeIndex = world.createdVolumes[volumeNumber];
  const volume = storeIndex === undefined ? undefined : world.store.volumes[storeIndex];
  if (!volume) return dangling(atOp, "volume", "volume", volumeNumber, world.createdVolumes.length);
  if (!world.instances[instanceIndex])
    return dangling(atOp, "instance", "instance", instanceIndex, world.instances.length);
  return detachVolume(volume, volumeNumber, instanceIndex);
}
