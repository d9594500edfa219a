import { z } from "zod";
import {
  isVpcPrivateAddress,
  parseCidr,
  parseIp,
  parseProtocol,
  usesIcmpTypeCode,
  usesPorts,
  type Protocol,
} from "../net";
import { issueParams } from "../input-issue";
import type { Nacl, NaclRule, Peer, SecurityGroup, SgRule, SgScenario, SgTarget, Traffic } from "./types";

const SG_ID = /^sg-[A-Za-z0-9_.-]+$/;

/** `tcp`, `udp`, `icmp`, `icmpv6`, `-1` or an IANA number (string or number). */
export const ProtocolSchema = z.union([z.string(), z.number()]).transform((value, ctx): Protocol => {
  const protocol = parseProtocol(value);
  if (protocol === null) {
    ctx.issues.push({
      code: "custom",
      input: value,
      message: "not tcp, udp, icmp, icmpv6, -1 or an IANA number 0-255",
      params: issueParams("protocol"),
    });
    return z.NEVER;
  }
  return protocol;
});

const PortSchema = z.number().int().min(-1).max(65535);

/** Port/type/code fields of a rule: required for TCP/UDP, -1 (any) by default for ICMP, ignored otherwise (SG7, SG8). */
function checkPorts(
  rule: { protocol: Protocol; fromPort?: number | undefined; toPort?: number | undefined },
  ctx: z.RefinementCtx,
): { fromPort: number; toPort: number } {
  const { protocol, fromPort, toPort } = rule;
  if (usesPorts(protocol)) {
    const requiredForTcpUdp = issueParams("requiredForProtocol", { protocol: "tcp/udp" });
    if (fromPort === undefined)
      ctx.addIssue({ code: "custom", path: ["fromPort"], message: "required for tcp/udp", params: requiredForTcpUdp });
    else if (toPort === undefined)
      ctx.addIssue({ code: "custom", path: ["toPort"], message: "required for tcp/udp", params: requiredForTcpUdp });
    else if ((fromPort === -1) !== (toPort === -1) || fromPort > toPort)
      ctx.addIssue({
        code: "custom",
        path: ["toPort"],
        message: "port range must have fromPort <= toPort",
        params: issueParams("portOrder"),
      });
    return { fromPort: fromPort ?? -1, toPort: toPort ?? -1 };
  }
  if (usesIcmpTypeCode(protocol)) {
    if ((fromPort ?? -1) > 255)
      ctx.addIssue({
        code: "custom",
        path: ["fromPort"],
        message: "ICMP type must be -1..255",
        params: issueParams("icmpTypeRange"),
      });
    if ((toPort ?? -1) > 255)
      ctx.addIssue({
        code: "custom",
        path: ["toPort"],
        message: "ICMP code must be -1..255",
        params: issueParams("icmpCodeRange"),
      });
  }
  return { fromPort: fromPort ?? -1, toPort: toPort ?? -1 };
}

function parseTarget(text: string, ctx: z.RefinementCtx, key: string): SgTarget | null {
  if (SG_ID.test(text.trim())) return { kind: "sg", id: text.trim(), text };
  const cidr = parseCidr(text);
  if (cidr !== null) return { kind: "cidr", cidr, text };
  const prefixList = text.startsWith("pl-");
  const message = prefixList ? "prefix lists are not simulated" : "not a CIDR or sg id";
  ctx.addIssue({
    code: "custom",
    path: [key],
    message,
    params: issueParams(prefixList ? "prefixList" : "notCidrOrGroup"),
  });
  return null;
}

const SgRuleBaseSchema = z.object({
  protocol: ProtocolSchema,
  fromPort: PortSchema.optional(),
  toPort: PortSchema.optional(),
});
type SgRuleBase = z.infer<typeof SgRuleBaseSchema>;

function toSgRule(rule: SgRuleBase, targetText: string, key: string, ctx: z.RefinementCtx): SgRule {
  const ports = checkPorts(rule, ctx);
  const target = parseTarget(targetText, ctx, key);
  if (target === null) return z.NEVER;
  return { protocol: rule.protocol, ...ports, target };
}

