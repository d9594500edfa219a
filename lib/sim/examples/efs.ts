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
    title: { ko: "One Zone 파일 시스템과 인스턴스의 AZ", en: "A One Zone file system and the instance's AZ" },
    description: {
      ko: "파일 시스템, 하나뿐인 탑재 대상, 인스턴스가 모두 us-east-1b에 있어 같은 AZ 안에서 탑재됩니다. 인스턴스를 us-east-1c로 옮기면 어디로 연결되고 무엇이 달라지는지 보세요.",
      en: "The file system, its single mount target and the instance are all in us-east-1b, so the mount stays in one AZ. Move the instance to us-east-1c and see where it connects and what changes.",
    },
    input: {
      fileSystem: { type: "oneZone", az: "us-east-1b", performanceMode: "generalPurpose", throughputMode: "bursting" },
      securityGroups: [
        { id: "sg-app", inbound: [], outbound: [ALL_OUT] },
        {
          id: "sg-efs",
          inbound: [{ protocol: "tcp", fromPort: 2049, toPort: 2049, source: "sg-app" }],
          outbound: [ALL_OUT],
        },
      ],
      ops: [
        { op: "createMountTarget", subnetAz: "us-east-1b", vpc: "vpc-1", securityGroups: ["sg-efs"] },
        { op: "mount", instance: { ...APP_INSTANCE, az: "us-east-1b", privateIp: "10.0.2.40" }, nfsVersion: "4.1" },
      ],
    },
  },
  {
    id: "windows-client",
    sim: "efs",
    title: { ko: "Windows 인스턴스에서 탑재", en: "Mounting from Windows" },
    description: {
      ko: "EFS는 Linux와 EC2 Mac(macOS) 클라이언트용이라 us-east-1b의 Windows 인스턴스는 탑재할 수 없습니다. 운영 체제를 맥OS로 바꾸면 같은 AZ의 탑재 대상으로 탑재됩니다.",
      en: "EFS serves Linux and EC2 Mac (macOS) clients, so the Windows instance in us-east-1b cannot mount. Change the OS to macos: it then mounts through the mount target in its own AZ.",
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
        { op: "createMountTarget", subnetAz: "us-east-1b", vpc: "vpc-1", securityGroups: ["sg-efs"] },
        {
          op: "mount",
          instance: { ...APP_INSTANCE, az: "us-east-1b", os: "windows", privateIp: "10.0.2.21" },
          nfsVersion: "4.1",
        },
      ],
    },
  },
];
