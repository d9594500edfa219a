import { describe, expect, it } from "vitest";
import { simulate, type InputIssue } from "@/lib/sim";
import { peered, twoTier, withEntry } from "./vpc-fixtures";

function refused(input: unknown): { inputError: string; issue?: InputIssue } {
  const run = simulate("vpc", input);
  if (run.ok) throw new Error(`expected an input error, got ${JSON.stringify(run.result)}`);
  return run;
}

const flow = (input: Record<string, unknown>, patch: Record<string, unknown>) => ({
  ...input,
  flow: { ...(input.flow as Record<string, unknown>), ...patch },
});

describe("vpc input errors name the field, never throw", () => {
  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ["unknown top-level field", { ...twoTier(), vpcEndpoint: [] }, ["vpcEndpoint"], "unknownField"],
    [
      "unknown field in a subnet",
      withEntry(twoTier(), "subnets", "subnet-app", { routetable: "rtb-main" }),
      ["subnets", 1, "routetable"],
      "unknownField",
    ],
    [
      "an id used twice",
      withEntry(twoTier(), "instances", "i-web", { id: "i-app" }),
      ["instances", 1, "id"],
      "duplicateId",
    ],
    [
      "an unknown VPC",
      withEntry(twoTier(), "subnets", "subnet-app", { vpc: "vpc-x" }),
      ["subnets", 1, "vpc"],
      "unknownReference",
    ],
    [
      "a subnet outside its VPC",
      withEntry(twoTier(), "subnets", "subnet-app", { cidr: "10.1.2.0/24" }),
      ["subnets", 1, "cidr"],
      "subnetOutsideVpc",
    ],
    [
      "overlapping subnets",
      withEntry(twoTier(), "subnets", "subnet-app", { cidr: "10.0.1.128/25" }),
      ["subnets", 1, "cidr"],
      "subnetOverlap",
    ],
    [
      "no main route table",
      withEntry(twoTier(), "routeTables", "rtb-main", { main: false }),
      ["subnets", 1, "routeTable"],
      "noMainRouteTable",
    ],
    [
      "an IPv6 VPC CIDR",
      withEntry(twoTier(), "vpcs", "vpc-a", { cidrs: ["2001:db8::/56"] }),
      ["vpcs", 0, "cidrs", 0],
      "notIpv4",
    ],
    [
      "a local route for another CIDR",
      withEntry(twoTier(), "routeTables", "rtb-pub", { routes: [{ destination: "10.9.0.0/16", target: "local" }] }),
      ["routeTables", 1, "routes", 0, "destination"],
      "localRoute",
    ],
    [
      "two routes to one destination",
      withEntry(twoTier(), "routeTables", "rtb-pub", {
        routes: [
          { destination: "0.0.0.0/0", target: "igw-1" },
          { destination: "0.0.0.0/0", target: "nat-1" },
        ],
      }),
      ["routeTables", 1, "routes", 1, "destination"],
      "duplicateRoute",
    ],
    [
      "an unknown route target kind",
      withEntry(twoTier(), "routeTables", "rtb-pub", { routes: [{ destination: "0.0.0.0/0", target: "vgw-1" }] }),
      ["routeTables", 1, "routes", 0, "target"],
      "routeTarget",
    ],
    [
      "an endpoint route that is not the service's prefix list",
      withEntry(twoTier(), "routeTables", "rtb-main", {
        routes: [{ destination: "52.216.0.0/15", target: "vpce-s3" }],
      }),
      ["routeTables", 0, "routes", 0, "destination"],
      "endpointRoute",
    ],
    [
      "middlebox routing",
      withEntry(twoTier(), "routeTables", "rtb-pub", {
        routes: [
          { destination: "0.0.0.0/0", target: "igw-1" },
          { destination: "10.0.2.0/24", target: "nat-1" },
        ],
      }),
      ["routeTables", 1, "routes", 1, "destination"],
      "middleboxRoute",
    ],
    [
      "a public NAT gateway without an Elastic IP",
      withEntry(twoTier(), "natGateways", "nat-1", { elasticIp: undefined }),
      ["natGateways", 0, "elasticIp"],
      "elasticIpRequired",
    ],
    [
      "a private NAT gateway with an Elastic IP",
      withEntry(twoTier(), "natGateways", "nat-1", { connectivity: "private" }),
      ["natGateways", 0, "elasticIp"],
      "elasticIpForbidden",
    ],
    [
      "a private IP outside the subnet",
      withEntry(twoTier(), "instances", "i-app", { privateIp: "10.0.1.99" }),
      ["instances", 0, "privateIp"],
      "ipOutsideSubnet",
    ],
    [
      "both publicIp and elasticIp",
      withEntry(twoTier(), "instances", "i-web", { elasticIp: "54.1.2.4" }),
      ["instances", 1, "elasticIp"],
      "publicAndElasticIp",
    ],
    [
      "an unknown prefix list in an SG rule",
      withEntry(twoTier(), "securityGroups", "sg-app", {
        outbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, destination: "pl-nope" }],
      }),
      ["securityGroups", 0, "outbound", 0, "destination"],
      "unknownReference",
    ],
    [
      "a prefix list in a NACL (V-37: a NACL can't use one)",
      withEntry(twoTier(), "networkAcls", "acl-pub", {
        inbound: [{ rule: 100, protocol: "-1", cidr: "pl-s3", action: "allow" }],
      }),
      ["networkAcls", 0, "inbound", 0, "cidr"],
      "notCidr",
    ],
    [
      "a flow from an address inside a VPC",
      flow(twoTier(), { from: { ip: "10.0.2.99" } }),
      ["flow", "from", "ip"],
      "flowInsideVpc",
    ],
    [
      "a public address the instance lacks",
      flow(twoTier(), { to: { instance: "i-app", address: "public" } }),
      ["flow", "to", "address"],
      "noPublicIp",
    ],
    [
      "an address no instance holds",
      flow(twoTier(), { to: { ip: "10.0.2.99" } }),
      ["flow", "to", "ip"],
      "unassignedAddress",
    ],
    ["a NAT gateway's Elastic IP", flow(twoTier(), { to: { ip: "3.80.0.20" } }), ["flow", "to", "ip"], "natAddress"],
    [
      "the internet to a service",
      flow(twoTier(), { from: "internet", to: { service: "s3" } }),
      ["flow", "to"],
      "internetToInstance",
    ],
    ["all protocols", flow(twoTier(), { protocol: "-1" }), ["flow", "protocol"], "oneProtocol"],
    ["ICMPv6", flow(twoTier(), { protocol: "icmpv6", port: undefined }), ["flow", "protocol"], "ipv4Only"],
    ["TCP without a port", flow(twoTier(), { port: undefined }), ["flow", "port"], "requiredForProtocol"],
    [
      "a service without a prefix list or ip",
      flow(twoTier(), { to: { service: "dynamodb" } }),
      ["flow", "to"],
      "noServiceAddress",
    ],
    [
      "a peering connection that does not join the VPC",
      withEntry(peered(), "routeTables", "rtb-b", { routes: [{ destination: "10.3.0.0/16", target: "pcx-ac" }] }),
      ["routeTables", 1, "routes", 0, "target"],
      "peeringNotJoined",
    ],
  ])("%s", (_name, input, path, code) => {
    const run = refused(input);
    expect(run.issue).toMatchObject({ path, code });
    expect(run.inputError.split(":")[0]).not.toBe("");
  });

  it("survives garbage without throwing", () => {
    for (const input of [null, 3, "vpc", [], {}, { flow: null }, { flow: { from: 1, to: 2 } }, { vpcs: "x", flow: {} }])
      expect(() => simulate("vpc", input)).not.toThrow();
  });
});