const InboundRuleSchema = SgRuleBaseSchema.extend({ source: z.string() }).transform((rule, ctx) =>
  toSgRule(rule, rule.source, "source", ctx),
);
const OutboundRuleSchema = SgRuleBaseSchema.extend({ destination: z.string() }).transform((rule, ctx) =>
  toSgRule(rule, rule.destination, "destination", ctx),
);

/**
 * A missing `inbound` list is empty and a missing `outbound` list is the single allow-all rule, as for a newly
 * created security group (SG3, https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html).
 * An explicit `[]` means no rules.
 */
export const SecurityGroupSchema = z
  .object({
    id: z
      .string()
      .refine((id) => SG_ID.test(id), { message: "must be an sg id (sg-...)", params: issueParams("sgId") }),
    inbound: z.array(InboundRuleSchema).optional(),
    outbound: z.array(OutboundRuleSchema).optional(),
  })
  .transform((group): SecurityGroup => ({
    id: group.id,
    inbound: group.inbound ?? [],
    outbound: group.outbound ?? newGroupOutbound(),
  }));

/** The outbound rules of a new security group: all traffic to 0.0.0.0/0 (and ::/0 in an IPv6 VPC). */
export function newGroupOutbound(): SgRule[] {
  return ["0.0.0.0/0", "::/0"].map((text) => {
    const cidr = parseCidr(text);
    if (cidr === null) throw new Error("unreachable");
    return { protocol: { kind: "all" }, fromPort: -1, toPort: -1, target: { kind: "cidr", cidr, text } };
  });
}

const NaclRuleSchema = z
  .object({
    rule: z.number().int().min(1, "rule numbers run 1-32766").max(32766, "rule numbers run 1-32766"),
    protocol: ProtocolSchema,
    fromPort: PortSchema.optional(),
    toPort: PortSchema.optional(),
    cidr: z.string(),
    action: z
      .string()
      .transform((s) => s.toLowerCase())
      .pipe(z.enum(["allow", "deny"])),
  })
  .transform((rule, ctx): NaclRule => {
    const ports = checkPorts(rule, ctx);
    const cidr = parseCidr(rule.cidr);
    if (cidr === null) {
      ctx.addIssue({ code: "custom", path: ["cidr"], message: "not a CIDR", params: issueParams("notCidr") });
      return z.NEVER;
    }
    return { rule: rule.rule, protocol: rule.protocol, ...ports, cidr, cidrText: rule.cidr, action: rule.action };
  });

const NaclRulesSchema = z.array(NaclRuleSchema).superRefine((rules, ctx) => {
  const seen = new Set<number>();
  rules.forEach((rule, index) => {
    if (seen.has(rule.rule))
      ctx.addIssue({
        code: "custom",
        path: [index, "rule"],
        message: `duplicate rule number ${rule.rule}`,
        params: issueParams("duplicateRuleNumber", { rule: rule.rule }),
      });
    seen.add(rule.rule);
  });
});

/** A custom NACL; a missing direction has no numbered rules, so only the final `*` deny applies (N4). */
export const NaclSchema = z
  .object({ inbound: NaclRulesSchema.optional(), outbound: NaclRulesSchema.optional() })
  .transform((nacl): Nacl => ({ inbound: nacl.inbound ?? [], outbound: nacl.outbound ?? [] }));

/** A peer: a bare IP, or `{sg, ip}` for an instance in that SG (or those SGs) reached at `ip`. */
export const PeerSchema = z
  .union([z.string(), z.object({ sg: z.union([z.string(), z.array(z.string()).min(1)]), ip: z.string() })])
  .transform((value, ctx): Peer => {
    const text = typeof value === "string" ? value : value.ip;
    const ip = parseIp(text);
    if (ip === null) {
      ctx.issues.push({
        code: "custom",
        input: value,
        message: "not an IP address or {sg, ip}",
        params: issueParams("notPeer"),
      });
      return z.NEVER;
    }
    const groups = typeof value === "string" ? [] : typeof value.sg === "string" ? [value.sg] : value.sg;
    return { ip, groups, privatePath: isVpcPrivateAddress(ip), text };
  });

