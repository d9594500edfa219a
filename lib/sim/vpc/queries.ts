import type { Localized } from "./types";

/**
 * Documented defaults and limits, answered for `{"query": name}` inputs.
 * Sources: V-1, V-4 https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html ; V-17, V-18
 * https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-basics.html ; V-33, V-35
 * https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html ; V-40
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-ephemeral-ports
 */
export const VPC_QUERIES = {
  routePriority: () => ({
    order: ["longest prefix", "local", "static (CIDR) route", "prefix-list route", "propagated route"],
    explanation: {
      en: "The most specific route wins; on an equal prefix the local route, then a static route, then a prefix-list route.",
      ko: "가장 구체적인 경로가 이깁니다. 길이가 같으면 local 경로, 정적 경로, 접두사 목록 경로 순입니다.",
    },
  }),
  natGateway: () => ({
    protocols: ["tcp", "udp", "icmp"],
    ports: { fromPort: 1024, toPort: 65535 },
    securityGroups: false,
    explanation: {
      en: "A NAT gateway supports TCP, UDP and ICMP, uses ports 1024-65535, and takes no security group: its subnet's NACL controls its traffic.",
      ko: "NAT 게이트웨이는 TCP, UDP, ICMP를 지원하고 포트 1024-65535를 쓰며, 보안 그룹이 없어 서브넷의 NACL이 트래픽을 제어합니다.",
    },
  }),
  gatewayEndpointServices: () => ({
    services: ["s3", "dynamodb"],
    sameRegionOnly: true,
    ipv4Only: true,
    explanation: {
      en: "Gateway endpoints exist for Amazon S3 and DynamoDB, work within one Region and carry IPv4 only.",
      ko: "게이트웨이 엔드포인트는 Amazon S3와 DynamoDB용이며, 한 리전 안에서 IPv4 트래픽만 전달합니다.",
    },
  }),
  ephemeralPorts: () => ({
    recommended: { fromPort: 1024, toPort: 65535 },
    linux: { fromPort: 32768, toPort: 61000 },
    windowsServer2008: { fromPort: 49152, toPort: 65535 },
    natGateway: { fromPort: 1024, toPort: 65535 },
    explanation: {
      en: "Replies go to the client's ephemeral port; AWS suggests allowing 1024-65535 in NACLs, with any deny rules before it.",
      ko: "응답은 클라이언트의 임시 포트로 갑니다. AWS는 NACL에서 1024-65535를 허용하고 거부 규칙은 그보다 앞에 두라고 권합니다.",
    },
  }),
} satisfies Record<string, () => { explanation: Localized }>;

/** Names accepted by `{"query": name}` for `vpc`. */
export type VpcQueryName = keyof typeof VPC_QUERIES;
