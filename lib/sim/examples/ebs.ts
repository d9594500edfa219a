import type { SimExample } from "./types";

/** EBS volumes, snapshots and Multi-Attach (AWS_FACTS §4). */
export const EBS_EXAMPLES: readonly SimExample[] = [
  {
    id: "attach-across-azs",
    sim: "ebs",
    title: { ko: "다른 AZ의 인스턴스에 볼륨 연결", en: "Attaching a volume in another AZ" },
    description: {
      ko: "인스턴스는 us-east-1b에서 실행 중인데 io2 볼륨은 us-east-1a에 만들었습니다. 볼륨을 us-east-1b에 만들거나 인스턴스를 us-east-1a에서 시작해 보세요.",
      en: "The instance runs in us-east-1b, but the io2 volume was created in us-east-1a. Create the volume in us-east-1b, or launch the instance in us-east-1a.",
    },
    input: {
      ops: [
        { op: "runInstance", az: "us-east-1b", instanceType: "r5.large", nitro: true },
        { op: "createVolume", az: "us-east-1a", type: "io2", sizeGiB: 500, iops: 10000 },
        { op: "attach", volume: 0, instance: 0 },
      ],
    },
  },
  {
    id: "snapshot-to-another-az",
    sim: "ebs",
    title: { ko: "스냅샷으로 다른 AZ에 볼륨 복원", en: "Restoring a snapshot in another AZ" },
    description: {
      ko: "스냅샷은 리전 단위이므로 같은 리전의 어느 AZ에서나 복원할 수 있습니다. 복원 AZ를 us-west-2a로 바꿔 보세요.",
      en: "Snapshots are Regional, so any AZ of the Region can restore them. Change the restore AZ to us-west-2a.",
    },
    input: {
      ops: [
        { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 50 },
        { op: "createSnapshot", volume: 0 },
        { op: "createVolume", az: "us-east-1b", type: "gp3", snapshot: 0 },
        { op: "runInstance", az: "us-east-1b", instanceType: "m5.large", nitro: true },
        { op: "attach", volume: 1, instance: 0 },
      ],
    },
  },
  {
    id: "multi-attach",
    sim: "ebs",
    title: { ko: "io2 Multi-Attach", en: "io2 Multi-Attach" },
    description: {
      ko: "io2 볼륨 하나를 Nitro 인스턴스 두 대에 연결합니다. 볼륨 유형을 gp3로 바꾸거나 인스턴스 하나를 Nitro가 아니게 바꿔 보세요.",
      en: "One io2 volume attached to two Nitro instances. Change the volume type to gp3, or make one instance non-Nitro.",
    },
    input: {
      ops: [
        { op: "createVolume", az: "us-east-1a", type: "io2", sizeGiB: 100, iops: 3000, multiAttach: true },
        { op: "runInstance", az: "us-east-1a", instanceType: "m5.large", nitro: true },
        { op: "runInstance", az: "us-east-1a", instanceType: "m5.large", nitro: true },
        { op: "attach", volume: 0, instance: 0 },
        { op: "attach", volume: 0, instance: 1 },
      ],
    },
  },
  {
    id: "encrypt-through-snapshot-copy",
    sim: "ebs",
    title: { ko: "스냅샷 복사로 암호화하기", en: "Encrypting through a snapshot copy" },
    description: {
      ko: "암호화되지 않은 볼륨의 스냅샷을 암호화 복사한 뒤 볼륨을 만듭니다. 복사 작업의 암호화를 끄면 결과가 어떻게 바뀌는지 보세요.",
      en: "Snapshot an unencrypted volume, copy the snapshot with encryption, restore it. Turn off encrypted on the copy and compare.",
    },
    input: {
      ops: [
        { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 20 },
        { op: "createSnapshot", volume: 0 },
        { op: "copySnapshot", snapshot: 0, destinationRegion: "us-east-1", encrypted: true },
        { op: "createVolume", az: "us-east-1a", type: "gp3", snapshot: 1 },
      ],
    },
  },
];