const IcmpSchema = z.number().int().min(0).max(255);

/**
 * The connection to evaluate. TCP/UDP need `port`, ICMP needs `icmpType` (`icmpCode` defaults to 0); `sourcePort` is
 * the client's ephemeral port, needed when a custom NACL must check the reply (N7).
 */
export const TrafficSchema = z
  .object({
    direction: z.enum(["inbound", "outbound"]),
    protocol: ProtocolSchema,
    port: z.number().int().min(0).max(65535).optional(),
    icmpType: IcmpSchema.optional(),
    icmpCode: IcmpSchema.optional(),
    source: PeerSchema.optional(),
    destination: PeerSchema.optional(),
    sourcePort: z.number().int().min(0).max(65535).optional(),
    sameSubnet: z.boolean().optional(),
  })
  .transform((t, ctx): Traffic => {
    const peerKey = t.direction === "inbound" ? "source" : "destination";
    const peer = t[peerKey];
    if (peer === undefined)
      ctx.addIssue({
        code: "custom",
        path: [peerKey],
        message: `required for ${t.direction} traffic`,
        params: issueParams("requiredForDirection", { direction: t.direction }),
      });
    if (t.protocol.kind === "all")
      ctx.addIssue({
        code: "custom",
        path: ["protocol"],
        message: "traffic needs one protocol, not -1",
        params: issueParams("oneProtocol"),
      });
    if (usesPorts(t.protocol) && t.port === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["port"],
        message: "required for tcp/udp",
        params: issueParams("requiredForProtocol", { protocol: "tcp/udp" }),
      });
    if (usesIcmpTypeCode(t.protocol) && t.icmpType === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["icmpType"],
        message: "required for icmp/icmpv6",
        params: issueParams("requiredForProtocol", { protocol: "icmp/icmpv6" }),
      });
    if (peer === undefined || t.protocol.kind === "all") return z.NEVER;
    const isIcmp = usesIcmpTypeCode(t.protocol);
    return {
      direction: t.direction,
      protocol: t.protocol,
      port: usesPorts(t.protocol) ? (t.port ?? null) : null,
      icmpType: isIcmp ? (t.icmpType ?? null) : null,
      icmpCode: isIcmp ? (t.icmpCode ?? 0) : null,
      peer,
      sourcePort: t.sourcePort ?? null,
      sameSubnet: t.sameSubnet ?? false,
    };
  });

/** The `sg` simulator input (SIM_CONTRACT.md, section `sg`). `instanceGroups` defaults to every listed group. */
export const SgInputSchema = z
  .object({
    securityGroups: z.array(SecurityGroupSchema),
    instanceGroups: z.array(z.string()).optional(),
    nacl: NaclSchema.optional(),
    traffic: TrafficSchema,
  })
  .transform((input, ctx): SgScenario => {
    const ids = new Set<string>();
    input.securityGroups.forEach((group, index) => {
      if (ids.has(group.id))
        ctx.addIssue({
          code: "custom",
          path: ["securityGroups", index, "id"],
          message: `duplicate id ${group.id}`,
          params: issueParams("duplicateId", { id: group.id }),
        });
      ids.add(group.id);
    });
    const instanceGroups = input.instanceGroups ?? input.securityGroups.map((g) => g.id);
    instanceGroups.forEach((id, index) => {
      if (!ids.has(id))
        ctx.addIssue({
          code: "custom",
          path: ["instanceGroups", index],
          message: `unknown security group ${id}`,
          params: issueParams("unknownGroup", { id }),
        });
    });
    return { securityGroups: input.securityGroups, instanceGroups, nacl: input.nacl ?? null, traffic: input.traffic };
  });
