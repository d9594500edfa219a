import type { Volume } from "./block-store";
import { EBS_FACTS } from "./facts";
import { fail, num, type Checked } from "./outcome";
import { isBootable, VOLUME_TYPE_LIMITS, type VolumeType } from "./volume-limits";
import { checkVolumeSpec } from "./volume-spec";
import { withJosa } from "@/lib/i18n/josa";

/** ModifyVolume parameters; omitted ones keep or default per the API. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVolume.html */
export interface ModifyVolumeRequest {
  sizeGiB?: number | undefined;
  type?: VolumeType | undefined;
  iops?: number | undefined;
  throughputMiBps?: number | undefined;
}

/**
 * Elastic Volumes (ModifyVolume): size may only grow (B11); a type change must meet the target type's limits;
 * a Multi-Attach volume must stay io1/io2 (B5); a boot volume can't become st1/sc1 (B10). Defaults per the API:
 * IOPS and gp3 throughput are kept when the type stays the same; a change to gp3, io1 or io2 defaults to 3,000 IOPS
 * and a change to gp3 to 125 MiB/s. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVolume.html
 */
export function modifyVolume(volume: Volume, volumeIndex: number, request: ModifyVolumeRequest): Checked<null> {
  const sizeGiB = request.sizeGiB ?? volume.sizeGiB;
  if (sizeGiB < volume.sizeGiB) {
    return fail(
      "SIZE_DECREASE_NOT_ALLOWED",
      EBS_FACTS.elasticVolumes,
      `Elastic Volumes can only increase a volume's size: volume ${volumeIndex} is ${num(volume.sizeGiB)} GiB, so ${num(sizeGiB)} GiB is not allowed.`,
      `Elastic Volumes는 볼륨 크기를 늘리기만 할 수 있습니다. 볼륨 ${withJosa(String(volumeIndex), "은/는")} ${num(volume.sizeGiB)} GiB이므로 ${num(sizeGiB)} GiB로 줄일 수 없습니다.`,
    );
  }
  const type = request.type ?? volume.type;
  if (volume.bootFor !== null && !isBootable(type)) {
    return fail(
      "INVALID_BOOT_VOLUME",
      VOLUME_TYPE_LIMITS[type].fact,
      `Volume ${volumeIndex} is the root volume of instance ${volume.bootFor}, and ${type} volumes can't be boot volumes.`,
      `볼륨 ${withJosa(String(volumeIndex), "은/는")} 인스턴스 ${volume.bootFor}의 루트 볼륨이며 ${type} 볼륨은 부팅 볼륨이 될 수 없습니다.`,
    );
  }
  const sameType = type === volume.type;
  const spec = checkVolumeSpec({
    type,
    sizeGiB,
    // gp2 IOPS is a baseline derived from size, never a provisioned value to carry over.
    iops: request.iops ?? (sameType && volume.type !== "gp2" ? (volume.iops ?? undefined) : undefined),
    throughputMiBps: request.throughputMiBps ?? (sameType ? (volume.throughputMiBps ?? undefined) : undefined),
    multiAttach: volume.multiAttach,
    defaultIops: 3000,
    defaultThroughputMiBps: 125,
  });
  if (!spec.ok) return spec;
  Object.assign(volume, spec.value);
  return { ok: true, value: null, notes: spec.notes };
}
