import { describeRoute, selectRoute, selectTgwRoute, targetAvailable } from "./routing";
import type { Subnet } from "./types";
import type { Hop, Node, Walker } from "./walk";

function subnetOf(node: Node): string | null {
  return node.kind === "instance" || node.kind === "nat" ? node.subnet : null;
}

/**
 * The route back from the replying node's subnet must select the component the request came through: `local`, the
 * same peering connection (AWS does no reverse path forwarding, V-28), the same transit gateway (whose own table must
 * lead back to the sender's VPC), the same internet gateway. An unavailable target is `blackhole`; another component
 * is `route`.
 */
function routeBack(w: Walker, subnet: Subnet, hop: Hop, senderSubnet: Subnet | null): boolean {
  const { network } = w;
  const table = network.routeTables.get(subnet.routeTable);
  if (table === undefined) return false;
  const match = selectRoute(table, hop.source, network);
  if (match === null) {
    w.record("reply", "route", table.id, "route", { reason: "no-route" });
    return false;
  }
  const { route } = match;
  const routeText = describeRoute(route);
  const { via } = hop;
  const same = via.kind === "local" ? route.targetKind === "local" : "id" in via && route.target === via.id;
  const available = targetAvailable(route, subnet.vpc, network);
  if (!same || !available) {
    const reason = available ? "other-component" : "unavailable";
    w.record("reply", "route", table.id, available ? "route" : "blackhole", { route: routeText, reason });
    return false;
  }
  w.record("reply", "route", table.id, null, { route: routeText });
  if (via.kind !== "tgw") return true;
  const tgw = network.transitGateways.get(via.id);
  const back = tgw && selectTgwRoute(tgw, hop.source, network);
  const tgwRoute = back ? { destination: back.destination, target: back.target } : undefined;
  if (!back) {
    w.record("reply", "transit-gateway", via.id, "route", { reason: "no-route" });
    return false;
  }
  if (back.target === "blackhole") {
    w.record("reply", "transit-gateway", via.id, "blackhole", { route: tgwRoute, reason: "blackhole-route" });
    return false;
  }
  if (back.target !== senderSubnet?.vpc) {
    w.record("reply", "transit-gateway", via.id, "route", { route: tgwRoute, reason: "other-vpc" });
    return false;
  }
  w.record("reply", "transit-gateway", via.id, null, { route: tgwRoute });
  return true;
}

/** True when the protocol answers: ICMP echo (type 8) is answered by type 0; other ICMP types get no reply. */
export function hasReply(w: Walker): boolean {
  const { flow } = w;
  return flow.icmpType === null || flow.icmpType === 8;
}

/**
 * Walks the reply back over the request's hops in reverse order. NACLs are stateless (N1): on each hop that crossed
 * subnets the replier's NACL-out and the receiver's NACL-in see the reply, to the hop's source port (the client's
 * ephemeral port, or the NAT device's, N7, V-18). Security groups are stateful and never check a reply (SG1).
 */
export function walkReply(w: Walker): void {
  if (!hasReply(w)) return;
  for (const hop of [...w.walk.hops].reverse()) {
    if (hop.via.kind === "same-subnet") continue;
    const port = w.flow.port === null ? null : hop.replyPort;
    const replierSubnet = subnetOf(hop.receiver);
    const receiverSubnet = subnetOf(hop.sender);
    const receiver = receiverSubnet === null ? null : w.subnet(receiverSubnet);
    if (replierSubnet !== null) {
      const subnet = w.subnet(replierSubnet);
      w.nacl("reply", "out", subnet, hop.source, port);
      if (w.walk.failure !== null) return;
      if (!routeBack(w, subnet, hop, receiver)) return;
    }
    if (receiver !== null) w.nacl("reply", "in", receiver, hop.destination, port);
    if (w.walk.failure !== null) return;
  }
}
