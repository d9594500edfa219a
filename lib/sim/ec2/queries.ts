import type { FactRef } from "../ebs/facts";
import {
  EC2_FACTS,
  HIBERNATION_MAX_RAM_GIB,
  MAX_HIBERNATION_DAYS,
  PARTITION_MAX_PER_AZ,
  PUBLIC_IPV4_HOURLY_USD,
  SPREAD_MAX_RUNNING_PER_AZ,
} from "./facts";
import { LAUNCH_DEFAULTS } from "./launch";
import type { Ec2QueryInput } from "./schema";

function answer(values: Record<string, unknown>, fact: FactRef, en: string, ko: string): Record<string, unknown> {
  return { ...values, explanation: { en, ko }, decidedBy: [fact] };
}

/**
 * Documented EC2 defaults and limits: 60 days of hibernation at most (H6), hibernation RAM limits (H2),
 * DeleteOnTermination defaults through the API (E6), the public IPv4 price (IP1), spread and partition limits (P2, P3).
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-hibernate-limitations.html
 */
export function answerEc2Query(input: Ec2QueryInput): Record<string, unknown> {
  switch (input.query) {
    case "maxHibernationDays":
      return answer(
        { maxHibernationDays: MAX_HIBERNATION_DAYS },
        EC2_FACTS.hibernationMaxDays,
        "AWS doesn't support keeping an instance hibernated for more than 60 days; start it, then stop it, to go longer.",
        "인스턴스를 60일 넘게 최대 절전 상태로 두는 것은 지원되지 않습니다. 더 오래 두려면 시작한 뒤 다시 중지하세요.",
      );
    case "hibernationMaxRamGiB":
      return answer(
        { hibernationMaxRamGiB: { ...HIBERNATION_MAX_RAM_GIB } },
        EC2_FACTS.hibernationRam,
        "Linux instances with more than 150 GB of RAM can't hibernate; Windows instances can hibernate with up to 16 GB.",
        "RAM이 150 GB를 넘는 Linux 인스턴스는 최대 절전 모드를 쓸 수 없고, Windows는 16 GB까지 가능합니다.",
      );
    case "deleteOnTerminationDefaults":
      return answer(
        {
          deleteOnTerminationDefaults: {
            root: true,
            additional: LAUNCH_DEFAULTS.additionalVolumeDeleteOnTermination,
            attachedLater: false,
          },
        },
        EC2_FACTS.deleteOnTermination,
        "Through the API, the root volume and data volumes given at launch are deleted on termination; volumes attached later are kept. (The console keeps launch-time data volumes.)",
        "API로 시작하면 루트 볼륨과 시작 시 지정한 데이터 볼륨은 종료 시 삭제되고, 나중에 연결한 볼륨은 보존됩니다(콘솔은 시작 시 데이터 볼륨을 보존).",
      );
    case "publicIpv4HourlyUsd":
      return answer(
        { publicIpv4HourlyUsd: PUBLIC_IPV4_HOURLY_USD },
        EC2_FACTS.publicIpv4Billing,
        "Since 1 February 2024 every public IPv4 address, in use or idle, Elastic or auto-assigned, costs $0.005 per hour.",
        "2024년 2월 1일부터 모든 퍼블릭 IPv4 주소는 사용 여부나 종류(탄력적/자동 할당)와 관계없이 시간당 0.005달러입니다.",
      );
    case "spreadMaxRunningInstancesPerAz":
      return answer(
        { spreadMaxRunningInstancesPerAz: SPREAD_MAX_RUNNING_PER_AZ },
        EC2_FACTS.spread,
        "A rack-level spread placement group can have at most seven running instances per Availability Zone.",
        "랙 수준 분산 배치 그룹은 가용 영역당 실행 중인 인스턴스를 최대 7개까지 가질 수 있습니다.",
      );
    case "partitionMaxPerAz":
      return answer(
        { partitionMaxPerAz: PARTITION_MAX_PER_AZ },
        EC2_FACTS.partition,
        "A partition placement group can have at most seven partitions per Availability Zone.",
        "파티션 배치 그룹은 가용 영역당 파티션을 최대 7개까지 가질 수 있습니다.",
      );
  }
}
