import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { ALL_OUT, allowAll, peered, twoTier, withEntry } from "./vpc-fixtures";

function run(input: unknown): Record<string, unknown> {
  const result = simulate("vpc", input);
  if (!result.ok) throw new Error(result.inputError);
  return result.result;
}

const flow = (input: Record<string, unknown>, patch: Record<string, unknown>) => ({
  ...input,
  flow: { ...(input.flow as Record<string, unknown>), ...patch },
});

describe("vpc: routing (AWS_FACTS V-1 – V-7)", () => {
  it("walks the contract's example: private subnet → NAT gateway → internet gateway (V-14, V-20)", () => {
    expect(run(twoTier())).toMatchObject({
      reachable: true,
      blockedBy: null,
      at: null,
      path: ["i-app", "subnet-app", "rtb-main", "nat-1", "subnet-pub", "rtb-pub", "igw-1", "internet"],
    });
  });

  it("V-34: 'The endpoint route beats 0.0.0.0/0 → IGW for the service in the same Region'", () => {
    const result = run(flow(twoTier(), { to: { service: "s3" } }));
    expect(result.path).toEqual(["i-app", "subnet-app", "rtb-main", "vpce-s3", "s3"]);
  });

  it("V-34: 'traffic to the service in other Regions still goes to the IGW' (here through the NAT gateway)", () => {
    const result = run(flow(twoTier(), { to: { service: "s3", region: "us-west-2", ip: "52.92.0.10" } }));
    expect(result.path).toEqual(["i-app", "subnet-app", "rtb-main", "nat-1", "subnet-pub", "rtb-pub", "igw-1", "s3"]);
  });

  it("V-1: 'the most specific matching route (longest prefix match)' wins over 0.0.0.0/0", () => {
    const input = withEntry(twoTier(), "routeTables", "rtb-main", {
      routes: [
        { destination: "0.0.0.0/0", target: "nat-1" },
        { destination: "198.51.100.0/24", target: "tgw-1" },
      ],
    });
    const result = run({ ...input, transitGateways: [{ id: "tgw-1", attachments: ["vpc-a"] }] });
    expect(result).toMatchObject({ reachable: false, blockedBy: "route", at: "tgw-1" });
    expect(result.path).toEqual(["i-app", "subnet-app", "rtb-main", "tgw-1"]);
  });

  it("V-5: a subnet with no associated table uses the main route table", () => {
    expect(run(twoTier()).path).toContain("rtb-main");
  });

  it("V-6, N6: traffic within one subnet uses no route table and no NACL", () => {
    const input = twoTier();
    const instances = [
      ...(input.instances as unknown[]),
      { id: "i-web2", subnet: "subnet-pub", privateIp: "10.0.1.21", securityGroups: ["sg-web"] },
    ];
    const denyAll = [{ id: "acl-pub", inbound: [], outbound: [] }];
    const result = run({
      ...flow(input, { from: { instance: "i-web2" }, to: { instance: "i-web" } }),
      instances,
      networkAcls: denyAll,
    });
    expect(result).toMatchObject({ reachable: true, path: ["i-web2", "subnet-pub", "i-web"] });
  });

  it("V-7: 'the specified gateway isn't attached to the VPC' makes the route a blackhole", () => {
    const input = withEntry(twoTier(), "internetGateways", "igw-1", { vpc: null });
    const result = run({
      ...input,
      natGateways: [],
      routeTables: [
        { id: "rtb-main", vpc: "vpc-a", main: true, routes: [] },
        { id: "rtb-pub", vpc: "vpc-a", routes: [{ destination: "0.0.0.0/0", target: "igw-1" }] },
      ],
      flow: { from: { instance: "i-web" }, to: "internet", protocol: "tcp", port: 443 },
    });
    expect(result).toMatchObject({ reachable: false, blockedBy: "blackhole", at: "rtb-pub" });
    expect(result.path).toEqual(["i-web", "subnet-pub", "rtb-pub"]);
  });

  it("reports `route` at the table when no route matches, after NACL-out was evaluated (clarification)", () => {
    const input = withEntry(twoTier(), "routeTables", "rtb-main", { routes: [] });
    expect(run(input)).toMatchObject({ reachable: false, blockedBy: "route", at: "rtb-main" });
    const denyOut = {
      ...input,
      networkAcls: [
        { id: "acl-pub", inbound: [allowAll(100)], outbound: [allowAll(100)] },
        { id: "acl-app", inbound: [allowAll(100)], outbound: [] },
      ],
    };
    const withAcl = withEntry(denyOut, "subnets", "subnet-app", { networkAcl: "acl-app" });
    expect(run(withAcl)).toMatchObject({ blockedBy: "network-acl", at: "acl-app" });
  });
});

