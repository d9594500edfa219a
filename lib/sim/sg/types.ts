import type { Cidr, IpAddress, Protocol } from "../net";

/** Where an SG rule points: a CIDR block, or another security group (matched by membership, SG6). */
export type SgTarget = { kind: "cidr"; cidr: Cidr; text: string } | { kind: "sg"; id: string; text: string };

/** One allow rule of a security group. For ICMP, `fromPort` is the type and `toPort` the code; -1 = any (SG8). */
export interface SgRule {
  protocol: Protocol;
  fromPort: number;
  toPort: number;
  target: SgTarget;
}

/** A security group: allow-only rules, stateful (SG1, SG2: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html). */
export interface SecurityGroup {
  id: string;
  inbound: SgRule[];
  outbound: SgRule[];
}

/** One numbered NACL entry; `fromPort`/`toPort` bound the destination port (or ICMP type/code). */
/** A network ACL: numbered allow/deny entries per direction, stateless (N1, N2: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html). */
export interface NaclRule {
  rule: number;
  protocol: Protocol;
  fromPort: number;
  toPort: number;
  cidr: Cidr;
  cidrText: string;
  action: "allow" | "deny";
}

/** A network ACL: numbered allow/deny entries per direction, stateless (N1, N2: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html). */
export interface Nacl {
  inbound: NaclRule[];
  outbound: NaclRule[];
}

/**
 * The far end of a flow. `groups` lists the security groups it is a member of (empty for a plain IP). SG-reference
 * rules match only when `privatePath` holds: the peer is reached at its private address (SG6).
 */
export interface Peer {
  ip: IpAddress | null;
  groups: string[];
  privatePath: boolean;
  text: string;
}

/** A packet as a layer sees it: `remote` is the source for inbound checks and the destination for outbound ones. */
export interface Packet {
  protocol: Protocol;
  dstPort: number | null;
  icmpType: number | null;
  icmpCode: number | null;
  remote: Peer;
}

/** The parsed `traffic` of an `sg` input; `port` is null for non-TCP/UDP, `icmpType`/`icmpCode` null for non-ICMP. */
export interface Traffic {
  direction: "inbound" | "outbound";
  protocol: Protocol;
  port: number | null;
  icmpType: number | null;
  icmpCode: number | null;
  peer: Peer;
  sourcePort: number | null;
  sameSubnet: boolean;
}

/** The parsed `sg` input. */
export interface SgScenario {
  securityGroups: SecurityGroup[];
  instanceGroups: string[];
  /** null = the subnet uses the default NACL (N3). */
  nacl: Nacl | null;
  traffic: Traffic;
}

/** Where a packet is checked; `-reply` layers see the return packet (NACLs are stateless, N1). */
export type Layer = "nacl-in" | "sg-in" | "sg-out" | "nacl-out" | "nacl-in-reply" | "nacl-out-reply" | "sg-reply";

/** The contract's verdict: the first layer that drops a packet, or `allowed`. */
export type Verdict = "allowed" | "blocked-by-sg" | "blocked-by-nacl";

/** One step of the evaluation, in the order the packet meets the layers. */
export interface TraceStep {
  layer: Layer;
  outcome: "allow" | "deny" | "skipped" | "stateful";
  /** NACL rule number, `*` for the final catch-all deny, or null for SG layers. */
  rule: number | "*" | null;
  /** For an SG allow: the group and the rule's index in that group's list. */
  group?: string;
  ruleIndex?: number;
  /** True when the NACL is the implicit default one (no `nacl` in the input). */
  defaultNacl?: boolean;
  note?: string;
}

/** A sentence in English and Korean. */
export interface Localized {
  ko: string;
  en: string;
}

/** The `sg` result (SIM_CONTRACT.md): verdict, deciding layer and rule, full trace and explanation. */
export interface SgResult {
  verdict: Verdict;
  /** The layer that dropped the packet; null when allowed. */
  layer: Layer | null;
  /** The NACL rule that dropped it (number or `*`); null for an SG block (no allow rule matched) or when allowed. */
  rule: number | "*" | null;
  /** The step that decided: the blocking step, or the SG allow rule that admitted the connection. */
  decidedBy: TraceStep;
  trace: TraceStep[];
  explanation: Localized;
}
