import type { Localized } from "@/lib/i18n/localized";

/** The topics learners study. Ids are stable: they name `content/<id>/` folders and database rows. */
export const TOPIC_IDS = [
  "ec2",
  "ebs",
  "elb-asg",
  "efs",
  "iam",
  "s3",
  "vpc",
  "dns-cdn",
  "databases",
  "serverless-integration",
  "operations-security",
  "cloud-foundations",
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/**
 * Banks still being written. `content:check -- --drafts` validates them; nothing else reads them, so no learner sees
 * a topic before its bank meets the minimums. Publishing one moves its id to TOPIC_IDS and its entry to TOPICS.
 */
export const DRAFT_TOPIC_IDS = [] as const;
export type DraftTopicId = (typeof DRAFT_TOPIC_IDS)[number];

export interface Topic<Id extends string = TopicId> {
  id: Id;
  name: Localized;
  summary: Localized;
  /** The simulations that verify the topic's scenarios (see SIM_CONTRACT.md); EC2 has two, some topics none yet. */
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
  {
    id: "s3",
    name: { ko: "S3", en: "S3" },
    summary: {
      ko: "버킷과 객체, 스토리지 클래스와 수명 주기, 버전 관리, 복제, 암호화, 액세스 제어",
      en: "Buckets and objects, storage classes and lifecycle, versioning, replication, encryption, access control",
    },
    sims: ["s3"],
  },
  {
    id: "vpc",
    name: { ko: "VPC 네트워킹", en: "VPC networking" },
    summary: {
      ko: "서브넷과 라우팅 테이블, 인터넷·NAT 게이트웨이, 피어링, Transit Gateway, 엔드포인트, VPN과 Direct Connect",
      en: "Subnets and route tables, internet and NAT gateways, peering, Transit Gateway, endpoints, VPN and Direct Connect",
    },
    sims: ["vpc"],
  },
  {
    id: "dns-cdn",
    name: { ko: "Route 53과 CloudFront", en: "Route 53 and CloudFront" },
    summary: {
      ko: "호스팅 영역과 레코드, 라우팅 정책과 상태 확인, CloudFront 캐싱과 OAC, Global Accelerator",
      en: "Hosted zones and records, routing policies and health checks, CloudFront caching and OAC, Global Accelerator",
    },
    sims: ["route53"],
  },
  {
    id: "databases",
    name: { ko: "데이터베이스", en: "Databases" },
    summary: {
      ko: "RDS와 Aurora, DynamoDB, ElastiCache, Redshift, 알맞은 데이터베이스 고르기",
      en: "RDS and Aurora, DynamoDB, ElastiCache, Redshift, choosing the right database",
    },
    sims: [],
  },
  {
    id: "serverless-integration",
    name: { ko: "서버리스와 통합", en: "Serverless and integration" },
    summary: {
      ko: "Lambda, API Gateway, SQS, SNS, EventBridge, Step Functions, Kinesis, 컨테이너",
      en: "Lambda, API Gateway, SQS, SNS, EventBridge, Step Functions, Kinesis, containers",
    },
    sims: [],
  },
  {
    id: "operations-security",
    name: { ko: "운영과 보안", en: "Operations and security" },
    summary: {
      ko: "CloudWatch, CloudTrail, Config, Organizations와 SCP, KMS, 보안 서비스",
      en: "CloudWatch, CloudTrail, Config, Organizations and SCPs, KMS, security services",
    },
    sims: ["iam"],
  },
  {
    id: "cloud-foundations",
    name: { ko: "클라우드 기초와 결제", en: "Cloud foundations and billing" },
    summary: {
      ko: "클라우드의 가치, 공동 책임 모델, 글로벌 인프라, 요금 모델, 결제 도구, Support 플랜, 마이그레이션",
      en: "Cloud value, shared responsibility, global infrastructure, pricing, billing tools, Support plans, migration",
    },
    sims: [],
  },
];

/** What the draft banks will be once published; `sims` lists simulations that verify some of their scenarios. */
export const DRAFT_TOPICS: readonly Topic<DraftTopicId>[] = [];

export function topicById(id: string): Topic<TopicId | DraftTopicId> | undefined {
  return [...TOPICS, ...DRAFT_TOPICS].find((topic) => topic.id === id);
}

export function isTopicId(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}

export function isDraftTopicId(value: string): value is DraftTopicId {
  return (DRAFT_TOPIC_IDS as readonly string[]).includes(value);
}
