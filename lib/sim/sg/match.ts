import { cidrContains, parseCidr, protocolCovers, usesIcmpTypeCode, usesPorts, type Protocol } from "../net";
import type { Nacl, NaclRule, Packet, SecurityGroup, SgTarget, Peer } from "./types";

interface PortedRule {
  protocol: Protocol;
  fromPort: number;
  toPort: number;
}

/**
 * Protocol and port part of a rule. `-1` covers every protocol and ignores ports; TCP/UDP compare the destination
 * port with the inclusive range; ICMP compares type (`fromPort`) and code (`toPort`), -1 = any; any other protocol
 * number ignores ports (SG7, SG8: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html).
 */
export function coversProtocolAndPorts(rule: PortedRule, packet: Packet): boolean {
  if (!protocolCovers(rule.protocol, packet.protocol)) return false;
  if (usesPorts(rule.protocol)) {
    if (rule.fromPort === -1) return true;
    return packet.dstPort !== null && packet.dstPort >= rule.fromPort && packet.dstPort <= rule.toPort;
  }
  if (usesIcmpTypeCode(rule.protocol)) {
    const typeOk = rule.fromPort === -1 || rule.fromPort === packet.icmpType;
    const codeOk = rule.toPort === -1 || rule.toPort === packet.icmpCode;
    return typeOk && codeOk;
  }
  return true;
}

/**
 * Address part of an SG rule: a CIDR contains the peer's IP (same family only, SG5); an SG reference matches a
 * member of that group reached at its private IP (SG6,
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing).
 */
export function sgTargetMatches(target: SgTarget, peer: Peer): boolean {
  if (target.kind === "cidr") return peer.ip !== null && cidrContains(target.cidr, peer.ip);
  return peer.privatePath && peer.groups.includes(target.id);
}

/** The security group rule that allowed a packet: group id and index in that group's rule list. */
export interface SgAllow {
  group: string;
  ruleIndex: number;
}

/**
 * Security groups are allow-only and the rules of all attached groups form one set (SG2, SG4), so the result is the
 * first allowing rule found, or null when nothing allows (an implicit deny). Rule order never changes the verdict.
 */
export function findSgAllow(
  groups: SecurityGroup[],
  direction: "inbound" | "outbound",
  packet: Packet,
): SgAllow | null {
  for (const group of groups) {
    const ruleIndex = group[direction].findIndex(
      (rule) => coversProtocolAndPorts(rule, packet) && sgTargetMatches(rule.target, packet.remote),
    );
    if (ruleIndex >= 0) return { group: group.id, ruleIndex };
  }
  return null;
}

/** The NACL entry that decided: a rule number, or `*` for the final deny (N2). */
export interface NaclDecision {
  action: "allow" | "deny";
  rule: number | "*";
}

/**
 * NACL rules are evaluated from the lowest rule number up, whatever their order in the list; the first match
 * decides, and the final `*` rule denies what no numbered rule matched (N2,
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-rules).
 */
export function evaluateNacl(rules: readonly NaclRule[], packet: Packet): NaclDecision {
  const ordered = [...rules].sort((a, b) => a.rule - b.rule);
  for (const rule of ordered) {
    const addressOk = packet.remote.ip !== null && cidrContains(rule.cidr, packet.remote.ip);
    if (addressOk && coversProtocolAndPorts(rule, packet)) return { action: rule.action, rule: rule.rule };
  }
  return { action: "deny", rule: "*" };
}

function allowAll(rule: number, cidrText: string): NaclRule {
  const cidr = parseCidr(cidrText);
  if (cidr === null) throw new Error(`bad built-in CIDR ${cidrText}`);
  return { rule, protocol: { kind: "all" }, fromPort: -1, toPort: -1, cidr, cidrText, action: "allow" };
}

/**
 * The default NACL: rule 100 allows all IPv4 and rule 101 all IPv6 traffic in each direction (N3,
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#default-network-acl).
 */
export function defaultNacl(): Nacl {
  return {
    inbound: [allowAll(100, "0.0.0.0/0"), allowAll(101, "::/0")],
    outbound: [allowAll(100, "0.0.0.0/0"), allowAll(101, "::/0")],
  };
}
