import type { Localized } from "./types";

const ALL_IPV4 = { protocol: "-1", fromPort: -1, toPort: -1 };

/**
 * Documented defaults and limits, answered for `{"query": name}` inputs.
 * Sources: SG3 https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html and
 * https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html; N2–N4 and N7
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html.
 */
export const SG_QUERIES = {
  newSecurityGroup: () => ({
    inbound: [],
    outbound: [
      { ...ALL_IPV4, destination: "0.0.0.0/0" },
      { ...ALL_IPV4, destination: "::/0", note: "only in a VPC with an IPv6 CIDR" },
    ],
    explanation: {
      en: "A new security group has no inbound rules (all inbound traffic is denied) and one outbound rule allowing all traffic.",
      ko: "새 보안 그룹에는 인바운드 규칙이 없어 모든 인바운드가 거부되고, 모든 트래픽을 허용하는 아웃바운드 규칙이 하나 있습니다.",
    },
  }),
  defaultSecurityGroup: () => ({
    inbound: [{ ...ALL_IPV4, source: "<the default security group itself>" }],
    outbound: [{ ...ALL_IPV4, destination: "0.0.0.0/0" }],
    explanation: {
      en: "The VPC's default security group allows inbound traffic from its own members and all outbound traffic.",
      ko: "VPC의 기본 보안 그룹은 같은 보안 그룹 구성원으로부터의 인바운드와 모든 아웃바운드를 허용합니다.",
    },
  }),
  defaultNacl: () => {
    const rules = [
      { rule: 100, ...ALL_IPV4, cidr: "0.0.0.0/0", action: "allow" },
      { rule: 101, ...ALL_IPV4, cidr: "::/0", action: "allow", note: "only in a VPC with an IPv6 CIDR" },
      { rule: "*", ...ALL_IPV4, cidr: "0.0.0.0/0", action: "deny" },
    ];
    return {
      inbound: rules,
      outbound: rules,
      explanation: {
        en: "The default NACL allows all inbound and outbound traffic (rule 100, and rule 101 for IPv6).",
        ko: "기본 NACL은 모든 인바운드와 아웃바운드 트래픽을 허용합니다(규칙 100, IPv6는 규칙 101).",
      },
    };
  },
  customNacl: () => {
    const rules = [{ rule: "*", ...ALL_IPV4, cidr: "0.0.0.0/0", action: "deny" }];
    return {
      inbound: rules,
      outbound: rules,
      explanation: {
        en: "A new custom NACL denies all inbound and outbound traffic until you add rules.",
        ko: "새로 만든 사용자 지정 NACL은 규칙을 추가하기 전까지 모든 인바운드와 아웃바운드 트래픽을 거부합니다.",
      },
    };
  },
  ephemeralPorts: () => ({
    recommended: { fromPort: 1024, toPort: 65535 },
    linux: { fromPort: 32768, toPort: 61000 },
    elb: { fromPort: 1024, toPort: 65535 },
    windowsServer2003: { fromPort: 1025, toPort: 5000 },
    windowsServer2008: { fromPort: 49152, toPort: 65535 },
    natGateway: { fromPort: 1024, toPort: 65535 },
    lambda: { fromPort: 1024, toPort: 65535 },
    explanation: {
      en: "Clients pick ephemeral ports from OS-specific ranges; AWS recommends allowing 1024-65535 in the NACL for return traffic.",
      ko: "클라이언트는 OS마다 다른 범위에서 임시 포트를 고르므로, AWS는 응답 트래픽용으로 NACL에서 1024-65535를 허용하도록 권장합니다.",
    },
  }),
  naclRuleNumbers: () => ({
    min: 1,
    max: 32766,
    explanation: {
      en: "NACL rule numbers run from 1 to 32766 and are evaluated lowest first.",
      ko: "NACL 규칙 번호는 1부터 32766까지이며 번호가 작은 규칙부터 평가됩니다.",
    },
  }),
} satisfies Record<string, () => { explanation: Localized }>;

/** Names accepted by `{"query": name}` for `sg`. */
export type SgQueryName = keyof typeof SG_QUERIES;
