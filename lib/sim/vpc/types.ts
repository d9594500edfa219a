import type { Cidr, IpAddress, Protocol } from "../net";
import type { Nacl, SecurityGroup } from "../sg/types";

export type { Localized } from "../sg/types";

/** A VPC: its IPv4 CIDRs (primary first) and Region. */
export interface Vpc {
  id: string;
  cidrs: Cidr[];
  region: string;
}

/** A subnet; `routeTable` is resolved (the VPC's main table when none is associated, V-5); `networkAcl` null = the
 * default NACL, which allows everything (N3). */
export interface Subnet {
  id: string;
  vpc: string;
  az: string | null;
  cidr: Cidr;
  routeTable: string;
  networkAcl: string | null;
}

export type RouteTargetKind = "local" | "igw" | "nat" | "pcx" | "vpce" | "tgw" | "eigw" | "instance";

/** A route's destination: an IPv4 block, or a managed prefix list (counted with the matching CIDR's length, V-4). */
export type RouteDestination = { kind: "cidr"; cidr: Cidr; text: string } | { kind: "prefix-list"; id: string };

export interface Route {
  destination: RouteDestination;
  target: string;
  targetKind: RouteTargetKind;
  /** False for the implicit local routes every table holds (V-2). */
  listed: boolean;
}

export interface RouteTable {
  id: string;
  vpc: string;
  main: boolean;
  /** The listed routes followed by the implicit local route of every VPC CIDR. */
  routes: Route[];
}

export interface InternetGateway {
  id: string;
  /** The VPC it is attached to; null when detached. */
  vpc: string | null;
}

export type NatGatewayState = "available" | "pending" | "failed" | "deleted";

export interface NatGateway {
  id: string;
  subnet: string;
  connectivity: "public" | "private";
  elasticIp: IpAddress | null;
  privateIp: IpAddress;
  state: NatGatewayState;
}

export type PeeringState = "active" | "pending-acceptance" | "rejected" | "expired" | "failed" | "deleted";

export interface PeeringConnection {
  id: string;
  vpcs: [string, string];
  state: PeeringState;
}

export type GatewayService = "s3" | "dynamodb";

/** A gateway endpoint (V-33). */
export interface VpcEndpoint {
  id: string;
  vpc: string;
  service: GatewayService;
}

export interface PrefixList {
  id: string;
  cidrs: Cidr[];
  service: string | null;
  region: string | null;
}

/** A transit gateway static route: to an attached VPC, or a blackhole route that drops what it matches (V-44). */
export interface TgwRoute {
  destination: Cidr;
  text: string;
  target: string;
}

export interface TransitGateway {
  id: string;
  attachments: string[];
  routes: TgwRoute[];
}

export interface Instance {
  id: string;
  subnet: string;
  vpc: string;
  privateIp: IpAddress;
  /** Its public IPv4, auto-assigned or an Elastic IP (they behave the same here, V-10). */
  publicIp: IpAddress | null;
  securityGroups: string[];
  sourceDestCheck: boolean;
}

/** A network ACL with its id; the rules are the `sg` simulator's. */
export interface NetworkAcl {
  id: string;
  nacl: Nacl;
}

/** Where a flow starts. */
export type FlowSource = { kind: "instance"; id: string } | { kind: "internet"; ip: IpAddress };

/** Where a flow goes, with every address resolved. */
export type FlowTarget =
  | { kind: "instance"; id: string; address: "private" | "public"; ip: IpAddress }
  | { kind: "internet"; ip: IpAddress }
  | { kind: "service"; service: string; ip: IpAddress };

export interface Flow {
  from: FlowSource;
  to: FlowTarget;
  protocol: Protocol;
  /** TCP/UDP destination port; null for other protocols. */
  port: number | null;
  icmpType: number | null;
  icmpCode: number | null;
  sourcePort: number;
  natSourcePort: number;
}

/** The parsed `vpc` input: every resource, by id where the walk looks it up. */
export interface Network {
  vpcs: Map<string, Vpc>;
  subnets: Map<string, Subnet>;
  routeTables: Map<string, RouteTable>;
  internetGateways: Map<string, InternetGateway>;
  natGateways: Map<string, NatGateway>;
  peeringConnections: Map<string, PeeringConnection>;
  vpcEndpoints: Map<string, VpcEndpoint>;
  prefixLists: Map<string, PrefixList>;
  transitGateways: Map<string, TransitGateway>;
  securityGroups: Map<string, SecurityGroup>;
  /** For each group, the input index of every (expanded) rule: a prefix-list rule becomes one rule per CIDR. */
  ruleOrigins: Map<string, { inbound: number[]; outbound: number[] }>;
  networkAcls: Map<string, NetworkAcl>;
  instances: Map<string, Instance>;
  /** Input order of peering connections and route tables, for the topology checks. */
  order: { peeringConnections: string[]; routeTables: string[]; natGateways: string[] };
}

export interface VpcScenario {
  network: Network;
  flow: Flow;
}

/** The contract's `blockedBy` values. */
export type BlockedBy =
  | "security-group"
  | "network-acl"
  | "route"
  | "blackhole"
  | "no-public-ip"
  | "igw-missing"
  | "peering-not-transitive"
  | "peering-edge-to-edge"
  | "nat-unsupported-protocol"
  | "source-dest-check";

/** Topology errors: configurations AWS refuses to create. */
export type TopologyError =
  "PEERING_CIDR_OVERLAP" | "EIGW_IPV6_ONLY" | "ROUTE_MORE_SPECIFIC_THAN_LOCAL" | "PUBLIC_NAT_REQUIRES_IGW";

/** What a check looked at. */
export type CheckKind =
  | "sg-out"
  | "sg-in"
  | "nacl-out"
  | "nacl-in"
  | "route"
  | "public-ip"
  | "igw"
  | "peering"
  | "transit-gateway"
  | "nat-protocol"
  | "source-dest-check";

/** One step of the walk, in the order the contract evaluates them. */
export interface VpcTraceStep {
  phase: "request" | "reply";
  check: CheckKind;
  /** The component checked: an instance, NACL, route table, gateway, peering connection or transit gateway id. */
  at: string;
  outcome: "allow" | "deny";
  /** The failure this step reports when it denies. */
  blockedBy?: BlockedBy;
  /** NACL rule number (or `*`); SG group and rule index (in the input's list); the selected route. */
  rule?: number | "*";
  group?: string;
  ruleIndex?: number;
  route?: { destination: string; target: string };
  /** Addresses and port of the packet as this step saw it. */
  packet?: { source: string; destination: string; port: number | null };
  /** Why, as a short code the explanation words: `no-route`, `default-nacl`, `other-component`, … */
  reason?: string;
}