describe("vpc: internet gateway (V-8 – V-13)", () => {
  it("V-8: the internet reaches an instance with a public IPv4 through its VPC's internet gateway", () => {
    const result = run(flow(twoTier(), { from: "internet", to: { instance: "i-web" }, sourcePort: 51000 }));
    expect(result).toMatchObject({ reachable: true, path: ["internet", "igw-1", "subnet-pub", "i-web"] });
  });

  it("V-8: an instance 'can't communicate with the internet' without a public IPv4 (no-public-ip)", () => {
    const input = withEntry(twoTier(), "instances", "i-web", { publicIp: undefined });
    const out = run(flow(input, { from: { instance: "i-web" } }));
    expect(out).toMatchObject({ reachable: false, blockedBy: "no-public-ip", at: "i-web" });
    expect(out.path).toEqual(["i-web", "subnet-pub", "rtb-pub", "igw-1", "internet"]);
    const inbound = run(flow(input, { from: "internet", to: { instance: "i-web" } }));
    expect(inbound).toMatchObject({ blockedBy: "no-public-ip", at: "i-web", path: ["internet"] });
  });

  it("V-8: without an attached internet gateway the internet cannot reach the VPC (igw-missing)", () => {
    const input = { ...withEntry(twoTier(), "internetGateways", "igw-1", { vpc: null }), natGateways: [] };
    const clean = withEntry(input, "routeTables", "rtb-main", { routes: [] });
    const result = run(flow(clean, { from: "internet", to: { instance: "i-web" } }));
    expect(result).toMatchObject({ reachable: false, blockedBy: "igw-missing", at: "vpc-a", path: ["internet"] });
  });

  it("V-9: a subnet whose table does not route to the internet gateway can't answer the internet (reply `route`)", () => {
    const input = withEntry(twoTier(), "subnets", "subnet-app", { routeTable: "rtb-main" });
    const publicApp = withEntry(input, "instances", "i-app", { publicIp: "54.9.9.9" });
    const open = withEntry(publicApp, "securityGroups", "sg-app", {
      inbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }],
    });
    const result = run(flow(open, { from: "internet", to: { instance: "i-app" } }));
    expect(result).toMatchObject({ reachable: false, blockedBy: "route", at: "rtb-main" });
    expect(result.path).toEqual(["internet", "igw-1", "subnet-app", "i-app"]);
  });
});

