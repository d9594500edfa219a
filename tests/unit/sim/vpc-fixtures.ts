/** A two-tier VPC (public subnet with a NAT gateway, private app subnet) and helpers to vary it. */
export const ALL_OUT = { protocol: "-1", fromPort: -1, toPort: -1, destination: "0.0.0.0/0" };
export const allowAll = (rule: number) => ({
  rule,
  protocol: "-1",
  fromPort: -1,
  toPort: -1,
  cidr: "0.0.0.0/0",
  action: "allow",
});

export function twoTier(): Record<string, unknown> {
  return {
    vpcs: [{ id: "vpc-a", cidrs: ["10.0.0.0/16"], region: "us-east-1" }],
    subnets: [
      {
        id: "subnet-pub",
        vpc: "vpc-a",
        az: "us-east-1a",
        cidr: "10.0.1.0/24",
        routeTable: "rtb-pub",
        networkAcl: "acl-pub",
      },
      { id: "subnet-app", vpc: "vpc-a", az: "us-east-1b", cidr: "10.0.2.0/24" },
    ],
    routeTables: [
      {
        id: "rtb-main",
        vpc: "vpc-a",
        main: true,
        routes: [
          { destination: "0.0.0.0/0", target: "nat-1" },
          { destination: "pl-s3", target: "vpce-s3" },
        ],
      },
      { id: "rtb-pub", vpc: "vpc-a", routes: [{ destination: "0.0.0.0/0", target: "igw-1" }] },
    ],
    internetGateways: [{ id: "igw-1", vpc: "vpc-a" }],
    natGateways: [{ id: "nat-1", subnet: "subnet-pub", elasticIp: "3.80.0.20" }],
    vpcEndpoints: [{ id: "vpce-s3", vpc: "vpc-a", service: "s3" }],
    prefixLists: [{ id: "pl-s3", service: "s3", region: "us-east-1", cidrs: ["52.216.0.0/15"] }],
    securityGroups: [
      {
        id: "sg-app",
        inbound: [{ protocol: "tcp", fromPort: 8080, toPort: 8080, source: "sg-web" }],
        outbound: [ALL_OUT],
      },
      {
        id: "sg-web",
        inbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }],
        outbound: [ALL_OUT],
      },
    ],
    networkAcls: [{ id: "acl-pub", inbound: [allowAll(100)], outbound: [allowAll(100)] }],
    instances: [
      { id: "i-app", subnet: "subnet-app", privateIp: "10.0.2.10", securityGroups: ["sg-app"] },
      { id: "i-web", subnet: "subnet-pub", privateIp: "10.0.1.20", publicIp: "54.1.2.3", securityGroups: ["sg-web"] },
    ],
    flow: { from: { instance: "i-app" }, to: "internet", protocol: "tcp", port: 443, sourcePort: 50000 },
  };
}

/** Three VPCs: A peered with B and C; B and C do not overlap A. */
export function peered(): Record<string, unknown> {
  return {
    vpcs: [
      { id: "vpc-a", cidrs: ["10.1.0.0/16"] },
      { id: "vpc-b", cidrs: ["10.2.0.0/16"] },
      { id: "vpc-c", cidrs: ["10.3.0.0/16"] },
    ],
    subnets: [
      { id: "subnet-a", vpc: "vpc-a", cidr: "10.1.1.0/24" },
      { id: "subnet-b", vpc: "vpc-b", cidr: "10.2.1.0/24" },
      { id: "subnet-c", vpc: "vpc-c", cidr: "10.3.1.0/24" },
    ],
    routeTables: [
      {
        id: "rtb-a",
        vpc: "vpc-a",
        main: true,
        routes: [
          { destination: "10.2.0.0/16", target: "pcx-ab" },
          { destination: "10.3.0.0/16", target: "pcx-ac" },
        ],
      },
      { id: "rtb-b", vpc: "vpc-b", main: true, routes: [{ destination: "10.1.0.0/16", target: "pcx-ab" }] },
      { id: "rtb-c", vpc: "vpc-c", main: true, routes: [{ destination: "10.1.0.0/16", target: "pcx-ac" }] },
    ],
    peeringConnections: [
      { id: "pcx-ab", vpcs: ["vpc-a", "vpc-b"] },
      { id: "pcx-ac", vpcs: ["vpc-a", "vpc-c"] },
    ],
    securityGroups: [
      { id: "sg-a", inbound: [], outbound: [ALL_OUT] },
      { id: "sg-b", inbound: [{ protocol: "tcp", fromPort: 22, toPort: 22, source: "sg-a" }], outbound: [ALL_OUT] },
      {
        id: "sg-c",
        inbound: [{ protocol: "tcp", fromPort: 22, toPort: 22, source: "10.0.0.0/8" }],
        outbound: [ALL_OUT],
      },
    ],
    instances: [
      { id: "i-a", subnet: "subnet-a", privateIp: "10.1.1.10", securityGroups: ["sg-a"] },
      { id: "i-b", subnet: "subnet-b", privateIp: "10.2.1.10", securityGroups: ["sg-b"] },
      { id: "i-c", subnet: "subnet-c", privateIp: "10.3.1.10", securityGroups: ["sg-c"] },
    ],
    flow: { from: { instance: "i-a" }, to: { instance: "i-b" }, protocol: "tcp", port: 22 },
  };
}

/** A copy of `input` with a list entry (by id) replaced by `patch` merged over it. */
export function withEntry(input: Record<string, unknown>, list: string, id: string, patch: Record<string, unknown>) {
  const entries = input[list] as Record<string, unknown>[];
  return { ...input, [list]: entries.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry)) };
}
