import { cidrContains, formatIp } from "../net";
import { inputProblem, type InputProblem } from "../input-issue";
import type { SecurityGroup, SgRule } from "../sg/types";
import type { ParsedVpcInput } from "./schema";
import { checkRoutes } from "./check-routes";
import { cidrsOverlap, cidrWithin } from "./cidr-relations";
import type { Instance, NatGateway, Network, Subnet } from "./types";

type Problem = InputProblem | undefined;

function unknown(path: (string | number)[], id: string): InputProblem {
  return inputProblem(path, "unknownReference", { id }, `unknown id ${id}`);
}

const LIST_KEYS = [
  "vpcs",
  "subnets",
  "routeTables",
  "internetGateways",
  "natGateways",
  "peeringConnections",
  "vpcEndpoints",
  "prefixLists",
  "transitGateways",
  "securityGroups",
  "networkAcls",
  "instances",
] as const;

function duplicateIds(input: ParsedVpcInput): Problem {
  const seen = new Set<string>();
  for (const key of LIST_KEYS) {
    for (const [index, item] of input[key].entries()) {
      if (seen.has(item.id))
        return inputProblem([key, index, "id"], "duplicateId", { id: item.id }, `duplicate id ${item.id}`);
      seen.add(item.id);
    }
  }
  return undefined;
}

function buildSubnets(input: ParsedVpcInput, network: Network): Problem {
  for (const [index, raw] of input.subnets.entries()) {
    const vpc = network.vpcs.get(raw.vpc);
    if (vpc === undefined) return unknown(["subnets", index, "vpc"], raw.vpc);
    if (!vpc.cidrs.some((cidr) => cidrWithin(raw.cidr.cidr, cidr)))
      return inputProblem(
        ["subnets", index, "cidr"],
        "subnetOutsideVpc",
        { id: vpc.id },
        `not inside a CIDR of ${vpc.id}`,
      );
    for (const other of network.subnets.values()) {
      if (other.vpc === vpc.id && cidrsOverlap(other.cidr, raw.cidr.cidr))
        return inputProblem(["subnets", index, "cidr"], "subnetOverlap", { id: other.id }, `overlaps ${other.id}`);
    }
    let routeTable = raw.routeTable;
    if (routeTable === undefined) {
      const main = input.routeTables.filter((table) => table.vpc === vpc.id && table.main);
      if (main[0] === undefined)
        return inputProblem(
          ["subnets", index, "routeTable"],
          "noMainRouteTable",
          { id: vpc.id },
          `required: ${vpc.id} has no main route table`,
        );
      routeTable = main[0].id;
    } else {
      const table = input.routeTables.find((t) => t.id === routeTable);
      if (table === undefined) return unknown(["subnets", index, "routeTable"], routeTable);
      if (table.vpc !== vpc.id)
        return inputProblem(
          ["subnets", index, "routeTable"],
          "otherVpc",
          { id: routeTable },
          `${routeTable} is in another VPC`,
        );
    }
    if (raw.networkAcl !== undefined && !input.networkAcls.some((acl) => acl.id === raw.networkAcl))
      return unknown(["subnets", index, "networkAcl"], raw.networkAcl);
    const subnet: Subnet = {
      id: raw.id,
      vpc: vpc.id,
      az: raw.az ?? null,
      cidr: raw.cidr.cidr,
      routeTable,
      networkAcl: raw.networkAcl ?? null,
    };
    network.subnets.set(subnet.id, subnet);
  }
  return undefined;
}

function checkRouteTables(input: ParsedVpcInput): Problem {
  const mains = new Set<string>();
  for (const [index, table] of input.routeTables.entries()) {
    if (!input.vpcs.some((vpc) => vpc.id === table.vpc)) return unknown(["routeTables", index, "vpc"], table.vpc);
    if (!table.main) continue;
    if (mains.has(table.vpc))
      return inputProblem(
        ["routeTables", index, "main"],
        "twoMainRouteTables",
        { id: table.vpc },
        `${table.vpc} already has a main route table`,
      );
    mains.add(table.vpc);
  }
  return undefined;
}