describe("vpc: NAT gateways and NAT instances (V-14 – V-24)", () => {
  it("V-14: 'external services can't initiate a connection with those instances' (no public IPv4)", () => {
    expect(simulate("vpc", flow(twoTier(), { from: "internet", to: { ip: "3.80.0.20" } })).ok).toBe(false);
  });

  it("V-15: 'if you route traffic from the private NAT gateway to the internet gateway, the internet gateway drops the traffic'", () => {
    const input = withEntry(twoTier(), "natGateways", "nat-1", { connectivity: "private", elasticIp: undefined });
    expect(run(input)).toMatchObject({ reachable: false, blockedBy: "no-public-ip", at: "nat-1" });
  });

  it("V-17: 'NAT gateways support TCP, UDP and ICMP only'", () => {
    const result = run(flow(twoTier(), { protocol: "50", port: undefined }));
    expect(result).toMatchObject({ reachable: false, blockedBy: "nat-unsupported-protocol", at: "nat-1" });
    expect(run(flow(twoTier(), { protocol: "icmp", port: undefined })).reachable).toBe(true);
  });

  it("V-18, V-40: the NAT subnet's NACL must let the reply in on the NAT gateway's port (1024-65535)", () => {
    const narrow = withEntry(twoTier(), "networkAcls", "acl-pub", {
      inbound: [
        { rule: 100, protocol: "tcp", fromPort: 1024, toPort: 65535, cidr: "0.0.0.0/0", action: "allow" },
        { rule: 110, protocol: "-1", cidr: "10.0.0.0/16", action: "allow" },
      ],
    });
    expect(run(narrow).reachable).toBe(true);
    const lowPort = run(flow(narrow, { natSourcePort: 1000 }));
    expect(lowPort).toMatchObject({ reachable: false, blockedBy: "network-acl", at: "acl-pub" });
    const replyStep = (lowPort.trace as { phase: string; outcome: string }[]).find((s) => s.outcome === "deny");
    expect(replyStep).toMatchObject({ phase: "reply", check: "nacl-in", rule: "*" });
  });

  it("V-19: a public NAT gateway needs an internet gateway in its VPC (PUBLIC_NAT_REQUIRES_IGW)", () => {
    const input = withEntry(twoTier(), "internetGateways", "igw-1", { vpc: null });
    expect(run(input)).toMatchObject({ error: "PUBLIC_NAT_REQUIRES_IGW", at: "nat-1" });
  });

  it("V-21: 'Deleting a NAT gateway leaves its routes in blackhole status'", () => {
    const input = withEntry(twoTier(), "natGateways", "nat-1", { state: "deleted" });
    const result = run(input);
    expect(result).toMatchObject({ reachable: false, blockedBy: "blackhole", at: "rtb-main" });
    expect(result.path).toEqual(["i-app", "subnet-app", "rtb-main"]);
  });

  it("V-24: a NAT instance 'must have [source/destination checks] disabled'", () => {
    const input = withEntry(twoTier(), "routeTables", "rtb-main", {
      routes: [{ destination: "0.0.0.0/0", target: "i-web" }],
    });
    const natSg = withEntry(input, "securityGroups", "sg-web", {
      inbound: [{ protocol: "-1", fromPort: -1, toPort: -1, source: "10.0.0.0/16" }],
    });
    const blocked = run({ ...natSg, natGateways: [] });
    expect(blocked).toMatchObject({ reachable: false, blockedBy: "source-dest-check", at: "i-web" });
    expect(blocked.path).toEqual([
      "i-app",
      "subnet-app",
      "rtb-main",
      "i-web",
      "subnet-pub",
      "rtb-pub",
      "igw-1",
      "internet",
    ]);
    const fixed = withEntry({ ...natSg, natGateways: [] }, "instances", "i-web", { sourceDestCheck: false });
    expect(run(fixed).reachable).toBe(true);
  });
});

describe("vpc: peering (V-25 – V-32)", () => {
  it("reaches a peer VPC's instance by its private address", () => {
    expect(run(peered())).toMatchObject({
      reachable: true,
      path: ["i-a", "subnet-a", "rtb-a", "pcx-ab", "subnet-b", "i-b"],
    });
  });

  it("V-25: 'No VPC peering between VPCs with matching or overlapping IPv4 CIDRs'", () => {
    const input = withEntry(peered(), "vpcs", "vpc-c", { cidrs: ["10.3.0.0/16", "10.1.128.0/17"] });
    expect(run(input)).toMatchObject({ error: "PEERING_CIDR_OVERLAP", at: "pcx-ac" });
  });

  it("V-26: 'Peering is not transitive: with A–B and A–C peered you can't route B → C through A'", () => {
    const input = withEntry(peered(), "routeTables", "rtb-b", {
      routes: [
        { destination: "10.1.0.0/16", target: "pcx-ab" },
        { destination: "10.3.0.0/16", target: "pcx-ab" },
      ],
    });
    const result = run(flow(input, { from: { instance: "i-b" }, to: { instance: "i-c" } }));
    expect(result).toMatchObject({ reachable: false, blockedBy: "peering-not-transitive", at: "pcx-ab" });
    expect(result.path).toEqual(["i-b", "subnet-b", "rtb-b", "pcx-ab"]);
  });

  it("V-29: 'No edge-to-edge routing': a peer's internet gateway can't be used", () => {
    const input = withEntry(peered(), "routeTables", "rtb-b", {
      routes: [
        { destination: "10.1.0.0/16", target: "pcx-ab" },
        { destination: "0.0.0.0/0", target: "pcx-ab" },
      ],
    });
    const result = run(flow(input, { from: { instance: "i-b" }, to: "internet" }));
    expect(result).toMatchObject({ reachable: false, blockedBy: "peering-edge-to-edge", at: "pcx-ab" });
  });

  it("V-27: the peer side needs a route back too", () => {
    const input = withEntry(peered(), "routeTables", "rtb-b", { routes: [] });
    expect(run(input)).toMatchObject({ reachable: false, blockedBy: "route", at: "rtb-b" });
  });

  it("V-28: 'AWS does not support unicast reverse path forwarding': a reply routed elsewhere is `route`", () => {
    const input = withEntry(peered(), "routeTables", "rtb-b", {
      routes: [{ destination: "10.1.0.0/16", target: "igw-b" }],
    });
    const result = run({ ...input, internetGateways: [{ id: "igw-b", vpc: "vpc-b" }] });
    expect(result).toMatchObject({ reachable: false, blockedBy: "route", at: "rtb-b" });
  });

  it("V-30: a route to a pending-acceptance peering connection 'has state blackhole'", () => {
    const input = withEntry(peered(), "peeringConnections", "pcx-ab", { state: "pending-acceptance" });
    expect(run(input)).toMatchObject({
      reachable: false,
      blockedBy: "blackhole",
      at: "rtb-a",
      path: ["i-a", "subnet-a", "rtb-a"],
    });
  });

  it("V-32: an SG may reference a peer VPC's group only in the same Region", () => {
    expect(run(peered()).reachable).toBe(true);
    const otherRegion = withEntry(peered(), "vpcs", "vpc-b", { region: "eu-west-1" });
    expect(run(otherRegion)).toMatchObject({ reachable: false, blockedBy: "security-group", at: "i-b" });
  });
});

