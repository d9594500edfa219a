import { EBS_FACTS } from "./facts";
import { fail, note, num, type Checked, type Note } from "./outcome";
import { isBootable, VOLUME_TYPE_LIMITS, type VolumeType } from "./volume-limits";
import { checkVolumeSpec, type VolumeSpec } from "./volume-spec";
import { withJosa } from "@/lib/i18n/josa";

/** An EBS volume as the simulator tracks it. Indexes (`attachedTo`, `fromSnapshot`) point into the same store. */
export interface Volume extends VolumeSpec {
  az: string;
  encrypted: boolean;
  attachedTo: number[];
  fromSnapshot: number | null;
  /** Deleted with its instance (DeleteOnTermination); only the EC2 simulator terminates instances. */
  deleted: boolean;
  /** The instance this volume is the root (boot) device of, if any. */
  bootFor: number | null;
}

/** An EBS snapshot: Regional, encrypted iff its source was (B2, B4). https://docs.aws.amazon.com/ebs/latest/userguide/ebs-snapshots.html */
export interface Snapshot {
  region: string;
  encrypted: boolean;
  sizeGiB: number;
  fromVolume: number | null;
  copiedFrom: number | null;
}

/** Volumes and snapshots, shared by the EBS and EC2 simulators so both apply the same rules. */
export interface BlockStore {
  volumes: Volume[];
  snapshots: Snapshot[];
}

/** What attaching needs to know about an instance. */
export interface AttachTarget {
  index: number;
  az: string;
  nitro: boolean;
  /** Windows takes Multi-Attach only on io2 volumes (B5); unknown means Linux. */
  os?: "linux" | "windows";
}

/** A store with no volumes or snapshots, as at the start of every run. */
export function emptyBlockStore(): BlockStore {
  return { volumes: [], snapshots: [] };
}

/** The Region of an Availability Zone is its name without the trailing zone letter (`us-east-1a` → `us-east-1`). */
export function regionOf(az: string): string {
  return az.replace(/[a-z]$/, "");
}

/** CreateVolume parameters. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html */
export interface CreateVolumeRequest {
  az: string;
  type: VolumeType;
  sizeGiB?: number | undefined;
  iops?: number | undefined;
  throughputMiBps?: number | undefined;
  encrypted?: boolean | undefined;
  multiAttach?: boolean | undefined;
  snapshot?: number | undefined;
}

/**
 * CreateVolume. A snapshot restores only in its own Region (B2, AWS error InvalidSnapshot.NotFound); the new volume is
 * at least the snapshot's size; a volume restored from an encrypted snapshot is encrypted (B4); otherwise `encrypted`
 * defaults to false. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html
 */
export function createVolume(store: BlockStore, request: CreateVolumeRequest): Checked<number> {
  const notes: Note[] = [];
  let encrypted = request.encrypted ?? false;
  let sizeGiB = request.sizeGiB;
  let fromSnapshot: number | null = null;
  if (request.snapshot !== undefined) {
    const snapshot = store.snapshots[request.snapshot];
    if (!snapshot || snapshot.region !== regionOf(request.az)) {
      return fail(
        "SNAPSHOT_NOT_IN_REGION",
        EBS_FACTS.snapshotRegion,
        `Snapshot ${request.snapshot} is in ${snapshot?.region ?? "another Region"}, not ${regionOf(request.az)}: snapshots are Regional, so copy it to ${regionOf(request.az)} first.`,
        `스냅샷 ${withJosa(String(request.snapshot), "은/는")} ${snapshot?.region ?? "다른 리전"}에 있고 ${regionOf(request.az)}에는 없습니다. 스냅샷은 리전 단위이므로 먼저 ${withJosa(String(regionOf(request.az)), "으로/로")} 복사해야 합니다.`,
      );
    }
    fromSnapshot = request.snapshot;
    sizeGiB ??= snapshot.sizeGiB;
    if (sizeGiB < snapshot.sizeGiB) {
      return fail(
        "INVALID_SIZE",
        EBS_FACTS.createVolumeApi,
        `A volume restored from a ${num(snapshot.sizeGiB)} GiB snapshot must be at least ${num(snapshot.sizeGiB)} GiB, not ${num(sizeGiB)}.`,
        `${num(snapshot.sizeGiB)} GiB 스냅샷에서 복원한 볼륨은 최소 ${num(snapshot.sizeGiB)} GiB여야 하며 ${num(sizeGiB)} GiB는 안 됩니다.`,
      );
    }
    if (snapshot.encrypted && !encrypted) {
      encrypted = true;
      notes.push(
        note(
          EBS_FACTS.encryptionInherited,
          `The volume is encrypted because snapshot ${request.snapshot} is encrypted; encryption can't be removed.`,
          `스냅샷 ${withJosa(String(request.snapshot), "이/가")} 암호화되어 있으므로 볼륨도 암호화됩니다. 암호화는 해제할 수 없습니다.`,
        ),
      );
    }
  }
  const spec = checkVolumeSpec({
    type: request.type,
    sizeGiB: sizeGiB ?? 0,
    iops: request.iops,
    throughputMiBps: request.throughputMiBps,
    multiAttach: request.multiAttach ?? false,
  });
  if (!spec.ok) return spec;
  store.volumes.push({
    ...spec.value,
    az: request.az,
    encrypted,
    attachedTo: [],
    fromSnapshot,
    deleted: false,
    bootFor: null,
  });
  return { ok: true, value: store.volumes.length - 1, notes: [...notes, ...spec.notes] };
}

