import { cidrContains, type IpAddress } from "../net";
import { describeRoute, selectRoute, selectTgwRoute, targetAvailable } from "./routing";
import type { Instance, NatGateway, Route, RouteTable, Subnet } from "./types";
import type { Node, Walker } from "./walk";

/** Bounds the NAT devices a request may pass through, so a routing loop between them ends as a `route` failure. */
const MAX_SENDERS = 8;

type Sender = { kind: "instance"; instance: Instance } | { kind: "nat"; nat: NatGateway };

function senderNode(sender: Sender): Node {
  return sender.kind === "instance"
    ? { kind: "instance", id: sender.instance.id, subnet: sender.instance.subnet }
    : { kind: "nat", id: sender.nat.id, subnet: sender.nat.subnet };
}

/** The public IPv4 a sender gets beyond an internet gateway: its own, or a public NAT gateway's Elastic IP (V-10, V-16). */
function publicAddress(sender: Sender): IpAddress | null {
  return sender.kind === "instance"
    ? sender.instance.publicIp
    : sender.nat.connectivity === "public"
      ? sender.nat.elasticIp
      : null;
}

/**
 * The second half of a flow that arrives from the internet: the destination's public IPv4, an internet gateway
 * attached to its VPC, then its subnet's NACL and its security groups (V-8, V-10).
 */
function fromInternet(w: Walker, source: IpAddress, replyPort: number): void {
  const { flow, network } = w;
  if (flow.to.kind !== "instance") return;
  const destination = w.instance(flow.to.id);
  if (destination.publicIp === null) {
    w.record("request", "public-ip", destination.id, "no-public-ip", { reason: "inbound" });
    return;
  }
  const igw = [...network.internetGateways.values()].find((gateway) => gateway.vpc === destination.vpc);
  if (igw === undefined) {
    w.record("request", "igw", destination.vpc, "igw-missing");
    return;
  }
  w.record("request", "igw", igw.id, null);
  w.walk.path.push(igw.id, destination.subnet, destination.id);
  w.walk.hops.push({
    sender: { kind: "internet" },
    receiver: { kind: "instance", id: destination.id, subnet: destination.subnet },
    via: { kind: "igw", id: igw.id },
    source,
    destination: destination.publicIp,
    replyPort,
  });
  w.nacl("request", "in", w.subnet(destination.subnet), source, flow.port);
  w.sgIn(destination, source);
}

/** Delivery to the destination instance in another subnet: its NACL in, then its security groups (N8). */
function arrive(w: Walker, destination: Instance, source: IpAddress): void {
  w.walk.path.push(destination.subnet, destination.id);
  w.nacl("request", "in", w.subnet(destination.subnet), source, w.flow.port);
  w.sgIn(destination, source);
}

/** The subnet of the next node when the route leads to a NAT device (for the NACL-out exception). */
function nextSubnet(w: Walker, route: Route | undefined): string | null {
  if (route?.targetKind === "nat") return w.network.natGateways.get(route.target)?.subnet ?? null;
  if (route?.targetKind === "instance") return w.network.instances.get(route.target)?.subnet ?? null;
  return null;
}

interface Step {
  sender: Sender;
  subnet: Subnet;
  table: RouteTable;
  source: IpAddress;
  replyPort: number;
}