describe("vpc: security groups and NACLs on every hop (SG1, SG6, N1, N7, V-37, V-41)", () => {
  it("SG6: an SG reference matches private addresses only, not traffic that arrives from a public address", () => {
    const input = withEntry(twoTier(), "securityGroups", "sg-web", {
      inbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "sg-app" }],
    });
    expect(run(flow(input, { to: { instance: "i-web" } })).reachable).toBe(true);
    const viaPublic = run(flow(input, { to: { instance: "i-web", address: "public" } }));
    expect(viaPublic).toMatchObject({ reachable: false, blockedBy: "security-group", at: "i-web" });
    expect(viaPublic.path).toEqual([
      "i-app",
      "subnet-app",
      "rtb-main",
      "nat-1",
      "subnet-pub",
      "rtb-pub",
      "igw-1",
      "internet",
      "igw-1",
      "subnet-pub",
      "i-web",
    ]);
  });

  it("N1, N7: a NACL is stateless, so the reply to the client's ephemeral port needs its own rule", () => {
    const input = withEntry(twoTier(), "networkAcls", "acl-pub", {
      inbound: [{ rule: 100, protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0", action: "allow" }],
      outbound: [{ rule: 100, protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0", action: "allow" }],
    });
    const result = run(flow(input, { from: "internet", to: { instance: "i-web" }, sourcePort: 51000 }));
    expect(result).toMatchObject({ reachable: false, blockedBy: "network-acl", at: "acl-pub" });
    expect((result.explanation as { en: string }).en).toContain("51000");
  });

  it("SG1: security groups are stateful: the reply needs no inbound rule at the client", () => {
    const result = run(flow(twoTier(), { to: { instance: "i-web" } }));
    expect(result.reachable).toBe(true);
    expect(
      (result.trace as { phase: string; check: string }[]).filter(
        (s) => s.phase === "reply" && s.check.startsWith("sg"),
      ),
    ).toEqual([]);
  });

  it("V-37: 'An SG outbound rule can use the service's prefix-list ID'", () => {
    const input = withEntry(twoTier(), "securityGroups", "sg-app", {
      outbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, destination: "pl-s3" }],
    });
    expect(run(flow(input, { to: { service: "s3" } })).reachable).toBe(true);
    expect(run(input)).toMatchObject({ reachable: false, blockedBy: "security-group", at: "i-app" });
  });

  it("outbound SG of the source is checked before anything else on the hop", () => {
    const input = withEntry(twoTier(), "securityGroups", "sg-app", { outbound: [] });
    expect(run(input)).toMatchObject({ reachable: false, blockedBy: "security-group", at: "i-app" });
  });
});