function buildGateways(input: ParsedVpcInput, network: Network): Problem {
  const attached = new Set<string>();
  for (const [index, igw] of input.internetGateways.entries()) {
    if (igw.vpc !== null) {
      if (!network.vpcs.has(igw.vpc)) return unknown(["internetGateways", index, "vpc"], igw.vpc);
      if (attached.has(igw.vpc))
        return inputProblem(
          ["internetGateways", index, "vpc"],
          "twoInternetGateways",
          { id: igw.vpc },
          `${igw.vpc} already has an internet gateway attached`,
        );
      attached.add(igw.vpc);
    }
    network.internetGateways.set(igw.id, { id: igw.id, vpc: igw.vpc });
  }
  for (const [index, nat] of input.natGateways.entries()) {
    const subnet = network.subnets.get(nat.subnet);
    if (subnet === undefined) return unknown(["natGateways", index, "subnet"], nat.subnet);
    if (nat.connectivity === "public" && nat.elasticIp === undefined)
      return inputProblem(
        ["natGateways", index, "elasticIp"],
        "elasticIpRequired",
        {},
        "required for a public NAT gateway",
      );
    if (nat.connectivity === "private" && nat.elasticIp !== undefined)
      return inputProblem(
        ["natGateways", index, "elasticIp"],
        "elasticIpForbidden",
        {},
        "a private NAT gateway has no Elastic IP",
      );
    const privateIp = nat.privateIp ?? { family: 4 as const, value: subnet.cidr.network + 4n };
    if (!cidrContains(subnet.cidr, privateIp))
      return inputProblem(
        ["natGateways", index, "privateIp"],
        "ipOutsideSubnet",
        { id: subnet.id },
        `not inside ${subnet.id}`,
      );
    const gateway: NatGateway = {
      id: nat.id,
      subnet: subnet.id,
      connectivity: nat.connectivity,
      elasticIp: nat.elasticIp ?? null,
      privateIp,
      state: nat.state,
    };
    network.natGateways.set(gateway.id, gateway);
    network.order.natGateways.push(gateway.id);
  }
  for (const [index, pcx] of input.peeringConnections.entries()) {
    for (const [side, vpc] of pcx.vpcs.entries())
      if (!network.vpcs.has(vpc)) return unknown(["peeringConnections", index, "vpcs", side], vpc);
    if (pcx.vpcs[0] === pcx.vpcs[1])
      return inputProblem(["peeringConnections", index, "vpcs"], "samePeeringVpc", {}, "must name two different VPCs");
    network.peeringConnections.set(pcx.id, { id: pcx.id, vpcs: pcx.vpcs, state: pcx.state });
    network.order.peeringConnections.push(pcx.id);
  }
  for (const [index, endpoint] of input.vpcEndpoints.entries()) {
    if (!network.vpcs.has(endpoint.vpc)) return unknown(["vpcEndpoints", index, "vpc"], endpoint.vpc);
    network.vpcEndpoints.set(endpoint.id, endpoint);
  }
  for (const list of input.prefixLists) {
    const region = list.service === undefined ? null : (list.region ?? "us-east-1");
    network.prefixLists.set(list.id, {
      id: list.id,
      cidrs: list.cidrs.map((c) => c.cidr),
      service: list.service ?? null,
      region,
    });
  }
  for (const [index, tgw] of input.transitGateways.entries()) {
    for (const [at, vpc] of tgw.attachments.entries())
      if (!network.vpcs.has(vpc)) return unknown(["transitGateways", index, "attachments", at], vpc);
    const seen = new Set<string>();
    for (const [at, route] of tgw.routes.entries()) {
      const path = ["transitGateways", index, "routes", at];
      if (route.target !== "blackhole" && !tgw.attachments.includes(route.target))
        return inputProblem(
          [...path, "target"],
          "tgwNotAttached",
          { id: route.target },
          `${route.target} is not attached`,
        );
      const key = `${route.destination.cidr.network}/${route.destination.cidr.prefix}`;
      if (seen.has(key))
        return inputProblem(
          [...path, "destination"],
          "duplicateRoute",
          { value: route.destination.text },
          "duplicate route",
        );
      seen.add(key);
    }
    network.transitGateways.set(tgw.id, {
      id: tgw.id,
      attachments: tgw.attachments,
      routes: tgw.routes.map((r) => ({ destination: r.destination.cidr, text: r.destination.text, target: r.target })),
    });
  }
  return undefined;
}

