import { cidrContains, formatIp, parseIp, type IpAddress } from "../net";
import { inputProblem, type InputProblem } from "../input-issue";
import type { ParsedVpcInput } from "./schema";
import type { Flow, FlowSource, FlowTarget, Network } from "./types";

/** The address that stands for "the internet" (TEST-NET-2, SIM_CONTRACT.md). */
export const INTERNET_ADDRESS: IpAddress = parseIp("198.51.100.7") ?? { family: 4, value: 0n };

function insideAnyVpc(network: Network, ip: IpAddress): boolean {
  return [...network.vpcs.values()].some((vpc) => vpc.cidrs.some((cidr) => cidrContains(cidr, ip)));
}

function sourceVpc(network: Network, from: FlowSource): string | null {
  return from.kind === "instance" ? (network.instances.get(from.id)?.vpc ?? null) : null;
}

/** What an address names: an instance (private first, the source's VPC first), a service, or the internet. */
function resolveAddress(
  network: Network,
  ip: IpAddress,
  fromVpc: string | null,
  path: (string | number)[],
): FlowTarget | InputProblem {
  const instances = [...network.instances.values()].sort(
    (a, b) => Number(b.vpc === fromVpc) - Number(a.vpc === fromVpc),
  );
  const byPrivate = instances.find((i) => i.privateIp.value === ip.value);
  if (byPrivate) return { kind: "instance", id: byPrivate.id, address: "private", ip };
  const byPublic = instances.find((i) => i.publicIp?.value === ip.value);
  if (byPublic) return { kind: "instance", id: byPublic.id, address: "public", ip };
  const text = formatIp(ip);
  const nat = [...network.natGateways.values()].find((g) => g.elasticIp?.value === ip.value);
  if (nat)
    return inputProblem(
      path,
      "natAddress",
      { id: nat.id },
      `${text} is ${nat.id}'s address: connections can't be opened towards a NAT gateway`,
    );
  if (insideAnyVpc(network, ip))
    return inputProblem(path, "unassignedAddress", {}, `${text} is inside a VPC CIDR but no instance holds it`);
  const list = [...network.prefixLists.values()].find(
    (pl) => pl.service !== null && pl.cidrs.some((cidr) => cidrContains(cidr, ip)),
  );
  if (list?.service) return { kind: "service", service: list.service, ip };
  return { kind: "internet", ip };
}

type ParsedFlow = ParsedVpcInput["flow"];

function resolveSource(network: Network, from: ParsedFlow["from"]): FlowSource | InputProblem {
  if (from === "internet") return { kind: "internet", ip: INTERNET_ADDRESS };
  if ("instance" in from) {
    if (!network.instances.has(from.instance))
      return inputProblem(
        ["flow", "from", "instance"],
        "unknownReference",
        { id: from.instance },
        `unknown id ${from.instance}`,
      );
    return { kind: "instance", id: from.instance };
  }
  if (insideAnyVpc(network, from.ip))
    return inputProblem(
      ["flow", "from", "ip"],
      "flowInsideVpc",
      {},
      "inside a modelled VPC CIDR: start from the instance",
    );
  return { kind: "internet", ip: from.ip };
}

function resolveTarget(network: Network, flow: ParsedFlow, from: FlowSource): FlowTarget | InputProblem {
  const { to } = flow;
  const fromVpc = sourceVpc(network, from);
  if (to === "internet") return { kind: "internet", ip: INTERNET_ADDRESS };
  if ("instance" in to) {
    const instance = network.instances.get(to.instance);
    if (instance === undefined)
      return inputProblem(
        ["flow", "to", "instance"],
        "unknownReference",
        { id: to.instance },
        `unknown id ${to.instance}`,
      );
    if (to.address !== "public" || from.kind === "internet")
      return { kind: "instance", id: instance.id, address: "private", ip: instance.privateIp };
    if (instance.publicIp === null)
      return inputProblem(
        ["flow", "to", "address"],
        "noPublicIp",
        { id: instance.id },
        `${instance.id} has no public IPv4`,
      );
    return { kind: "instance", id: instance.id, address: "public", ip: instance.publicIp };
  }
  if ("service" in to) {
    if (to.ip !== undefined) return { kind: "service", service: to.service, ip: to.ip };
    const region = to.region ?? (fromVpc === null ? null : network.vpcs.get(fromVpc)?.region) ?? "us-east-1";
    const list = [...network.prefixLists.values()].find((pl) => pl.service === to.service && pl.region === region);
    const first = list?.cidrs[0];
    if (first === undefined)
      return inputProblem(
        ["flow", "to"],
        "noServiceAddress",
        { name: to.service, value: region },
        `no prefix list for ${to.service} in ${region}: give ip`,
      );
    return { kind: "service", service: to.service, ip: { family: 4, value: first.network } };
  }
  return resolveAddress(network, to.ip, fromVpc, ["flow", "to", "ip"]);
}

/** Resolves the flow's ends to addresses (SIM_CONTRACT.md `flow`); what cannot be resolved is an input error. */
export function resolveFlow(network: Network, flow: ParsedFlow): Flow | InputProblem {
  const from = resolveSource(network, flow.from);
  if ("inputError" in from) return from;
  let to = resolveTarget(network, flow, from);
  if ("inputError" in to) return to;
  if (from.kind === "internet") {
    if (to.kind !== "instance")
      return inputProblem(
        ["flow", "to"],
        "internetToInstance",
        {},
        "from the internet, the destination must be an instance",
      );
    const instance = network.instances.get(to.id);
    to = { kind: "instance", id: to.id, address: "public", ip: instance?.publicIp ?? to.ip };
  }
  if (from.kind === "instance" && to.kind === "instance" && from.id === to.id)
    return inputProblem(["flow", "to"], "sameEnds", {}, "the source and the destination are the same instance");
  return {
    from,
    to,
    protocol: flow.protocol,
    port: flow.port,
    icmpType: flow.icmpType,
    icmpCode: flow.icmpCode,
    sourcePort: flow.sourcePort,
    natSourcePort: flow.natSourcePort,
  };
}
