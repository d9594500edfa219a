import type { JsonObject, SimExample } from "./types";

const ALL_OUT: JsonObject = { protocol: "-1", fromPort: -1, toPort: -1, destination: "0.0.0.0/0" };

/** Security groups and network ACLs (AWS_FACTS §1–2). */
export const SG_EXAMPLES: readonly SimExample[] = [
  {
    id: "https-web-server",
    sim: "sg",
    title: { ko: "인터넷에서 HTTPS로 웹 서버 접속", en: "HTTPS from the internet to a web server" },
    description: {
      ko: "기본 NACL에서 보안 그룹이 443만 엽니다. 트래픽 포트를 80으로 바꾸거나 규칙의 소스를 좁혀 보세요.",
      en: "The security group opens only 443 behind the default NACL. Change the traffic port to 80 or narrow the rule's source.",
    },
    input: {
      securityGroups: [
        {
          id: "sg-web",
          inbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }],
          outbound: [ALL_OUT],
        },
      ],
      instanceGroups: ["sg-web"],
      traffic: { direction: "inbound", protocol: "tcp", port: 443, source: "198.51.100.7", sourcePort: 50432 },
    },
  },
  {
    id: "nacl-ephemeral-ports",
    sim: "sg",
    title: { ko: "NACL은 응답 트래픽을 따로 허용해야 함", en: "A NACL must allow the reply too" },
    description: {
      ko: "사용자 지정 NACL이 80 인바운드를 허용하지만 아웃바운드는 VPC(10.0.0.0/16)로만 허용해 인터넷 클라이언트로 가는 응답이 막힙니다. 0.0.0.0/0으로 가는 임시 포트 1024-65535 아웃바운드 허용 규칙을 추가해 보세요.",
      en: "The custom NACL allows inbound 80, but outbound only to the VPC (10.0.0.0/16), so the reply to an internet client is dropped. Add an outbound allow rule for ephemeral ports 1024-65535 to 0.0.0.0/0.",
    },
    input: {
      securityGroups: [
        {
          id: "sg-web",
          inbound: [{ protocol: "tcp", fromPort: 80, toPort: 80, source: "0.0.0.0/0" }],
          outbound: [ALL_OUT],
        },
      ],
      instanceGroups: ["sg-web"],
      nacl: {
        inbound: [{ rule: 100, protocol: "tcp", fromPort: 80, toPort: 80, cidr: "0.0.0.0/0", action: "allow" }],
        outbound: [{ rule: 100, protocol: "-1", fromPort: -1, toPort: -1, cidr: "10.0.0.0/16", action: "allow" }],
      },
      traffic: { direction: "inbound", protocol: "tcp", port: 80, source: "192.0.2.44", sourcePort: 49152 },
    },
  },
  {
    id: "nacl-rule-order",
    sim: "sg",
    title: { ko: "NACL 규칙은 번호 순서로 평가", en: "NACL rules run in number order" },
    description: {
      ko: "파트너 네트워크를 허용하는 120번 규칙이 먼저 적혀 있지만, 번호가 더 낮은 90번 전체 거부 규칙이 먼저 일치합니다. 거부 규칙의 번호를 200으로 바꿔 보세요.",
      en: "The partner network's allow rule 120 is listed first, but the deny-all rule 90 has the lower number and matches first. Renumber the deny rule to 200.",
    },
    input: {
      securityGroups: [
        {
          id: "sg-partner-api",
          inbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "198.51.100.0/24" }],
          outbound: [ALL_OUT],
        },
      ],
      instanceGroups: ["sg-partner-api"],
      nacl: {
        inbound: [
          { rule: 120, protocol: "tcp", fromPort: 443, toPort: 443, cidr: "198.51.100.0/24", action: "allow" },
          { rule: 90, protocol: "-1", fromPort: -1, toPort: -1, cidr: "0.0.0.0/0", action: "deny" },
        ],
        outbound: [{ rule: 100, protocol: "-1", fromPort: -1, toPort: -1, cidr: "0.0.0.0/0", action: "allow" }],
      },
      traffic: { direction: "inbound", protocol: "tcp", port: 443, source: "198.51.100.20", sourcePort: 51515 },
    },
  },
  {
    id: "security-group-reference",
    sim: "sg",
    title: { ko: "보안 그룹 참조로 DB 접근 허용", en: "A security group reference opens the database" },
    description: {
      ko: "DB 그룹은 sg-app 구성원에게서 오는 3306만 허용합니다. 트래픽의 피어 그룹을 바꾸거나 IP 주소 소스로 바꿔 보세요.",
      en: "The database group allows 3306 only from members of sg-app. Change the peer's group, or use a plain IP source.",
    },
    input: {
      securityGroups: [
        {
          id: "sg-db",
          inbound: [{ protocol: "tcp", fromPort: 3306, toPort: 3306, source: "sg-app" }],
          outbound: [ALL_OUT],
        },
        { id: "sg-app", inbound: [], outbound: [ALL_OUT] },
      ],
      instanceGroups: ["sg-db"],
      traffic: {
        direction: "inbound",
        protocol: "tcp",
        port: 3306,
        source: { sg: "sg-app", ip: "10.0.1.25" },
        sourcePort: 40000,
        sameSubnet: true,
      },
    },
  },
];