/** What follows the selected route; a NAT device returns the next sender. */
function follow(w: Walker, step: Step, route: Route): Sender | null {
  const { network, flow } = w;
  const { subnet, table, source, replyPort } = step;
  const destination = flow.to.ip;
  const destinationId = w.privateDestination();
  const node = senderNode(step.sender);
  const routeText = describeRoute(route);
  const routeOk = () => w.record("request", "route", table.id, null, { route: routeText });
  const hop = (receiver: Node, via: Parameters<Walker["walk"]["hops"]["push"]>[0]["via"]) =>
    w.walk.hops.push({ sender: node, receiver, via, source, destination, replyPort });
  switch (route.targetKind) {
    case "local": {
      const holder = w.holder(subnet.vpc, destination);
      if (holder === undefined || holder.id !== destinationId) {
        w.record("request", "route", table.id, "route", { route: routeText, reason: "no-holder" });
        return null;
      }
      routeOk();
      hop({ kind: "instance", id: holder.id, subnet: holder.subnet }, { kind: "local" });
      arrive(w, holder, source);
      return null;
    }
    case "igw": {
      if (w.insideAnyVpc(destination)) {
        w.record("request", "route", table.id, "route", { route: routeText, reason: "igw-to-vpc" });
        return null;
      }
      routeOk();
      const publicIp = publicAddress(step.sender);
      w.record(
        "request",
        "public-ip",
        node.kind === "instance" || node.kind === "nat" ? node.id : "",
        publicIp === null ? "no-public-ip" : null,
      );
      w.walk.path.push(route.target);
      const to = flow.to;
      hop(to.kind === "service" ? { kind: "service", name: to.service } : { kind: "internet" }, {
        kind: "igw",
        id: route.target,
      });
      if (to.kind === "service") {
        w.walk.path.push(to.service);
        return null;
      }
      w.walk.path.push("internet");
      if (to.kind === "instance") fromInternet(w, publicIp ?? source, replyPort);
      return null;
    }
    case "vpce": {
      routeOk();
      const service =
        flow.to.kind === "service" ? flow.to.service : (network.vpcEndpoints.get(route.target)?.service ?? "");
      hop({ kind: "service", name: service }, { kind: "vpce", id: route.target });
      w.walk.path.push(route.target, service);
      return null;
    }
    case "pcx": {
      routeOk();
      w.walk.path.push(route.target);
      const pcx = network.peeringConnections.get(route.target);
      const peerVpc = pcx?.vpcs.find((vpc) => vpc !== subnet.vpc) ?? "";
      const peerCidrs = network.vpcs.get(peerVpc)?.cidrs ?? [];
      if (!peerCidrs.some((cidr) => cidrContains(cidr, destination))) {
        const denied = w.insideAnyVpc(destination) ? "peering-not-transitive" : "peering-edge-to-edge";
        w.record("request", "peering", route.target, denied);
        return null;
      }
      const holder = w.holder(peerVpc, destination);
      if (holder === undefined || holder.id !== destinationId) {
        w.record("request", "peering", route.target, "route", { reason: "no-holder" });
        return null;
      }
      w.record("request", "peering", route.target, null);
      hop({ kind: "instance", id: holder.id, subnet: holder.subnet }, { kind: "pcx", id: route.target });
      arrive(w, holder, source);
      return null;
    }
    case "tgw": {
      routeOk();
      w.walk.path.push(route.target);
      const tgw = network.transitGateways.get(route.target);
      const match = tgw && selectTgwRoute(tgw, destination, network);
      const tgwRoute = match ? { destination: match.destination, target: match.target } : undefined;
      if (!match) {
        w.record("request", "transit-gateway", route.target, "route", { reason: "no-route" });
        return null;
      }
      if (match.target === "blackhole") {
        w.record("request", "transit-gateway", route.target, "blackhole", {
          route: tgwRoute,
          reason: "blackhole-route",
        });
        return null;
      }
      if (!(network.vpcs.get(match.target)?.cidrs ?? []).some((cidr) => cidrContains(cidr, destination))) {
        w.failInput(w.tgwOutside(route.target));
        return null;
      }
      const holder = w.holder(match.target, destination);
      if (holder === undefined || holder.id !== destinationId) {
        w.record("request", "transit-gateway", route.target, "route", { route: tgwRoute, reason: "no-holder" });
        return null;
      }
      w.record("request", "transit-gateway", route.target, null, { route: tgwRoute });
      hop({ kind: "instance", id: holder.id, subnet: holder.subnet }, { kind: "tgw", id: route.target });
      arrive(w, holder, source);
      return null;
    }
    case "nat": {
      routeOk();
      const nat = network.natGateways.get(route.target);
      if (nat === undefined) return null;
      w.walk.path.push(nat.id);
      const same = nat.subnet === subnet.id;
      hop({ kind: "nat", id: nat.id, subnet: nat.subnet }, same ? { kind: "same-subnet" } : { kind: "local" });
      if (!same) w.nacl("request", "in", w.subnet(nat.subnet), source, flow.port);
      const name = flow.protocol.kind === "number" ? flow.protocol.name : null;
      const supported = name === "tcp" || name === "udp" || name === "icmp";
      w.record("request", "nat-protocol", nat.id, supported ? null : "nat-unsupported-protocol");
      return { kind: "nat", nat };
    }
    case "instance": {
      routeOk();
      const device = w.instance(route.target);
      w.walk.path.push(device.id);
      const same = device.subnet === subnet.id;
      hop(
        { kind: "instance", id: device.id, subnet: device.subnet },
        same ? { kind: "same-subnet" } : { kind: "local" },
      );
      if (!same) w.nacl("request", "in", w.subnet(device.subnet), source, flow.port);
      w.record("request", "source-dest-check", device.id, device.sourceDestCheck ? "source-dest-check" : null);
      w.sgIn(device, source);
      return { kind: "instance", instance: device };
    }
    case "eigw":
      w.record("request", "route", table.id, "route", { route: routeText, reason: "ipv6-only" });
      return null;
  }
}

