import { familyBits, formatIp, parseIp, type IpAddress, type IpFamily } from "./ip";

/**
 * A CIDR block. IPv4 blocks never contain IPv6 addresses and vice versa ("IPv4 rules never match IPv6 traffic").
 * Source: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 */
export interface Cidr {
  family: IpFamily;
  /** The network address with host bits cleared. */
  network: bigint;
  prefix: number;
}

function mask(family: IpFamily, prefix: number): bigint {
  const bits = BigInt(familyBits(family));
  const all = (1n << bits) - 1n;
  return (all >> BigInt(prefix)) ^ all;
}

/**
 * Parses `a.b.c.d/n` or `x:y::z/n`. A bare address is a host route (/32 or /128), as AWS documents for a single
 * address (SG5). Host bits set below the prefix are cleared, which is how the block is matched anyway.
 */
export function parseCidr(text: string): Cidr | null {
  const [address, prefixText, extra] = text.trim().split("/");
  if (address === undefined || extra !== undefined) return null;
  const ip = parseIp(address);
  if (ip === null) return null;
  const bits = familyBits(ip.family);
  let prefix = bits;
  if (prefixText !== undefined) {
    if (!/^(0|[1-9]\d{0,2})$/.test(prefixText)) return null;
    prefix = Number(prefixText);
    if (prefix > bits) return null;
  }
  return { family: ip.family, network: ip.value & mask(ip.family, prefix), prefix };
}

/** True when `ip` is inside `cidr`; always false across address families. */
export function cidrContains(cidr: Cidr, ip: IpAddress): boolean {
  if (cidr.family !== ip.family) return false;
  return (ip.value & mask(cidr.family, cidr.prefix)) === cidr.network;
}

/** Canonical text of a block, e.g. `10.0.0.0/16`, `::/0`. */
export function formatCidr(cidr: Cidr): string {
  return `${formatIp({ family: cidr.family, value: cidr.network })}/${cidr.prefix}`;
}

const PRIVATE_IPV4 = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"].map((text) => {
  const cidr = parseCidr(text);
  if (cidr === null) throw new Error(`bad built-in CIDR ${text}`);
  return cidr;
});

/**
 * True for an address that is a VPC-private IPv4 address (RFC 1918 or the 100.64.0.0/10 range VPCs may use).
 * Every VPC IPv6 address is reachable without translation, so IPv6 addresses always count as private here.
 * Used for SG referencing, which works only "using their private IP addresses" (SG6):
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing
 */
export function isVpcPrivateAddress(ip: IpAddress): boolean {
  if (ip.family === 6) return true;
  return PRIVATE_IPV4.some((cidr) => cidrContains(cidr, ip));
}