/**
 * A root (boot) volume for a launch: st1 and sc1 can't boot (B10), and the usual size/IOPS limits apply.
 * https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html
 */
export function checkBootVolume(
  type: VolumeType,
  sizeGiB: number,
  iops?: number,
  throughputMiBps?: number,
): Checked<VolumeSpec> {
  if (!isBootable(type)) {
    return fail(
      "INVALID_BOOT_VOLUME",
      VOLUME_TYPE_LIMITS[type].fact,
      `${type} (HDD) volumes can't be boot volumes; use gp2, gp3, io1, io2 or standard for the root volume.`,
      `${type}(HDD) 볼륨은 부팅 볼륨이 될 수 없습니다. 루트 볼륨에는 gp2, gp3, io1, io2, standard를 사용하세요.`,
    );
  }
  return checkVolumeSpec({ type, sizeGiB, iops, throughputMiBps, multiAttach: false });
}

/**
 * AttachVolume. Same AZ only (B1, InvalidVolume.ZoneMismatch); a volume without Multi-Attach attaches to one instance
 * (VolumeInUse); a Multi-Attach volume attaches to up to 16 Nitro instances in its AZ (B5).
 * https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volumes-multi.html
 */
export function attachVolume(volume: Volume, volumeIndex: number, target: AttachTarget): Checked<null> {
  if (volume.az !== target.az) {
    return fail(
      "AZ_MISMATCH",
      EBS_FACTS.sameAz,
      `Volume ${volumeIndex} is in ${volume.az} but instance ${target.index} is in ${target.az}; a volume attaches only to instances in its own AZ.`,
      `볼륨 ${withJosa(String(volumeIndex), "은/는")} ${volume.az}에, 인스턴스 ${withJosa(String(target.index), "은/는")} ${target.az}에 있습니다. 볼륨은 같은 AZ의 인스턴스에만 연결할 수 있습니다.`,
    );
  }
  if (volume.attachedTo.includes(target.index) || (!volume.multiAttach && volume.attachedTo.length > 0)) {
    return fail(
      "VOLUME_IN_USE",
      EBS_FACTS.multiAttach,
      `Volume ${volumeIndex} is already in use by instance ${volume.attachedTo.join(", ")} and is not Multi-Attach enabled for another attachment.`,
      `볼륨 ${withJosa(String(volumeIndex), "은/는")} 이미 인스턴스 ${volume.attachedTo.join(", ")}에서 사용 중이며, 추가로 연결하려면 Multi-Attach가 필요합니다.`,
    );
  }
  if (volume.multiAttach && !target.nitro) {
    return fail(
      "MULTI_ATTACH_REQUIRES_NITRO",
      EBS_FACTS.multiAttach,
      `Multi-Attach volumes attach only to instances built on the Nitro System; instance ${target.index} is not.`,
      `Multi-Attach 볼륨은 Nitro 시스템 기반 인스턴스에만 연결할 수 있는데 인스턴스 ${withJosa(String(target.index), "은/는")} Nitro가 아닙니다.`,
    );
  }
  if (volume.multiAttach && volume.type === "io1" && target.os === "windows") {
    return fail(
      "MULTI_ATTACH_NOT_SUPPORTED",
      EBS_FACTS.multiAttach,
      `Windows instances support Multi-Attach only on io2 volumes; volume ${volumeIndex} is io1.`,
      `Windows 인스턴스는 io2 볼륨에서만 Multi-Attach를 지원하며 볼륨 ${withJosa(String(volumeIndex), "은/는")} io1입니다.`,
    );
  }
  if (volume.multiAttach && volume.attachedTo.length >= 16) {
    return fail(
      "MULTI_ATTACH_LIMIT",
      EBS_FACTS.multiAttach,
      `A Multi-Attach volume can be attached to at most 16 instances; volume ${volumeIndex} already has 16.`,
      `Multi-Attach 볼륨은 최대 16개 인스턴스에 연결할 수 있으며 볼륨 ${withJosa(String(volumeIndex), "은/는")} 이미 16개에 연결되어 있습니다.`,
    );
  }
  volume.attachedTo.push(target.index);
  return { ok: true, value: null, notes: [] };
}

/** DetachVolume: the volume must be attached to that instance (AWS answers IncorrectState otherwise). */
export function detachVolume(volume: Volume, volumeIndex: number, instance: number): Checked<null> {
  if (!volume.attachedTo.includes(instance)) {
    return fail(
      "VOLUME_NOT_ATTACHED",
      EBS_FACTS.detachApi,
      `Volume ${volumeIndex} is not attached to instance ${instance}.`,
      `볼륨 ${withJosa(String(volumeIndex), "은/는")} 인스턴스 ${instance}에 연결되어 있지 않습니다.`,
    );
  }
  volume.attachedTo = volume.attachedTo.filter((index) => index !== instance);
  return { ok: true, value: null, notes: [] };
}