/**
 * Walks the request hop by hop in the contract's order: at each sending node its SG-out, its subnet's NACL-out,
 * the route, the gateway's own condition, then the receiving node's NACL-in and SG-in. The path grows by routing
 * alone: failed checks are recorded but never shorten it (SIM_CONTRACT.md `path`).
 */
export function walkRequest(w: Walker): void {
  const { flow, network } = w;
  const { path } = w.walk;
  if (flow.from.kind === "internet") {
    path.push("internet");
    fromInternet(w, flow.from.ip, flow.sourcePort);
    return;
  }
  const first = w.instance(flow.from.id);
  path.push(first.id);
  let sender: Sender = { kind: "instance", instance: first };
  let source = first.privateIp;
  let replyPort = flow.sourcePort;
  const destination = flow.to.ip;
  const destinationId = w.privateDestination();
  for (let count = 0; count < MAX_SENDERS; count++) {
    const node = senderNode(sender);
    if (node.kind !== "instance" && node.kind !== "nat") return;
    const subnet = w.subnet(node.subnet);
    path.push(subnet.id);
    const sending = sender.kind === "instance" ? sender.instance : null;
    if (destinationId !== null && w.instance(destinationId).subnet === subnet.id) {
      const target = w.instance(destinationId);
      if (sending) w.sgOut(sending, destination);
      path.push(target.id);
      w.walk.hops.push({
        sender: node,
        receiver: { kind: "instance", id: target.id, subnet: target.subnet },
        via: { kind: "same-subnet" },
        source,
        destination,
        replyPort,
      });
      w.sgIn(target, source);
      return;
    }
    const table = network.routeTables.get(subnet.routeTable);
    if (table === undefined) return;
    path.push(table.id);
    const route = selectRoute(table, destination, network)?.route;
    if (sending) w.sgOut(sending, destination);
    if (nextSubnet(w, route) !== subnet.id) w.nacl("request", "out", subnet, destination, flow.port);
    if (route === undefined) {
      w.record("request", "route", table.id, "route", { reason: "no-route" });
      return;
    }
    if (!targetAvailable(route, subnet.vpc, network)) {
      w.record("request", "route", table.id, "blackhole", { route: describeRoute(route), reason: "unavailable" });
      return;
    }
    const next = follow(w, { sender, subnet, table, source, replyPort }, route);
    if (next === null) return;
    sender = next;
    source = next.kind === "instance" ? next.instance.privateIp : next.nat.privateIp;
    replyPort = flow.natSourcePort;
  }
  const last = network.subnets.get(path.findLast((id) => network.subnets.has(id)) ?? "");
  w.record("request", "route", last?.routeTable ?? "", "route", { reason: "loop" });
}
