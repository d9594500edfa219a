import { cidrContains, familyBits, parseProtocol, type Cidr, type Protocol } from "../net";
import { coversProtocolAndPorts, findSgAllow, newGroupOutbound, type SgAllow } from "../sg";
import type { Packet, SecurityGroup } from "../sg/types";
import { DEFAULT_SG_ID } from "./schema";
import type { FileSystemConfig, Localized, MountInstance, MountResult, MountTarget } from "./types";
import { withJosa } from "@/lib/i18n/josa";

/** NFS runs over TCP port 2049 (F1, https://docs.aws.amazon.com/efs/latest/ug/mounting-fs.html). */
export const NFS_PORT = 2049;

/**
 * EFS speaks NFSv4.0 and NFSv4.1 only (F1, https://docs.aws.amazon.com/efs/latest/ug/how-it-works.html). A plain `4`
 * lets the Linux client negotiate the minor version, which ends at 4.1 against EFS.
 */
export const SUPPORTED_NFS_VERSIONS = ["4.0", "4.1", "4"] as const;

const TCP: Protocol = parseProtocol("tcp") ?? { kind: "all" };

/** The VPC default SG: all traffic from its own members in, all traffic out (default-security-group.html). */
function defaultSecurityGroup(): SecurityGroup {
  return {
    id: DEFAULT_SG_ID,
    inbound: [
      {
        protocol: { kind: "all" },
        fromPort: -1,
        toPort: -1,
        target: { kind: "sg", id: DEFAULT_SG_ID, text: DEFAULT_SG_ID },
      },
    ],
    outbound: newGroupOutbound(),
  };
}

function resolveGroups(ids: readonly string[], groups: readonly SecurityGroup[]): SecurityGroup[] {
  return ids.flatMap((id) => {
    const group = groups.find((g) => g.id === id) ?? (id === DEFAULT_SG_ID ? defaultSecurityGroup() : undefined);
    return group === undefined ? [] : [group];
  });
}

/**
 * The mount target's own IP is optional input. Without it the target is taken to be somewhere in the instance's VPC:
 * a CIDR rule covers it when it is /0 or a network block that contains the instance's private IP.
 */
function cidrCoversMountTarget(cidr: Cidr, target: MountTarget, instance: MountInstance): boolean {
  if (target.ip !== null) return cidrContains(cidr, target.ip);
  if (cidr.prefix === 0) return cidr.family === 4;
  const own = instance.privateIp;
  return own !== null && cidr.prefix < familyBits(own.family) && cidrContains(cidr, own);
}

function nfsPacket(remote: Packet["remote"]): Packet {
  return { protocol: TCP, dstPort: NFS_PORT, icmpType: null, icmpCode: null, remote };
}

function egressAllow(groups: SecurityGroup[], target: MountTarget, instance: MountInstance): SgAllow | null {
  const packet = nfsPacket({ ip: target.ip, groups: target.securityGroups, privatePath: true, text: "mount target" });
  for (const group of groups) {
    const ruleIndex = group.outbound.findIndex(
      (rule) =>
        coversProtocolAndPorts(rule, packet) &&
        (rule.target.kind === "sg"
          ? target.securityGroups.includes(rule.target.id)
          : cidrCoversMountTarget(rule.target.cidr, target, instance)),
    );
    if (ruleIndex >= 0) return { group: group.id, ruleIndex };
  }
  return null;
}

/**
 * The instance uses the mount target in its own AZ; otherwise (One Zone, or a Regional file system without a target
 * there) it reaches one in another AZ, which works but costs cross-AZ data transfer (F5,
 * https://docs.aws.amazon.com/efs/latest/ug/mounting-one-zone.html ,
 * https://docs.aws.amazon.com/efs/latest/ug/manage-fs-access-create-delete-mount-targets.html).
 */
export function chooseMountTarget(targets: readonly MountTarget[], instance: MountInstance): MountTarget | null {
  const reachable = targets.filter((t) => instance.vpc === null || t.vpc === null || t.vpc === instance.vpc);
  return reachable.find((t) => t.az === instance.az) ?? reachable[0] ?? null;
}

function fail(
  reason: NonNullable<MountResult["reason"]>,
  target: MountTarget | null,
  instance: MountInstance,
  explanation: Localized,
): MountResult {
  return {
    mounted: false,
    reason,
    crossAz: target !== null && target.az !== instance.az,
    mountTargetAz: target?.az ?? null,
    explanation,
  };
}

