import type { SimExample } from "./types";

/** EC2 instance lifecycle, Elastic IPs and hibernation (AWS_FACTS §3). */
export const EC2_EXAMPLES: readonly SimExample[] = [
  {
    id: "stop-start-addresses",
    sim: "ec2",
    title: { ko: "중지 후 시작하면 바뀌는 것", en: "What a stop and start changes" },
    description: {
      ko: "중지·시작 뒤 퍼블릭 IPv4는 바뀌고 프라이빗 IPv4는 유지됩니다. 중지 작업을 재부팅으로 바꿔 비교해 보세요.",
      en: "After a stop and start the public IPv4 changes and the private one stays. Replace stop with reboot and compare.",
    },
    input: {
      ops: [
        { op: "runInstance", instanceType: "m6i.large", az: "us-east-1a", instanceStoreVolumes: 0 },
        { op: "stop", instance: 0 },
        { op: "start", instance: 0 },
      ],
    },
  },
  {
    id: "elastic-ip-survives-stop",
    sim: "ec2",
    title: { ko: "탄력적 IP는 중지해도 유지", en: "An Elastic IP survives a stop" },
    description: {
      ko: "탄력적 IP를 연결한 뒤 중지·시작합니다. 탄력적 IP 연결 작업을 지우면 퍼블릭 IP가 어떻게 되는지 보세요.",
      en: "Associate an Elastic IP, then stop and start. Remove the associateEip op and see what happens to the public IP.",
    },
    input: {
      ops: [
        { op: "runInstance", instanceType: "t3.micro", az: "us-east-1a" },
        { op: "allocateEip" },
        { op: "associateEip", eip: 0, instance: 0 },
        { op: "stop", instance: 0 },
        { op: "start", instance: 0 },
      ],
    },
  },
  {
    id: "hibernation-prerequisites",
    sim: "ec2",
    title: { ko: "최대 절전 모드 전제 조건", en: "Hibernation prerequisites" },
    description: {
      ko: "암호화된 EBS 루트와 시작 시 활성화가 필요합니다. 루트 볼륨 암호화를 끄거나 최대 절전 모드 활성화를 꺼 보세요.",
      en: "It needs an encrypted EBS root and must be enabled at launch. Turn off the root volume's encryption, or hibernationEnabled.",
    },
    input: {
      ops: [
        {
          op: "runInstance",
          instanceType: "m5.large",
          az: "us-east-1a",
          ramGiB: 8,
          hibernationEnabled: true,
          rootVolume: { type: "gp3", sizeGiB: 30, encrypted: true },
        },
        { op: "hibernate", instance: 0 },
      ],
    },
  },
  {
    id: "terminate-keeps-volumes",
    sim: "ec2",
    title: { ko: "종료 시 볼륨 삭제 여부", en: "Which volumes survive termination" },
    description: {
      ko: "루트 볼륨은 기본값(DeleteOnTermination 켜짐)을 따르고, 로그 볼륨은 꺼 두었습니다. 로그 볼륨의 종료 시 삭제 설정을 지워 API 기본값을 확인해 보세요.",
      en: "The root volume keeps the default (DeleteOnTermination true); the log volume is set to false. Remove the log volume's deleteOnTermination to see the API default.",
    },
    input: {
      ops: [
        {
          op: "runInstance",
          instanceType: "t3.large",
          az: "us-east-1b",
          rootVolume: { type: "gp3", sizeGiB: 30 },
          additionalVolumes: [{ type: "st1", sizeGiB: 500, deleteOnTermination: false }],
        },
        { op: "terminate", instance: 0 },
      ],
    },
  },
];
