import { fail, note, type Checked } from "../ebs/outcome";
import { EC2_FACTS } from "./facts";
import { describeInstanceType } from "../instance-catalog";
import type { Ec2ErrorCode } from "./outcome";
import { checkPlacementCapacity } from "./placement";
import { assignAutoPublicIp, releaseAutoPublicIp, type Ec2Instance, type Ec2World } from "./state";
import { withJosa } from "@/lib/i18n/josa";

type Step = Checked<null, Ec2ErrorCode>;

const STATE_KO: Record<Ec2Instance["state"], string> = { running: "실행 중", stopped: "중지됨", terminated: "종료됨" };

function incorrectState(index: number, instance: Ec2Instance, en: string, ko: string): Step {
  return fail<Ec2ErrorCode>(
    "INCORRECT_INSTANCE_STATE",
    EC2_FACTS.stoppedToModify,
    `Instance ${index} is ${instance.state}; it can't be ${en}.`,
    `인스턴스 ${withJosa(String(index), "은/는")} ${STATE_KO[instance.state]} 상태이므로 ${ko}`,
  );
}

function storeBacked(index: number, action: string, actionKo: string): Step {
  return fail<Ec2ErrorCode>(
    "UNSUPPORTED_OPERATION",
    EC2_FACTS.ebsBackedOnly,
    `Instance ${index} has an instance-store root volume; only EBS-backed instances can be ${action}.`,
    `인스턴스 ${withJosa(String(index), "은/는")} 인스턴스 스토어 루트 볼륨을 사용합니다. EBS 기반 인스턴스만 ${actionKo} 수 있습니다.`,
  );
}

function done(fact: (typeof EC2_FACTS)[keyof typeof EC2_FACTS], en: string, ko: string, minor = false): Step {
  return { ok: true, value: null, notes: [note(fact, en, ko, minor)] };
}

/** Stop and hibernate both end in `stopped`: the auto-assigned public IPv4 is released and instance-store data is lost. */
function shutDown(world: Ec2World, instance: Ec2Instance, hibernated: boolean): void {
  instance.state = "stopped";
  instance.hibernated = hibernated;
  releaseAutoPublicIp(world, instance);
  instance.instanceStoreDataPreserved = false;
  if (!hibernated) instance.ramPreserved = false;
}

/**
 * StopInstances: private IPv4, EIP and EBS data stay; the auto-assigned public IPv4 is released; instance-store data
 * and RAM are lost (E1). Instance-store-backed instances can't stop (E5). Stopping a stopped instance changes nothing.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Stop_Start.html
 */
export function stopInstance(world: Ec2World, index: number, instance: Ec2Instance): Step {
  if (instance.state === "terminated") return incorrectState(index, instance, "stopped", "중지할 수 없습니다.");
  if (instance.rootDeviceType === "instance-store") return storeBacked(index, "stopped", "중지할");
  if (instance.state === "stopped")
    return done(
      EC2_FACTS.stopStart,
      `Instance ${index} was already stopped.`,
      `인스턴스 ${withJosa(String(index), "은/는")} 이미 중지되어 있었습니다.`,
      true,
    );
  shutDown(world, instance, false);
  return done(
    EC2_FACTS.stopStart,
    `Stopping instance ${index} released its public IPv4 (an Elastic IP stays) and erased instance-store data and RAM; its private IPv4 and EBS data persist.`,
    `인스턴스 ${withJosa(String(index), "을/를")} 중지하면 퍼블릭 IPv4가 해제되고(탄력적 IP는 유지) 인스턴스 스토어 데이터와 RAM이 지워집니다. 프라이빗 IPv4와 EBS 데이터는 유지됩니다.`,
  );
}

/**
 * Hibernation (StopInstances with Hibernate): RAM is saved to the encrypted EBS root; the public IPv4 is released as
 * for a stop; instance-store data is lost; the EIP stays (E3). Needs hibernation enabled at launch (H5) and an
 * EBS-backed instance (E5). https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-hibernate-overview.html
 */
