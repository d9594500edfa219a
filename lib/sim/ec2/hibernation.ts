import type { Checked } from "../ebs/outcome";
import { fail } from "../ebs/outcome";
import type { VolumeType } from "../ebs/volume-limits";
import { EC2_FACTS, HIBERNATION_MAX_RAM_GIB } from "./facts";
import { describeInstanceType } from "../instance-catalog";
import type { Ec2ErrorCode } from "./outcome";
import { withJosa } from "@/lib/i18n/josa";

/** What the hibernation prerequisites look at. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html */
export interface HibernationCandidate {
  instanceType: string;
  os: "linux" | "windows";
  bareMetal: boolean;
  ramGiB: number;
  rootDeviceType: "ebs" | "instance-store";
  root: { type: VolumeType; sizeGiB: number; encrypted: boolean } | null;
}

const HIBERNATION_ROOT_TYPES: readonly VolumeType[] = ["gp2", "gp3", "io1", "io2"];

function unmet(fact: (typeof EC2_FACTS)[keyof typeof EC2_FACTS], en: string, ko: string) {
  return fail<Ec2ErrorCode>(
    "HIBERNATION_PREREQUISITE",
    fact,
    `Hibernation can't be enabled: ${en}`,
    `최대 절전 모드를 활성화할 수 없습니다: ${ko}`,
  );
}

/**
 * Hibernation prerequisites, checked at launch (H5: only then can it be enabled): an EBS root (H1) of type
 * gp2/gp3/io1/io2 (H8) that is encrypted (H1) and can hold the RAM; a supported family (H4) that isn't bare metal
 * (H3); RAM of at most 150 GB on Linux and 16 GB on Windows (H2).
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html
 */
export function checkHibernationPrerequisites(candidate: HibernationCandidate): Checked<null, Ec2ErrorCode> {
  const { instanceType, os, ramGiB, root } = candidate;
  if (candidate.rootDeviceType !== "ebs" || root === null) {
    return unmet(
      EC2_FACTS.hibernationRoot,
      "the root device must be an EBS volume, not instance store.",
      "루트 디바이스가 인스턴스 스토어가 아닌 EBS 볼륨이어야 합니다.",
    );
  }
  const info = describeInstanceType(instanceType);
  if (!info.hibernationSupported) {
    return unmet(
      EC2_FACTS.hibernationFamilies,
      `the ${info.family} family doesn't support hibernation.`,
      `${info.family} 패밀리는 최대 절전 모드를 지원하지 않습니다.`,
    );
  }
  if (candidate.bareMetal) {
    return unmet(
      EC2_FACTS.hibernationBareMetal,
      "bare metal instances aren't supported.",
      "베어 메탈 인스턴스는 지원되지 않습니다.",
    );
  }
  if (!HIBERNATION_ROOT_TYPES.includes(root.type)) {
    return unmet(
      EC2_FACTS.hibernationVolumeTypes,
      `the root volume must be gp2, gp3, io1 or io2, not ${root.type}.`,
      `루트 볼륨은 ${withJosa(String(root.type), "이/가")} 아니라 gp2, gp3, io1, io2여야 합니다.`,
    );
  }
  if (!root.encrypted) {
    return unmet(
      EC2_FACTS.hibernationRoot,
      "the EBS root volume must be encrypted (RAM contents are written to it).",
      "RAM 내용이 기록되므로 EBS 루트 볼륨이 암호화되어 있어야 합니다.",
    );
  }
  const maxRam = HIBERNATION_MAX_RAM_GIB[os];
  if (ramGiB > maxRam) {
    return unmet(
      EC2_FACTS.hibernationRam,
      `${os === "linux" ? "Linux" : "Windows"} instances can hibernate with at most ${maxRam} GB of RAM; this one has ${ramGiB}.`,
      `${os === "linux" ? "Linux" : "Windows"} 인스턴스는 RAM이 최대 ${maxRam} GB여야 하는데 이 인스턴스는 ${ramGiB} GB입니다.`,
    );
  }
  if (root.sizeGiB < ramGiB) {
    return unmet(
      EC2_FACTS.hibernationRoot,
      `the ${root.sizeGiB} GiB root volume can't hold ${ramGiB} GiB of RAM contents.`,
      `${root.sizeGiB} GiB 루트 볼륨에 ${ramGiB} GiB의 RAM 내용을 저장할 수 없습니다.`,
    );
  }
  return { ok: true, value: null, notes: [] };
}
