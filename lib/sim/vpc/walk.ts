import { cidrContains, formatIp, type IpAddress } from "../net";
import { evaluateNacl, findSgAllow } from "../sg/match";
import type { Packet, Peer } from "../sg/types";
import { inputProblem, type InputProblem } from "../input-issue";
import type { BlockedBy, CheckKind, Flow, Instance, Network, Subnet, VpcTraceStep } from "./types";

/** A node that sends or receives on a hop. */
export type Node =
  | { kind: "instance"; id: string; subnet: string }
  | { kind: "nat"; id: string; subnet: string }
  | { kind: "internet" }
  | { kind: "service"; name: string };

/** How a hop crossed: within a subnet, by the local route, or through a gateway. The reply must come back the same way. */
export type Via = { kind: "same-subnet" } | { kind: "local" } | { kind: "igw" | "pcx" | "tgw" | "vpce"; id: string };

/** One hop of the request: its addresses as the packet carries them and the port a reply goes back to. */
export interface Hop {
  sender: Node;
  receiver: Node;
  via: Via;
  source: IpAddress;
  destination: IpAddress;
  replyPort: number;
}

/** The request's walk: the contract's `path`, the hops, every check made, and the first one that failed. */
export interface Walk {
  path: string[];
  hops: Hop[];
  trace: VpcTraceStep[];
  failure: VpcTraceStep | null;
  /** An input error found only on the way (a transit gateway delivering outside its attachment). */
  problem: InputProblem | null;
}

export class Walker {
  readonly walk: Walk = { path: [], hops: [], trace: [], failure: null, problem: null };

  constructor(
    readonly network: Network,
    readonly flow: Flow,
  ) {}

  record(
    phase: VpcTraceStep["phase"],
    check: CheckKind,
    at: string,
    denied: BlockedBy | null,
    extra: Partial<VpcTraceStep> = {},
  ) {
    const step: VpcTraceStep = { phase, check, at, outcome: denied === null ? "allow" : "deny", ...extra };
    if (denied !== null) step.blockedBy = denied;
    this.walk.trace.push(step);
    if (denied !== null && this.walk.failure === null) this.walk.failure = step;
  }

  subnet(id: string): Subnet {
    const subnet = this.network.subnets.get(id);
    if (subnet === undefined) throw new Error(`unresolved subnet ${id}`);
    return subnet;
  }

  instance(id: string): Instance {
    const instance = this.network.instances.get(id);
    if (instance === undefined) throw new Error(`unresolved instance ${id}`);
    return instance;
  }

  /**
   * The remote end as a security group sees it: an SG-id rule matches only the private address of a member instance
   * in the same VPC or in a VPC joined by an active peering connection in the same Region (V-32, V-41, SG6).
   */
  peer(ip: IpAddress, viewerVpc: string): Peer {
    const { network } = this;
    const vpcRegion = (id: string) => network.vpcs.get(id)?.region;
    const peered = (other: string) =>
      [...network.peeringConnections.values()].some(
        (pcx) =>
          pcx.state === "active" &&
          pcx.vpcs.includes(viewerVpc) &&
          pcx.vpcs.includes(other) &&
          vpcRegion(other) === vpcRegion(viewerVpc),
      );
    const holders = [...network.instances.values()].filter((i) => i.privateIp.value === ip.value);
    const member = holders.find((i) => i.vpc === viewerVpc) ?? holders.find((i) => peered(i.vpc));
    return { ip, groups: member?.securityGroups ?? [], privatePath: true, text: formatIp(ip) };
  }

  packet(remote: Peer, port: number | null, reply = false): Packet {
    const { flow } = this;
    return {
      protocol: flow.protocol,
      dstPort: port,
      icmpType: reply && flow.icmpType !== null ? 0 : flow.icmpType,
      icmpCode: reply && flow.icmpType !== null ? 0 : flow.icmpCode,
      remote,
    };
  }

  /** SG-out of an instance (the source or a NAT instance); destination = the packet's destination address. */
  sgOut(instance: Instance, destination: IpAddress) {
    this.sg("sg-out", instance, destination, "outbound");
  }

  /** SG-in of an instance, with the source address as it arrives. */
  sgIn(instance: Instance, source: IpAddress) {
    this.sg("sg-in", instance, source, "inbound");
  }

  private sg(check: CheckKind, instance: Instance, remote: IpAddress, direction: "inbound" | "outbound") {
    const groups = instance.securityGroups.flatMap((id) => this.network.securityGroups.get(id) ?? []);
    const allow = findSgAllow(groups, direction, this.packet(this.peer(remote, instance.vpc), this.flow.port));
    const extra: Partial<VpcTraceStep> = { packet: this.packetText(remote, direction === "inbound") };
    if (allow !== null) {
      extra.group = allow.group;
      extra.ruleIndex = this.network.ruleOrigins.get(allow.group)?.[direction][allow.ruleIndex] ?? allow.ruleIndex;
    }
    this.record("request", check, instance.id, allow === null ? "security-group" : null, extra);
  }

  private packetText(remote: IpAddress, inbound: boolean, port = this.flow.port) {
    const remoteText = formatIp(remote);
    return inbound ? { source: remoteText, destination: "", port } : { source: "", destination: remoteText, port };
  }

  /**
   * A subnet's NACL on the way out (`remote` = destination) or in (`remote` = source): rules by ascending number,
   * first match wins, no match denies (N1, N2); no NACL named = the default NACL, which allows all (N3).
   */
  nacl(phase: VpcTraceStep["phase"], direction: "in" | "out", subnet: Subnet, remote: IpAddress, port: number | null) {
    const check: CheckKind = direction === "in" ? "nacl-in" : "nacl-out";
    const packetText = this.packetText(remote, direction === "in", port);
    if (subnet.networkAcl === null) {
      this.record(phase, check, subnet.id, null, { reason: "default-nacl", packet: packetText });
      return;
    }
    const acl = this.network.networkAcls.get(subnet.networkAcl);
    const rules = direction === "in" ? (acl?.nacl.inbound ?? []) : (acl?.nacl.outbound ?? []);
    const decision = evaluateNacl(rules, this.packet(this.peer(remote, subnet.vpc), port, phase === "reply"));
    this.record(phase, check, subnet.networkAcl, decision.action === "deny" ? "network-acl" : null, {
      rule: decision.rule,
      packet: packetText,
    });
  }

  /** The instance of `vpc` whose private address is `ip`. */
  holder(vpc: string, ip: IpAddress): Instance | undefined {
    return [...this.network.instances.values()].find((i) => i.vpc === vpc && i.privateIp.value === ip.value);
  }

  insideAnyVpc(ip: IpAddress): boolean {
    return [...this.network.vpcs.values()].some((vpc) => vpc.cidrs.some((cidr) => cidrContains(cidr, ip)));
  }

  /** The destination instance, when the flow goes to an instance's private address. */
  privateDestination(): string | null {
    const { to } = this.flow;
    return to.kind === "instance" && to.address === "private" ? to.id : null;
  }

  failInput(problem: InputProblem) {
    if (this.walk.problem === null) this.walk.problem = problem;
  }

  tgwOutside(id: string): InputProblem {
    return inputProblem(
      ["transitGateways"],
      "tgwOutsideAttachment",
      { id },
      `${id} delivers an address outside the chosen attachment's CIDRs (not modelled)`,
    );
  }
}
