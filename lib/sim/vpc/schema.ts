import { z } from "zod";
import { parseCidr, parseIp, usesIcmpTypeCode, usesPorts, type Cidr, type IpAddress } from "../net";
import { issueParams } from "../input-issue";
import { NaclSchema, ProtocolSchema, SecurityGroupSchema } from "../sg/schema";

/**
 * The `vpc` input's shapes (SIM_CONTRACT.md, section `vpc`): every object is strict, so a misspelt field is an input
 * error. References between resources are checked afterwards (build-network.ts). IPv4 only.
 */

const IdSchema = z.string().min(1);

export const Ipv4CidrSchema = z.string().transform((text, ctx): { cidr: Cidr; text: string } => {
  const cidr = parseCidr(text);
  if (cidr === null || cidr.family !== 4) {
    const code = cidr === null ? "notCidr" : "notIpv4";
    ctx.issues.push({ code: "custom", input: text, message: "not an IPv4 CIDR", params: issueParams(code) });
    return z.NEVER;
  }
  return { cidr, text };
});

export const Ipv4Schema = z.string().transform((text, ctx): IpAddress => {
  const ip = parseIp(text);
  if (ip === null || ip.family !== 4) {
    const code = ip === null ? "notIp" : "notIpv4";
    ctx.issues.push({ code: "custom", input: text, message: "not an IPv4 address", params: issueParams(code) });
    return z.NEVER;
  }
  return ip;
});

const VpcSchema = z.strictObject({
  id: IdSchema,
  cidrs: z.array(Ipv4CidrSchema).min(1),
  region: z.string().min(1).default("us-east-1"),
});

const SubnetSchema = z.strictObject({
  id: IdSchema,
  vpc: IdSchema,
  az: z.string().optional(),
  cidr: Ipv4CidrSchema,
  routeTable: IdSchema.optional(),
  networkAcl: IdSchema.optional(),
});

const RouteSchema = z.strictObject({ destination: z.string(), target: z.string() });

const RouteTableSchema = z.strictObject({
  id: IdSchema,
  vpc: IdSchema,
  main: z.boolean().default(false),
  routes: z.array(RouteSchema).default([]),
});

const InternetGatewaySchema = z.strictObject({ id: IdSchema, vpc: IdSchema.nullable().default(null) });

const NatGatewaySchema = z.strictObject({
  id: IdSchema,
  subnet: IdSchema,
  connectivity: z.enum(["public", "private"]).default("public"),
  elasticIp: Ipv4Schema.optional(),
  privateIp: Ipv4Schema.optional(),
  state: z.enum(["available", "pending", "failed", "deleted"]).default("available"),
});

const PeeringSchema = z.strictObject({
  id: IdSchema,
  vpcs: z.tuple([IdSchema, IdSchema]),
  state: z.enum(["active", "pending-acceptance", "rejected", "expired", "failed", "deleted"]).default("active"),
});

const EndpointSchema = z.strictObject({ id: IdSchema, vpc: IdSchema, service: z.enum(["s3", "dynamodb"]) });

const PrefixListSchema = z.strictObject({
  id: IdSchema,
  cidrs: z.array(Ipv4CidrSchema).min(1),
  service: z.string().min(1).optional(),
  region: z.string().min(1).optional(),
});

const TransitGatewaySchema = z.strictObject({
  id: IdSchema,
  attachments: z.array(IdSchema),
  routes: z.array(z.strictObject({ destination: Ipv4CidrSchema, target: IdSchema })).default([]),
});

const InstanceSchema = z.strictObject({
  id: IdSchema,
  subnet: IdSchema,
  privateIp: Ipv4Schema,
  publicIp: Ipv4Schema.optional(),
  elasticIp: Ipv4Schema.optional(),
  securityGroups: z.array(IdSchema).min(1),
  sourceDestCheck: z.boolean().default(true),
});

/** What stands in for a prefix-list id while the `sg` rule schema parses the rule; build-network.ts expands it. */
const PREFIX_LIST_PLACEHOLDER = "255.255.255.255/32";

function maskPrefixLists(group: unknown): unknown {
  if (group === null || typeof group !== "object" || Array.isArray(group)) return group;
  const masked: Record<string, unknown> = { ...group };
  for (const [direction, key] of [
    ["inbound", "source"],
    ["outbound", "destination"],
  ] as const) {
    const rules = masked[direction];
    if (!Array.isArray(rules)) continue;
    masked[direction] = rules.map((rule: unknown) => {
      if (rule === null || typeof rule !== "object") return rule;
      const target = (rule as Record<string, unknown>)[key];
      return typeof target === "string" && target.startsWith("pl-")
        ? { ...rule, [key]: PREFIX_LIST_PLACEHOLDER }
        : rule;
    });
  }
  return masked;
}

