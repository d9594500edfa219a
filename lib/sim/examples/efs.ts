import type { JsonObject, SimExample } from "./types";

const ALL_OUT: JsonObject = { protocol: "-1", fromPort: -1, toPort: -1, destination: "0.0.0.0/0" };
const APP_INSTANCE: JsonObject = {
  az: "us-east-1a",
  os: "linux",
  securityGroups: ["sg-app"],
  privateIp: "10.0.1.10",
  vpc: "vpc-1",
};

/** EFS mount targets and NFS mounts (AWS_FACTS §7). */
export const EFS_EXAMPLES: readonly SimExample[] = [
  {
    id: "mount-target-security-group",
    sim: "efs",
    title: { ko: "탑재 대상 보안 그룹에 NFS 허용", en: "The mount target's group must allow NFS" },
    description: {
      ko: "sg-efs가 22번만 허용해 탑재가 막힙니다. 인바운드 규칙을 TCP 2049로 바꿔 보세요.",
      en: "sg-efs allows only port 22, so the mount is blocked. Change its inbound rule to TCP 2049.",
    },
    input: {
      fileSystem: { type: "regional", performanceMode: "generalPurpose", throughputMode: "elastic" },
      securityGroups: [
        { id: "sg-app", inbound: [], outbound: [ALL_OUT] },
        {
          id: "sg-efs",
          inbound: [{ protocol: "tcp", fromPort: 22, toPort: 22, source: "sg-app" }],
          outbound: [ALL_OUT],
        },
      ],
      ops: [
        { op: "createMountTarget", subnetAz: "us-east-1a", vpc: "vpc-1", securityGroups: ["sg-efs"] },
        { op: "mount", instance: APP_INSTANCE, nfsVersion: "4.1" },
      ],
    },
  },
  {
    id: "one-zone-cross-az",
    sim: "efs",
    title: { ko: "One Zone 파일 시스템과 다른 AZ의 인스턴스", en: "One Zone file system, instance in another AZ" },
    description: {
      ko: "인스턴스는 다른 AZ의 유일한 탑재 대상을 쓰며 AZ 간 요금이 붙습니다. 두 번째 탑재 대상을 us-east-1b에 추가해 보세요.",
      en: "The instance uses the single mount target in another AZ, with cross-AZ charges. Try adding a second mount target in us-east-1b.",
    },
    input: {
      fileSystem: { type: "oneZone", az: "us-east-1a", performanceMode: "generalPurpose", throughputMode: "elastic" },
      securityGroups: [
        { id: "sg-app", inbound: [], outbound: [ALL_OUT] },
        {
          id: "sg-efs",
          inbound: [{ protocol: "tcp", fromPort: 2049, toPort: 2049, source: "sg-app" }],
          outbound: [ALL_OUT],
        },
      ],
      ops: [
        { op: "createMountTarget", subnetAz: "us-east-1a", vpc: "vpc-1", securityGroups: ["sg-efs"] },
        { op: "mount", instance: { ...APP_INSTANCE, az: "us-east-1b", privateIp: "10.0.2.15" }, nfsVersion: "4.1" },
      ],
    },
  },
  {
    id: "windows-client",
    sim: "efs",
    title: { ko: "Windows 인스턴스에서 탑재", en: "Mounting from Windows" },
    description: {
      ko: "EFS는 Linux(및 EC2 Mac) 클라이언트용입니다. 운영 체제를 linux로 바꾼 다음 NFS 버전을 3으로 바꿔 보세요.",
      en: "EFS serves Linux (and EC2 Mac) clients. Change the OS to linux, then try NFS version 3.",
    },
    input: {
      fileSystem: { type: "regional", performanceMode: "generalPurpose", throughputMode: "elastic" },
      securityGroups: [
        { id: "sg-app", inbound: [], outbound: [ALL_OUT] },
        {
          id: "sg-efs",
          inbound: [{ protocol: "tcp", fromPort: 2049, toPort: 2049, source: "sg-app" }],
          outbound: [ALL_OUT],
        },
      ],
      ops: [
        { op: "createMountTarget", subnetAz: "us-east-1a", vpc: "vpc-1", securityGroups: ["sg-efs"] },
        { op: "mount", instance: { ...APP_INSTANCE, os: "windows" }, nfsVersion: "4.1" },
      ],
    },
  },
];
