/**
 * IP protocols as AWS security group and network ACL rules name them.
 * Source: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html (SG7, SG8).
 */

/** IANA protocol numbers that AWS also accepts by name. */
export const PROTOCOL_NUMBERS = { icmp: 1, tcp: 6, udp: 17, icmpv6: 58 } as const;
/** Protocols AWS accepts by name. */
export type NamedProtocol = keyof typeof PROTOCOL_NUMBERS;

/**
 * A normalised protocol: `all` (written `-1`) or one IANA number 0–255. `name` is set for the four named protocols.
 */
export type Protocol = { kind: "all" } | { kind: "number"; number: number; name: NamedProtocol | null };

const NAMES_BY_NUMBER = new Map<number, NamedProtocol>(
  Object.entries(PROTOCOL_NUMBERS).map(([name, number]) => [number, name as NamedProtocol]),
);

/**
 * Parses a protocol written as a name (`tcp`, `udp`, `icmp`, `icmpv6`, case-insensitive), `-1`/`all` (all protocols)
 * or an IANA number (as a string or a number, 0–255). Returns null for anything else.
 */
export function parseProtocol(value: string | number): Protocol | null {
  const text = String(value).trim().toLowerCase();
  if (text === "-1" || text === "all") return { kind: "all" };
  if (text in PROTOCOL_NUMBERS) {
    const name = text as NamedProtocol;
    return { kind: "number", number: PROTOCOL_NUMBERS[name], name };
  }
  if (!/^(0|[1-9]\d{0,2})$/.test(text)) return null;
  const number = Number(text);
  if (number > 255) return null;
  return { kind: "number", number, name: NAMES_BY_NUMBER.get(number) ?? null };
}

/** The name AWS shows for a protocol: `-1`, `tcp`, …, or the number as text. */
export function formatProtocol(protocol: Protocol): string {
  if (protocol.kind === "all") return "-1";
  return protocol.name ?? String(protocol.number);
}

/** TCP and UDP rules are limited by a port range; every other protocol ignores ports (SG7). */
export function usesPorts(protocol: Protocol): boolean {
  return protocol.kind === "number" && (protocol.name === "tcp" || protocol.name === "udp");
}

/** ICMP and ICMPv6 rules are limited by type (`fromPort`) and code (`toPort`), -1 meaning any (SG8). */
export function usesIcmpTypeCode(protocol: Protocol): boolean {
  return protocol.kind === "number" && (protocol.name === "icmp" || protocol.name === "icmpv6");
}

/** True when a rule's protocol covers a packet's protocol: `-1` covers all, otherwise the numbers must be equal. */
export function protocolCovers(rule: Protocol, packet: Protocol): boolean {
  if (rule.kind === "all") return true;
  return packet.kind === "number" && packet.number === rule.number;
}