describe("vpc: transit gateway (V-43, V-44) and topology errors (V-3, V-42)", () => {
  const tgw = () => {
    const input = peered();
    return {
      ...input,
      peeringConnections: [],
      routeTables: [
        { id: "rtb-a", vpc: "vpc-a", main: true, routes: [{ destination: "10.0.0.0/8", target: "tgw-1" }] },
        { id: "rtb-b", vpc: "vpc-b", main: true, routes: [{ destination: "10.0.0.0/8", target: "tgw-1" }] },
        { id: "rtb-c", vpc: "vpc-c", main: true, routes: [{ destination: "10.0.0.0/8", target: "tgw-1" }] },
      ],
      transitGateways: [{ id: "tgw-1", attachments: ["vpc-a", "vpc-b", "vpc-c"] }],
      flow: { from: { instance: "i-a" }, to: { instance: "i-c" }, protocol: "tcp", port: 22 },
    };
  };

  it("V-43: with one TGW route table the transit gateway is 'a simple layer 3 IP hub' (transitive)", () => {
    expect(run(tgw())).toMatchObject({
      reachable: true,
      path: ["i-a", "subnet-a", "rtb-a", "tgw-1", "subnet-c", "i-c"],
    });
  });

  it("V-41: an SG reference does not match across a transit gateway (contract)", () => {
    const input = withEntry(tgw(), "securityGroups", "sg-c", {
      inbound: [{ protocol: "tcp", fromPort: 22, toPort: 22, source: "sg-a" }],
    });
    expect(run(input)).toMatchObject({ reachable: false, blockedBy: "security-group", at: "i-c" });
  });

  it("V-44: a static blackhole route 'drops traffic that matches the route'", () => {
    const input = withEntry(tgw(), "transitGateways", "tgw-1", {
      routes: [{ destination: "10.3.1.0/24", target: "blackhole" }],
    });
    expect(run(input)).toMatchObject({ reachable: false, blockedBy: "blackhole", at: "tgw-1" });
  });

  it("V-3: a route more specific than the local route is refused", () => {
    const input = withEntry(twoTier(), "routeTables", "rtb-pub", {
      routes: [
        { destination: "0.0.0.0/0", target: "igw-1" },
        { destination: "10.0.2.0/25", target: "igw-1" },
      ],
    });
    expect(run(input)).toMatchObject({ error: "ROUTE_MORE_SPECIFIC_THAN_LOCAL", at: "rtb-pub" });
  });

  it("V-42: 'An egress-only internet gateway is for use with IPv6 traffic only'", () => {
    const input = withEntry(twoTier(), "routeTables", "rtb-main", {
      routes: [{ destination: "0.0.0.0/0", target: "eigw-1" }],
    });
    expect(run(input)).toMatchObject({ error: "EIGW_IPV6_ONLY", at: "rtb-main" });
  });
});

describe("vpc: results and queries", () => {
  it("explains every result in Korean and English and names the blocking component", () => {
    const result = run(withEntry(twoTier(), "natGateways", "nat-1", { state: "pending" }));
    const explanation = result.explanation as { ko: string; en: string };
    expect(explanation.en).toContain("rtb-main");
    expect(explanation.en).toContain("pending");
    expect(explanation.ko).toContain("rtb-main");
  });

  it("answers queries with documented values (V-17, V-18, V-33)", () => {
    expect(run({ query: "natGateway" })).toMatchObject({
      protocols: ["tcp", "udp", "icmp"],
      ports: { fromPort: 1024, toPort: 65535 },
    });
    expect(run({ query: "gatewayEndpointServices" })).toMatchObject({ services: ["s3", "dynamodb"] });
    expect(simulate("vpc", { query: "nope" }).ok).toBe(false);
  });

  it("ICMP echo is answered by type 0, which the NACL must allow", () => {
    const input = withEntry(twoTier(), "networkAcls", "acl-pub", {
      inbound: [
        { rule: 100, protocol: "icmp", fromPort: 8, toPort: 0, cidr: "0.0.0.0/0", action: "allow" },
        { rule: 110, protocol: "-1", cidr: "10.0.0.0/16", action: "allow" },
      ],
    });
    expect(run(flow(input, { protocol: "icmp", port: undefined }))).toMatchObject({
      blockedBy: "network-acl",
      at: "acl-pub",
    });
    expect(run(flow(input, { protocol: "icmp", port: undefined, icmpType: 3, icmpCode: 4 })).reachable).toBe(true);
  });
});

export { ALL_OUT };
