import type { Localized } from "@/lib/i18n/localized";

/** The five services Gureum covers. Ids are stable: they name `content/<id>/` folders and database rows. */
export const TOPIC_IDS = ["ec2", "ebs", "elb-asg", "efs", "iam"] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface Topic {
  id: TopicId;
  name: Localized;
  summary: Localized;
  /** The simulation paired with the topic (see SIM_CONTRACT.md); EC2 has two. */
  sims: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    id: "ec2",
    name: { ko: "EC2", en: "EC2" },
    summary: {
      ko: "인스턴스 수명 주기, 보안 그룹과 네트워크 ACL, 요금 모델, 배치 그룹",
      en: "Instance lifecycle, security groups and network ACLs, pricing models, placement groups",
    },
    sims: ["ec2", "sg"],
  },
  {
    id: "ebs",
    name: { ko: "EBS", en: "EBS" },
    summary: {
      ko: "볼륨 유형과 한도, 가용 영역, 스냅샷, 암호화, Multi-Attach",
      en: "Volume types and limits, Availability Zones, snapshots, encryption, Multi-Attach",
    },
    sims: ["ebs"],
  },
  {
    id: "elb-asg",
    name: { ko: "ELB와 Auto Scaling", en: "ELB and Auto Scaling" },
    summary: {
      ko: "상태 확인, 대상 그룹, 교차 영역 로드 밸런싱, 조정 정책, 유예 기간",
      en: "Health checks, target groups, cross-zone load balancing, scaling policies, grace periods",
    },
    sims: ["elb-asg"],
  },
  {
    id: "efs",
    name: { ko: "EFS", en: "EFS" },
    summary: {
      ko: "탑재 대상, NFS와 보안 그룹, 리전형과 단일 영역, 성능·처리량 모드, 수명 주기",
      en: "Mount targets, NFS and security groups, Regional and One Zone, performance and throughput modes, lifecycle",
    },
    sims: ["efs"],
  },
  {
    id: "iam",
    name: { ko: "IAM", en: "IAM" },
    summary: {
      ko: "정책 평가, 명시적 거부, 권한 경계, SCP, 역할과 조건 키",
      en: "Policy evaluation, explicit deny, permissions boundaries, SCPs, roles and condition keys",
    },
    sims: ["iam"],
  },
];

export function isTopicId(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}