/** The `sg` simulator's security group, strict at the group level; a rule may name a prefix list (V-37). */
const VpcSecurityGroupSchema = z.preprocess(
  maskPrefixLists,
  z.strictObject(SecurityGroupSchema.in.shape).pipe(SecurityGroupSchema.out),
);

/** The `sg` simulator's NACL rules with an id. */
const NetworkAclSchema = z
  .strictObject({ id: IdSchema, ...NaclSchema.in.shape })
  .transform((acl) => ({ id: acl.id, nacl: { inbound: acl.inbound ?? [], outbound: acl.outbound ?? [] } }));

const FromSchema = z.union([
  z.literal("internet"),
  z.strictObject({ instance: IdSchema }),
  z.strictObject({ ip: Ipv4Schema }),
]);

const ToSchema = z.union([
  z.literal("internet"),
  z.strictObject({ instance: IdSchema, address: z.enum(["private", "public"]).optional() }),
  z.strictObject({ ip: Ipv4Schema }),
  z.strictObject({
    service: z.enum(["s3", "dynamodb"]),
    region: z.string().min(1).optional(),
    ip: Ipv4Schema.optional(),
  }),
]);

const PortSchema = z.number().int().min(0).max(65535);
const IcmpSchema = z.number().int().min(0).max(255);

/**
 * One flow. TCP/UDP need `port`; ICMP defaults to echo request (type 8, code 0); `sourcePort` defaults to 50000 and
 * `natSourcePort` (the port a NAT device uses towards the destination) to `sourcePort`. A flow is one IPv4 protocol.
 */
const FlowSchema = z
  .strictObject({
    from: FromSchema,
    to: ToSchema,
    protocol: ProtocolSchema,
    port: PortSchema.optional(),
    icmpType: IcmpSchema.optional(),
    icmpCode: IcmpSchema.optional(),
    sourcePort: PortSchema.default(50000),
    natSourcePort: PortSchema.optional(),
  })
  .superRefine((flow, ctx) => {
    const { protocol } = flow;
    if (protocol.kind === "all")
      ctx.addIssue({
        code: "custom",
        path: ["protocol"],
        message: "a flow needs one protocol, not -1",
        params: issueParams("oneProtocol"),
      });
    else if (protocol.number === 58)
      ctx.addIssue({
        code: "custom",
        path: ["protocol"],
        message: "the vpc simulator models IPv4 only (no icmpv6)",
        params: issueParams("ipv4Only"),
      });
    else if (usesPorts(protocol) && flow.port === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["port"],
        message: "required for tcp/udp",
        params: issueParams("requiredForProtocol", { protocol: "tcp/udp" }),
      });
  })
  .transform((flow) => {
    const icmp = usesIcmpTypeCode(flow.protocol);
    return {
      ...flow,
      port: usesPorts(flow.protocol) ? (flow.port ?? null) : null,
      icmpType: icmp ? (flow.icmpType ?? 8) : null,
      icmpCode: icmp ? (flow.icmpCode ?? 0) : null,
      natSourcePort: flow.natSourcePort ?? flow.sourcePort,
    };
  });

/** The whole `vpc` input; an absent list is empty. */
export const VpcInputSchema = z.strictObject({
  vpcs: z.array(VpcSchema).default([]),
  subnets: z.array(SubnetSchema).default([]),
  routeTables: z.array(RouteTableSchema).default([]),
  internetGateways: z.array(InternetGatewaySchema).default([]),
  natGateways: z.array(NatGatewaySchema).default([]),
  peeringConnections: z.array(PeeringSchema).default([]),
  vpcEndpoints: z.array(EndpointSchema).default([]),
  prefixLists: z.array(PrefixListSchema).default([]),
  transitGateways: z.array(TransitGatewaySchema).default([]),
  securityGroups: z.array(VpcSecurityGroupSchema).default([]),
  networkAcls: z.array(NetworkAclSchema).default([]),
  instances: z.array(InstanceSchema).default([]),
  flow: FlowSchema,
});

export type ParsedVpcInput = z.output<typeof VpcInputSchema>;