/** Each SG rule naming a prefix list becomes one rule per CIDR of the list: SG rules are a union (SG4). */
function buildSecurityGroups(input: ParsedVpcInput, raw: unknown, network: Network): Problem {
  const rawGroups = (raw as { securityGroups?: unknown[] }).securityGroups ?? [];
  for (const [index, group] of input.securityGroups.entries()) {
    const rawGroup = rawGroups[index] as Record<string, unknown>;
    const origins = { inbound: [] as number[], outbound: [] as number[] };
    const expanded: SecurityGroup = { id: group.id, inbound: [], outbound: [] };
    for (const [direction, key] of [
      ["inbound", "source"],
      ["outbound", "destination"],
    ] as const) {
      const rawRules = Array.isArray(rawGroup[direction]) ? (rawGroup[direction] as Record<string, unknown>[]) : [];
      for (const [ruleIndex, rule] of group[direction].entries()) {
        const rawTarget = rawRules[ruleIndex]?.[key];
        const path = ["securityGroups", index, direction, ruleIndex, key];
        if (typeof rawTarget === "string" && rawTarget.startsWith("pl-")) {
          const list = network.prefixLists.get(rawTarget);
          if (list === undefined) return unknown(path, rawTarget);
          for (const cidr of list.cidrs) {
            const copy: SgRule = { ...rule, target: { kind: "cidr", cidr, text: rawTarget } };
            expanded[direction].push(copy);
            origins[direction].push(ruleIndex);
          }
          continue;
        }
        const { target } = rule;
        if (target.kind === "sg" && !input.securityGroups.some((g) => g.id === target.id))
          return inputProblem(path, "unknownGroup", { id: target.id }, `unknown security group ${target.id}`);
        expanded[direction].push(rule);
        origins[direction].push(ruleIndex);
      }
    }
    network.securityGroups.set(group.id, expanded);
    network.ruleOrigins.set(group.id, origins);
  }
  return undefined;
}

function buildInstances(input: ParsedVpcInput, network: Network): Problem {
  for (const [index, raw] of input.instances.entries()) {
    const subnet = network.subnets.get(raw.subnet);
    if (subnet === undefined) return unknown(["instances", index, "subnet"], raw.subnet);
    if (!cidrContains(subnet.cidr, raw.privateIp))
      return inputProblem(
        ["instances", index, "privateIp"],
        "ipOutsideSubnet",
        { id: subnet.id },
        `not inside ${subnet.id}`,
      );
    const taken = [...network.instances.values()].some(
      (other) => other.vpc === subnet.vpc && other.privateIp.value === raw.privateIp.value,
    );
    const nat = [...network.natGateways.values()].some(
      (gateway) =>
        network.subnets.get(gateway.subnet)?.vpc === subnet.vpc && gateway.privateIp.value === raw.privateIp.value,
    );
    if (taken || nat) {
      const value = formatIp(raw.privateIp);
      return inputProblem(
        ["instances", index, "privateIp"],
        "duplicateAddress",
        { value },
        `${value} is already in use`,
      );
    }
    if (raw.publicIp !== undefined && raw.elasticIp !== undefined)
      return inputProblem(
        ["instances", index, "elasticIp"],
        "publicAndElasticIp",
        {},
        "give publicIp or elasticIp, not both",
      );
    for (const [at, group] of raw.securityGroups.entries())
      if (!network.securityGroups.has(group))
        return inputProblem(
          ["instances", index, "securityGroups", at],
          "unknownGroup",
          { id: group },
          `unknown security group ${group}`,
        );
    const instance: Instance = {
      id: raw.id,
      subnet: subnet.id,
      vpc: subnet.vpc,
      privateIp: raw.privateIp,
      publicIp: raw.publicIp ?? raw.elasticIp ?? null,
      securityGroups: raw.securityGroups,
      sourceDestCheck: raw.sourceDestCheck,
    };
    network.instances.set(instance.id, instance);
  }
  return undefined;
}

function emptyNetwork(): Network {
  return {
    vpcs: new Map(),
    subnets: new Map(),
    routeTables: new Map(),
    internetGateways: new Map(),
    natGateways: new Map(),
    peeringConnections: new Map(),
    vpcEndpoints: new Map(),
    prefixLists: new Map(),
    transitGateways: new Map(),
    securityGroups: new Map(),
    ruleOrigins: new Map(),
    networkAcls: new Map(),
    instances: new Map(),
    order: { peeringConnections: [], routeTables: [], natGateways: [] },
  };
}

/**
 * Resolves every reference of a parsed input into a {@link Network}: unknown ids, resources of another VPC, subnets
 * outside their VPC, addresses outside their subnet and the route rules of SIM_CONTRACT.md are input errors, reported
 * in input order (first problem wins).
 */
export function buildNetwork(input: ParsedVpcInput, raw: unknown): Network | InputProblem {
  const network = emptyNetwork();
  const duplicate = duplicateIds(input);
  if (duplicate) return duplicate;
  for (const vpc of input.vpcs)
    network.vpcs.set(vpc.id, { id: vpc.id, cidrs: vpc.cidrs.map((c) => c.cidr), region: vpc.region });
  for (const acl of input.networkAcls) network.networkAcls.set(acl.id, acl);
  const problem =
    checkRouteTables(input) ??
    buildSubnets(input, network) ??
    buildGateways(input, network) ??
    buildSecurityGroups(input, raw, network) ??
    buildInstances(input, network) ??
    checkRoutes(input, network);
  return problem ?? network;
}