/**
 * Mounting needs a Linux (or macOS) client, NFSv4.0/4.1, a reachable mount target, outbound TCP 2049 in the
 * instance's SGs and inbound TCP 2049 in the mount target's SGs (F1, F2, F4:
 * https://docs.aws.amazon.com/efs/latest/ug/network-access.html , https://docs.aws.amazon.com/efs/latest/ug/limits.html).
 */
export function mountFileSystem(
  fs: FileSystemConfig,
  targets: readonly MountTarget[],
  groups: readonly SecurityGroup[],
  instance: MountInstance,
  nfsVersion: string,
): MountResult {
  const target = chooseMountTarget(targets, instance);
  if (instance.os === "windows") {
    return fail("UNSUPPORTED_OS", target, instance, {
      en: "Amazon EFS is not supported on Windows instances; mount it from Linux (or macOS) over NFS.",
      ko: "Amazon EFS는 Windows 인스턴스를 지원하지 않습니다. Linux(또는 macOS)에서 NFS로 탑재해야 합니다.",
    });
  }
  if (!(SUPPORTED_NFS_VERSIONS as readonly string[]).includes(nfsVersion)) {
    return fail("UNSUPPORTED_PROTOCOL", target, instance, {
      en: `EFS supports NFS versions 4.0 and 4.1 only, not NFSv${nfsVersion}.`,
      ko: `EFS는 NFS 4.0과 4.1만 지원하며 NFSv${withJosa(String(nfsVersion), "은/는")} 지원하지 않습니다.`,
    });
  }
  if (target === null) {
    return fail("NO_MOUNT_TARGET", null, instance, {
      en: "There is no mount target in the instance's VPC, so there is no NFS endpoint to connect to.",
      ko: "인스턴스의 VPC에 탑재 대상이 없어서 연결할 NFS 엔드포인트가 없습니다.",
    });
  }
  const egress = egressAllow(resolveGroups(instance.securityGroups, groups), target, instance);
  if (egress === null) {
    return {
      ...fail("SG_BLOCKED", target, instance, {
        en: `No outbound rule in the instance's security groups (${instance.securityGroups.join(", ")}) allows TCP ${NFS_PORT} to the mount target.`,
        ko: `인스턴스 보안 그룹(${instance.securityGroups.join(", ")})에 탑재 대상으로 가는 TCP ${NFS_PORT} 아웃바운드 허용 규칙이 없습니다.`,
      }),
      blockedAt: "instance-egress",
    };
  }
  const peer = { ip: instance.privateIp, groups: instance.securityGroups, privatePath: true, text: "instance" };
  const ingress = findSgAllow(resolveGroups(target.securityGroups, groups), "inbound", nfsPacket(peer));
  if (ingress === null) {
    return {
      ...fail("SG_BLOCKED", target, instance, {
        en: `No inbound rule in the mount target's security groups (${target.securityGroups.join(", ")}) allows TCP ${NFS_PORT} from the instance (by its private IP or its security group).`,
        ko: `탑재 대상 보안 그룹(${target.securityGroups.join(", ")})에 인스턴스(프라이빗 IP 또는 보안 그룹)로부터의 TCP ${NFS_PORT} 인바운드 허용 규칙이 없습니다.`,
      }),
      blockedAt: "mount-target-ingress",
    };
  }
  const crossAz = target.az !== instance.az;
  const where = crossAz
    ? {
        en: ` through the mount target in ${target.az} (another AZ: cross-AZ data transfer charges apply${fs.type === "oneZone" ? "; a One Zone file system has a single mount target" : ""})`,
        ko: ` 다른 AZ(${target.az})의 탑재 대상을 통해 연결되며 AZ 간 데이터 전송 요금이 발생합니다${fs.type === "oneZone" ? "(One Zone 파일 시스템은 탑재 대상이 하나뿐입니다)" : ""}`,
      }
    : {
        en: ` through the mount target in its own AZ ${target.az}`,
        ko: ` 같은 AZ(${target.az})의 탑재 대상을 통해 연결되며`,
      };
  return {
    mounted: true,
    crossAz,
    mountTargetAz: target.az,
    allowedBy: { instanceEgress: egress, mountTargetIngress: ingress },
    explanation: {
      en: `Mounted over NFSv${nfsVersion}${where.en}: ${egress.group} allows outbound TCP ${NFS_PORT} and ${ingress.group} allows it inbound.`,
      ko: `NFSv${withJosa(String(nfsVersion), "으로/로")} 탑재됨:${where.ko}, ${withJosa(String(egress.group), "이/가")} TCP ${NFS_PORT} 아웃바운드를, ${withJosa(String(ingress.group), "이/가")} 인바운드를 허용합니다.`,
    },
  };
}
