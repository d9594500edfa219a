import { cidrContains, formatCidr, type Cidr, type IpAddress } from "../net";
import type { Network, Route, RouteTable, TransitGateway } from "./types";

/** A route that matched an address, with the prefix length it counts with. */
export interface RouteMatch {
  route: Route;
  length: number;
}

const TIE_RANK = { local: 0, cidr: 1, "prefix-list": 2 } as const;

function tieRank(route: Route): number {
  if (route.targetKind === "local") return TIE_RANK.local;
  return TIE_RANK[route.destination.kind];
}

/** The longest of the list's CIDRs that contains `ip`, or -1. */
function longestContaining(cidrs: readonly Cidr[], ip: IpAddress): number {
  return cidrs.reduce((best, cidr) => (cidrContains(cidr, ip) && cidr.prefix > best ? cidr.prefix : best), -1);
}

/**
 * Longest prefix match over a table's routes and its implicit local routes (V-1, V-2). A prefix-list route counts
 * with the length of its CIDR that contains the address; on equal length `local` wins, then a CIDR route, then a
 * prefix-list route (V-4: https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html).
 */
export function selectRoute(table: RouteTable, ip: IpAddress, network: Network): RouteMatch | null {
  let best: RouteMatch | null = null;
  for (const route of table.routes) {
    const d = route.destination;
    const length =
      d.kind === "cidr"
        ? cidrContains(d.cidr, ip)
          ? d.cidr.prefix
          : -1
        : longestContaining(network.prefixLists.get(d.id)?.cidrs ?? [], ip);
    if (length < 0) continue;
    if (best === null || length > best.length || (length === best.length && tieRank(route) < tieRank(best.route)))
      best = { route, length };
  }
  return best;
}

/**
 * Whether a route's target can carry traffic from `vpc`; otherwise the route is a blackhole (V-7): an internet
 * gateway detached or attached elsewhere, a NAT gateway that isn't `available` (V-21), a peering connection that
 * isn't `active` (V-30, V-31).
 */
export function targetAvailable(route: Route, vpc: string, network: Network): boolean {
  switch (route.targetKind) {
    case "igw":
      return network.internetGateways.get(route.target)?.vpc === vpc;
    case "nat":
      return network.natGateways.get(route.target)?.state === "available";
    case "pcx":
      return network.peeringConnections.get(route.target)?.state === "active";
    default:
      return true;
  }
}

/** How a route reads in a trace: `0.0.0.0/0 → igw-1`, `pl-s3 → vpce-s3`. */
export function describeRoute(route: Route): { destination: string; target: string } {
  const d = route.destination;
  return { destination: d.kind === "cidr" ? formatCidr(d.cidr) : d.id, target: route.target };
}

/** A transit gateway route that matched: to an attached VPC, or `blackhole`. */
export interface TgwMatch {
  target: string;
  destination: string;
  propagated: boolean;
}

/**
 * The transit gateway's single route table: one propagated route per CIDR of each attached VPC plus the static
 * routes; most specific first, and on an identical CIDR a static route beats a propagated one (V-43, V-44).
 */
export function selectTgwRoute(tgw: TransitGateway, ip: IpAddress, network: Network): TgwMatch | null {
  const candidates = [
    ...tgw.routes.map((route) => ({ cidr: route.destination, target: route.target, propagated: false })),
    ...tgw.attachments.flatMap((vpc) =>
      (network.vpcs.get(vpc)?.cidrs ?? []).map((cidr) => ({ cidr, target: vpc, propagated: true })),
    ),
  ].filter((candidate) => cidrContains(candidate.cidr, ip));
  let best: (typeof candidates)[number] | null = null;
  for (const candidate of candidates) {
    if (
      best === null ||
      candidate.cidr.prefix > best.cidr.prefix ||
      (candidate.cidr.prefix === best.cidr.prefix && best.propagated && !candidate.propagated)
    )
      best = candidate;
  }
  if (best === null) return null;
  return { target: best.target, destination: formatCidr(best.cidr), propagated: best.propagated };
}
