import { formatCidr, parseCidr } from "../net";
import { inputProblem, type InputProblem } from "../input-issue";
import type { ParsedVpcInput } from "./schema";
import type { Network, Route, RouteDestination, RouteTargetKind } from "./types";

const TARGET_PREFIXES: [string, RouteTargetKind][] = [
  ["igw-", "igw"],
  ["nat-", "nat"],
  ["pcx-", "pcx"],
  ["vpce-", "vpce"],
  ["tgw-", "tgw"],
  ["eigw-", "eigw"],
  ["i-", "instance"],
];

function targetKind(target: string): RouteTargetKind | null {
  if (target === "local") return "local";
  return TARGET_PREFIXES.find(([prefix]) => target.startsWith(prefix))?.[1] ?? null;
}

function destinationKey(destination: RouteDestination): string {
  return destination.kind === "cidr" ? `${destination.cidr.network}/${destination.cidr.prefix}` : destination.id;
}

type Path = (string | number)[];

/** Where a listed route's target must be, per SIM_CONTRACT.md: the same VPC, a peering that joins it, an attachment. */
function checkTarget(route: Route, vpc: string, network: Network, path: Path): InputProblem | undefined {
  const { target } = route;
  const unknown = () => inputProblem([...path, "target"], "unknownReference", { id: target }, `unknown id ${target}`);
  const otherVpc = () => inputProblem([...path, "target"], "otherVpc", { id: target }, `${target} is in another VPC`);
  switch (route.targetKind) {
    case "local": {
      const own = network.vpcs.get(vpc)?.cidrs ?? [];
      const d = route.destination;
      if (d.kind !== "cidr" || !own.some((c) => c.network === d.cidr.network && c.prefix === d.cidr.prefix))
        return inputProblem([...path, "destination"], "localRoute", {}, "a local route covers only a CIDR of the VPC");
      return undefined;
    }
    case "igw":
      return network.internetGateways.has(target) ? undefined : unknown();
    case "nat": {
      const nat = network.natGateways.get(target);
      if (nat === undefined) return unknown();
      return network.subnets.get(nat.subnet)?.vpc === vpc ? undefined : otherVpc();
    }
    case "instance": {
      const instance = network.instances.get(target);
      if (instance === undefined) return unknown();
      return instance.vpc === vpc ? undefined : otherVpc();
    }
    case "pcx": {
      const pcx = network.peeringConnections.get(target);
      if (pcx === undefined) return unknown();
      if (pcx.vpcs.includes(vpc)) return undefined;
      return inputProblem([...path, "target"], "peeringNotJoined", { id: target }, `${target} does not join ${vpc}`);
    }
    case "tgw": {
      const tgw = network.transitGateways.get(target);
      if (tgw === undefined) return unknown();
      if (tgw.attachments.includes(vpc)) return undefined;
      return inputProblem(
        [...path, "target"],
        "tgwNotAttached",
        { id: target },
        `${target} has no attachment for ${vpc}`,
      );
    }
    case "vpce": {
      const endpoint = network.vpcEndpoints.get(target);
      if (endpoint === undefined) return unknown();
      if (endpoint.vpc !== vpc) return otherVpc();
      const region = network.vpcs.get(vpc)?.region;
      const d = route.destination;
      const list = d.kind === "prefix-list" ? network.prefixLists.get(d.id) : undefined;
      if (list?.service === endpoint.service && list.region === region) return undefined;
      return inputProblem(
        [...path, "destination"],
        "endpointRoute",
        { id: target },
        `must be the prefix list of ${endpoint.service} in ${region ?? "the VPC's Region"}`,
      );
    }
    case "eigw":
      return undefined;
  }
}

/**
 * Builds every route table: its listed routes, then the implicit local route of each VPC CIDR (V-2). Input errors:
 * a bad destination or target, two routes to one destination, a target the contract places elsewhere, middlebox
 * routing (a subnet's CIDR to a NAT gateway or an instance: not modelled, V-3) and two prefix-list routes sharing a
 * CIDR (AWS would pick one at random, V-4).
 */
export function checkRoutes(input: ParsedVpcInput, network: Network): InputProblem | undefined {
  for (const [tableIndex, table] of input.routeTables.entries()) {
    const routes: Route[] = [];
    const seen = new Set<string>();
    for (const [index, raw] of table.routes.entries()) {
      const path: Path = ["routeTables", tableIndex, "routes", index];
      let destination: RouteDestination;
      if (raw.destination.startsWith("pl-")) {
        if (!network.prefixLists.has(raw.destination))
          return inputProblem(
            [...path, "destination"],
            "unknownReference",
            { id: raw.destination },
            `unknown id ${raw.destination}`,
          );
        destination = { kind: "prefix-list", id: raw.destination };
      } else {
        const cidr = parseCidr(raw.destination);
        if (cidr === null || cidr.family !== 4)
          return inputProblem([...path, "destination"], "routeDestination", {}, "not an IPv4 CIDR or a prefix list id");
        destination = { kind: "cidr", cidr, text: raw.destination };
      }
      const kind = targetKind(raw.target);
      if (kind === null)
        return inputProblem(
          [...path, "target"],
          "routeTarget",
          {},
          "not local or an igw, nat, pcx, vpce, tgw, eigw or instance id",
        );
      const route: Route = { destination, target: raw.target, targetKind: kind, listed: true };
      const key = destinationKey(destination);
      if (seen.has(key))
        return inputProblem(
          [...path, "destination"],
          "duplicateRoute",
          { value: raw.destination },
          "duplicate destination",
        );
      seen.add(key);
      const problem = checkTarget(route, table.vpc, network, path);
      if (problem) return problem;
      if (
        (kind === "nat" || kind === "instance") &&
        destination.kind === "cidr" &&
        [...network.subnets.values()].some(
          (s) =>
            s.vpc === table.vpc &&
            s.cidr.network === destination.cidr.network &&
            s.cidr.prefix === destination.cidr.prefix,
        )
      )
        return inputProblem(
          [...path, "destination"],
          "middleboxRoute",
          {},
          "middlebox routing (a subnet CIDR to a NAT device) is not modelled",
        );
      if (kind !== "local") routes.push(route);
    }
    const keys = routes.flatMap((r) => {
      const cidrs =
        r.destination.kind === "prefix-list" ? (network.prefixLists.get(r.destination.id)?.cidrs ?? []) : [];
      return [...new Set(cidrs.map((c) => `${c.network}/${c.prefix}`))];
    });
    if (new Set(keys).size < keys.length)
      return inputProblem(
        ["routeTables", tableIndex, "routes"],
        "prefixListTie",
        { id: table.id },
        "two prefix-list routes share a CIDR",
      );
    for (const cidr of network.vpcs.get(table.vpc)?.cidrs ?? [])
      routes.push({
        destination: { kind: "cidr", cidr, text: formatCidr(cidr) },
        target: "local",
        targetKind: "local",
        listed: false,
      });
    network.routeTables.set(table.id, { id: table.id, vpc: table.vpc, main: table.main, routes });
    network.order.routeTables.push(table.id);
  }
  return undefined;
}
