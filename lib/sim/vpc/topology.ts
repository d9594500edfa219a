import { cidrsOverlap, cidrWithin } from "./cidr-relations";
import type { Network, TopologyError } from "./types";

export interface TopologyFailure {
  error: TopologyError;
  at: string;
}

/**
 * Configurations AWS refuses to create, checked before the flow in the contract's order (first one wins):
 * 1. a peering connection between VPCs with any overlapping CIDRs (V-25);
 * 2. in each route table, each listed route: an IPv4 or prefix-list route to an egress-only internet gateway
 *    (V-42), then a route as specific as or more specific than the VPC's local route (V-3);
 * 3. an available public NAT gateway in a VPC without an attached internet gateway (V-19).
 */
export function findTopologyError(network: Network): TopologyFailure | null {
  for (const id of network.order.peeringConnections) {
    const pcx = network.peeringConnections.get(id);
    if (pcx === undefined) continue;
    const [a, b] = pcx.vpcs.map((vpc) => network.vpcs.get(vpc)?.cidrs ?? []);
    if (a?.some((x) => b?.some((y) => cidrsOverlap(x, y)))) return { error: "PEERING_CIDR_OVERLAP", at: id };
  }
  for (const id of network.order.routeTables) {
    const table = network.routeTables.get(id);
    if (table === undefined) continue;
    const own = network.vpcs.get(table.vpc)?.cidrs ?? [];
    for (const route of table.routes) {
      if (!route.listed) continue;
      if (route.targetKind === "eigw") return { error: "EIGW_IPV6_ONLY", at: id };
      const d = route.destination;
      if (d.kind === "cidr" && own.some((cidr) => cidrWithin(d.cidr, cidr)))
        return { error: "ROUTE_MORE_SPECIFIC_THAN_LOCAL", at: id };
    }
  }
  for (const id of network.order.natGateways) {
    const nat = network.natGateways.get(id);
    if (nat === undefined || nat.state !== "available" || nat.connectivity !== "public") continue;
    const vpc = network.subnets.get(nat.subnet)?.vpc;
    if (![...network.internetGateways.values()].some((igw) => igw.vpc === vpc))
      return { error: "PUBLIC_NAT_REQUIRES_IGW", at: id };
  }
  return null;
}