export function hibernateInstance(world: Ec2World, index: number, instance: Ec2Instance): Step {
  if (instance.state === "terminated")
    return incorrectState(index, instance, "hibernated", "최대 절전 모드로 전환할 수 없습니다.");
  if (instance.rootDeviceType === "instance-store") return storeBacked(index, "hibernated", "최대 절전 모드로 전환할");
  if (!instance.hibernationEnabled) {
    return fail<Ec2ErrorCode>(
      "HIBERNATION_NOT_ENABLED",
      EC2_FACTS.hibernationAtLaunch,
      `Instance ${index} was not launched with hibernation enabled, and hibernation can only be enabled at launch.`,
      `인스턴스 ${withJosa(String(index), "은/는")} 최대 절전 모드를 활성화한 채 시작되지 않았으며, 최대 절전 모드는 시작할 때만 활성화할 수 있습니다.`,
    );
  }
  if (instance.state !== "running")
    return incorrectState(
      index,
      instance,
      "hibernated (only a running instance can)",
      "최대 절전 모드로 전환할 수 없습니다(실행 중인 인스턴스만 가능).",
    );
  shutDown(world, instance, true);
  return done(
    EC2_FACTS.hibernate,
    `Hibernating instance ${index} saved its RAM to the EBS root volume and released its public IPv4; instance-store data is lost, the private IPv4 and any Elastic IP stay.`,
    `인스턴스 ${withJosa(String(index), "을/를")} 최대 절전 모드로 전환하면 RAM이 EBS 루트 볼륨에 저장되고 퍼블릭 IPv4가 해제됩니다. 인스턴스 스토어 데이터는 사라지고 프라이빗 IPv4와 탄력적 IP는 유지됩니다.`,
  );
}

/**
 * StartInstances: a new public IPv4 is assigned (unless an EIP is associated); a hibernated instance resumes with its
 * RAM (E1, E3). A spread placement group must have room for another running instance (P2).
 */
export function startInstance(world: Ec2World, index: number, instance: Ec2Instance): Step {
  if (instance.state === "terminated") return incorrectState(index, instance, "started", "시작할 수 없습니다.");
  if (instance.state === "running")
    return done(
      EC2_FACTS.stopStart,
      `Instance ${index} was already running.`,
      `인스턴스 ${withJosa(String(index), "은/는")} 이미 실행 중이었습니다.`,
      true,
    );
  if (instance.placementGroup !== null) {
    const placement = checkPlacementCapacity(world, instance.placementGroup, instance.az, index);
    if (!placement.ok) return placement;
  }
  const resumed = instance.hibernated;
  instance.state = "running";
  instance.hibernated = false;
  assignAutoPublicIp(world, instance);
  return resumed
    ? done(
        EC2_FACTS.hibernate,
        `Instance ${index} resumed from hibernation: its RAM was restored from the root volume and it got a new public IPv4 unless an Elastic IP is associated.`,
        `인스턴스 ${withJosa(String(index), "이/가")} 최대 절전 모드에서 재개되었습니다. RAM이 루트 볼륨에서 복원되었고, 탄력적 IP가 없으면 새 퍼블릭 IPv4를 받습니다.`,
      )
    : instance.eip !== null
      ? done(
          EC2_FACTS.stopStart,
          `Instance ${index} started with its Elastic IP (${instance.publicIp}) and private IPv4 unchanged.`,
          `인스턴스 ${withJosa(String(index), "이/가")} 탄력적 IP(${instance.publicIp})와 프라이빗 IPv4를 그대로 유지한 채 시작되었습니다.`,
        )
      : done(
          EC2_FACTS.stopStart,
          instance.publicIp === null
            ? `Instance ${index} started; it has no public IPv4 and its private IPv4 is unchanged.`
            : `Instance ${index} started with a new public IPv4 (${instance.publicIp}); its private IPv4 is unchanged.`,
          instance.publicIp === null
            ? `인스턴스 ${withJosa(String(index), "이/가")} 시작되었습니다. 퍼블릭 IPv4는 없고 프라이빗 IPv4는 그대로입니다.`
            : `인스턴스 ${withJosa(String(index), "이/가")} 새 퍼블릭 IPv4(${instance.publicIp})로 시작되었습니다. 프라이빗 IPv4는 그대로입니다.`,
        );
}

