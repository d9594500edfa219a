import type { IpAddress } from "../net";
import type { SecurityGroup } from "../sg/types";
import { DEFAULT_SG_ID } from "./schema";
import type { EfsFailure, FileSystemConfig, MountTarget } from "./types";
import { withJosa } from "@/lib/i18n/josa";

/** A mount target can carry up to five security groups (F3, https://docs.aws.amazon.com/efs/latest/ug/limits.html). */
export const MAX_SECURITY_GROUPS_PER_MOUNT_TARGET = 5;

function failure(error: EfsFailure["error"], en: string, ko: string): EfsFailure {
  return { error, explanation: { en, ko } };
}

/**
 * CreateMountTarget checks, in this order: at most five SGs (`SecurityGroupLimitExceeded`), every SG exists
 * (`SecurityGroupNotFound`), a One Zone file system only in its own AZ (`AvailabilityZonesMismatch`), one mount target
 * per AZ and all in one VPC (`MountTargetConflict`). With no SGs, the VPC's default SG is used.
 * Source: F3, https://docs.aws.amazon.com/efs/latest/ug/API_CreateMountTarget.html
 */
export function createMountTarget(
  fs: FileSystemConfig,
  existing: readonly MountTarget[],
  groups: readonly SecurityGroup[],
  request: { subnetAz: string; vpc: string | null; securityGroups: string[] | null; ip: IpAddress | null },
): MountTarget | EfsFailure {
  const securityGroups =
    request.securityGroups === null || request.securityGroups.length === 0 ? [DEFAULT_SG_ID] : request.securityGroups;
  if (securityGroups.length > MAX_SECURITY_GROUPS_PER_MOUNT_TARGET) {
    return failure(
      "SecurityGroupLimitExceeded",
      `A mount target can have at most ${MAX_SECURITY_GROUPS_PER_MOUNT_TARGET} security groups; ${securityGroups.length} were given.`,
      `탑재 대상에는 보안 그룹을 최대 ${MAX_SECURITY_GROUPS_PER_MOUNT_TARGET}개까지 연결할 수 있는데 ${securityGroups.length}개를 지정했습니다.`,
    );
  }
  const missing = securityGroups.find((id) => id !== DEFAULT_SG_ID && !groups.some((group) => group.id === id));
  if (missing !== undefined) {
    return failure(
      "SecurityGroupNotFound",
      `Security group ${missing} does not exist in the VPC.`,
      `보안 그룹 ${withJosa(String(missing), "이/가")} VPC에 없습니다.`,
    );
  }
  if (fs.type === "oneZone" && fs.az !== request.subnetAz) {
    return failure(
      "AvailabilityZonesMismatch",
      `A One Zone file system in ${fs.az} can have its single mount target only in ${fs.az}, not in ${request.subnetAz}.`,
      `${fs.az}의 One Zone 파일 시스템은 탑재 대상을 ${fs.az}에만 하나 만들 수 있으며 ${request.subnetAz}에는 만들 수 없습니다.`,
    );
  }
  if (existing.some((target) => target.az === request.subnetAz)) {
    return failure(
      "MountTargetConflict",
      `The file system already has a mount target in ${request.subnetAz}; only one is allowed per AZ.`,
      `이 파일 시스템에는 이미 ${request.subnetAz}에 탑재 대상이 있습니다. AZ마다 하나만 만들 수 있습니다.`,
    );
  }
  const otherVpc = existing.find((target) => target.vpc !== null && request.vpc !== null && target.vpc !== request.vpc);
  if (otherVpc !== undefined) {
    return failure(
      "MountTargetConflict",
      `All mount targets of a file system must be in one VPC (${otherVpc.vpc}), not ${request.vpc}.`,
      `한 파일 시스템의 탑재 대상은 모두 같은 VPC(${otherVpc.vpc})에 있어야 하며 ${request.vpc}에는 만들 수 없습니다.`,
    );
  }
  const vpc = request.vpc ?? existing.find((target) => target.vpc !== null)?.vpc ?? null;
  return { az: request.subnetAz, vpc, securityGroups, ip: request.ip };
}

/** DeleteMountTarget by AZ; `MountTargetNotFound` when there is none there. */
export function deleteMountTarget(existing: readonly MountTarget[], az: string): MountTarget[] | EfsFailure {
  if (!existing.some((target) => target.az === az)) {
    return failure("MountTargetNotFound", `There is no mount target in ${az}.`, `${az}에는 탑재 대상이 없습니다.`);
  }
  return existing.filter((target) => target.az !== az);
}