/** RebootInstances: same host, same public and private IPv4, instance-store data kept, RAM erased (E2). */
export function rebootInstance(index: number, instance: Ec2Instance): Step {
  if (instance.state !== "running")
    return incorrectState(
      index,
      instance,
      "rebooted (only a running instance can)",
      "재부팅할 수 없습니다(실행 중인 인스턴스만 가능).",
    );
  instance.ramPreserved = false;
  return done(
    EC2_FACTS.reboot,
    `Rebooting instance ${index} kept its public and private IPv4 and its instance-store and EBS data; only RAM was cleared.`,
    `인스턴스 ${withJosa(String(index), "을/를")} 재부팅해도 퍼블릭·프라이빗 IPv4와 인스턴스 스토어·EBS 데이터는 유지되고 RAM만 지워집니다.`,
  );
}

/**
 * TerminateInstances (idempotent): the EIP is disassociated but stays allocated (E4); volumes with DeleteOnTermination
 * are deleted, others are detached and kept (E6); instance-store data and RAM are lost.
 */
export function terminateInstance(world: Ec2World, index: number, instance: Ec2Instance): Step {
  if (instance.state === "terminated")
    return done(
      EC2_FACTS.terminate,
      `Instance ${index} was already terminated.`,
      `인스턴스 ${withJosa(String(index), "은/는")} 이미 종료되어 있었습니다.`,
      true,
    );
  instance.state = "terminated";
  instance.hibernated = false;
  const eip = instance.eip === null ? undefined : world.eips[instance.eip];
  if (eip) eip.instance = null;
  instance.eip = null;
  instance.publicIp = null;
  instance.instanceStoreDataPreserved = false;
  instance.ramPreserved = false;
  world.store.volumes.forEach((volume, v) => {
    if (!volume.attachedTo.includes(index)) return;
    volume.attachedTo = volume.attachedTo.filter((i) => i !== index);
    if (world.volumeMeta[v]?.deleteOnTermination && volume.attachedTo.length === 0) volume.deleted = true;
  });
  return done(
    EC2_FACTS.terminate,
    `Terminating instance ${index} deleted the volumes marked DeleteOnTermination and kept the others; any Elastic IP was disassociated but stays allocated (and billed).`,
    `인스턴스 ${withJosa(String(index), "을/를")} 종료하면 DeleteOnTermination이 설정된 볼륨은 삭제되고 나머지는 보존됩니다. 탄력적 IP는 연결 해제되지만 할당(및 과금)은 유지됩니다.`,
  );
}

/** ModifyInstanceAttribute (instance type): only while stopped, otherwise IncorrectInstanceState (E7). */
export function modifyInstanceType(index: number, instance: Ec2Instance, instanceType: string): Step {
  if (instance.state !== "stopped")
    return incorrectState(
      index,
      instance,
      "resized (the instance type changes only while stopped)",
      "인스턴스 유형을 변경할 수 없습니다(중지된 상태에서만 가능).",
    );
  instance.instanceType = instanceType;
  const info = describeInstanceType(instanceType);
  if (!instance.ramGiBGiven) instance.ramGiB = info.ramGiB;
  instance.bareMetal = info.bareMetal;
  return done(
    EC2_FACTS.stoppedToModify,
    `Instance ${index} is now ${instanceType}; the type could change because it was stopped.`,
    `인스턴스 ${withJosa(String(index), "이/가")} 중지 상태였으므로 유형을 ${withJosa(String(instanceType), "으로/로")} 변경했습니다.`,
  );
}

/** Hibernation can be neither enabled nor disabled after launch, running or stopped (H5). */
export function modifyHibernation(index: number): Step {
  return fail<Ec2ErrorCode>(
    "HIBERNATION_NOT_MODIFIABLE",
    EC2_FACTS.hibernationAtLaunch,
    `Hibernation of instance ${index} can't be enabled or disabled after launch; launch a new instance with the setting you want.`,
    `인스턴스 ${index}의 최대 절전 모드는 시작 후에 활성화하거나 비활성화할 수 없습니다. 원하는 설정으로 새 인스턴스를 시작하세요.`,
  );
}
