import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  cidrContains,
  formatCidr,
  formatIp,
  isVpcPrivateAddress,
  parseCidr,
  parseIp,
  parseProtocol,
} from "@/lib/sim/net";

function ip(text: string) {
  const parsed = parseIp(text);
  if (parsed === null) throw new Error(`bad test IP ${text}`);
  return parsed;
}

function cidr(text: string) {
  const parsed = parseCidr(text);
  if (parsed === null) throw new Error(`bad test CIDR ${text}`);
  return parsed;
}

describe("IP parsing", () => {
  it.each([
    "10.0.0.1",
    "0.0.0.0",
    "255.255.255.255",
    "::",
    "::1",
    "2001:db8::7",
    "fe80::1:2:3:4",
    "::ffff:10.0.0.1",
    "1:2:3:4:5:6:7:8",
  ])("accepts %s", (text) => expect(parseIp(text)).not.toBeNull());

  it.each([
    "256.0.0.1",
    "10.0.0",
    "10.0.0.1.2",
    "010.0.0.1",
    "1::2::3",
    "1:2:3:4:5:6:7:8:9",
    "12345::",
    "abc",
    "",
    "10.0.0.1/32",
  ])("rejects %s", (text) => expect(parseIp(text)).toBeNull());

  it("formats IPv6 in compressed form", () => {
    expect(formatIp(ip("2001:0db8:0000:0000:0000:0000:0000:0007"))).toBe("2001:db8::7");
    expect(formatIp(ip("::"))).toBe("::");
  });

  it("round-trips any IPv4 address", () => {
    fc.assert(
      fc.property(fc.ipV4(), (text) => {
        expect(formatIp(ip(text))).toBe(text);
      }),
    );
  });

  it("parses every IPv6 address fast-check generates, and its formatted form parses to the same value", () => {
    fc.assert(
      fc.property(fc.ipV6(), (text) => {
        const parsed = ip(text);
        expect(ip(formatIp(parsed)).value).toBe(parsed.value);
      }),
    );
  });
});

describe("CIDR matching (SG5: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html)", () => {
  it("0.0.0.0/0 contains every IPv4 address and no IPv6 address", () => {
    expect(cidrContains(cidr("0.0.0.0/0"), ip("198.51.100.7"))).toBe(true);
    expect(cidrContains(cidr("0.0.0.0/0"), ip("2001:db8::1"))).toBe(false);
  });

  it("::/0 contains every IPv6 address and no IPv4 address", () => {
    expect(cidrContains(cidr("::/0"), ip("2001:db8::1"))).toBe(true);
    expect(cidrContains(cidr("::/0"), ip("10.0.0.1"))).toBe(false);
  });

  it("an IPv4-mapped IPv6 address is still IPv6", () => {
    expect(cidrContains(cidr("10.0.0.0/8"), ip("::ffff:10.0.0.1"))).toBe(false);
  });

  it("a bare address is a /32 or /128 host route", () => {
    expect(formatCidr(cidr("203.0.113.5"))).toBe("203.0.113.5/32");
    expect(formatCidr(cidr("2001:db8::5"))).toBe("2001:db8::5/128");
    expect(cidrContains(cidr("203.0.113.5"), ip("203.0.113.6"))).toBe(false);
  });

  it("boundaries of a block are inclusive", () => {
    expect(cidrContains(cidr("10.0.1.0/24"), ip("10.0.1.0"))).toBe(true);
    expect(cidrContains(cidr("10.0.1.0/24"), ip("10.0.1.255"))).toBe(true);
    expect(cidrContains(cidr("10.0.1.0/24"), ip("10.0.2.0"))).toBe(false);
    expect(cidrContains(cidr("2001:db8::/32"), ip("2001:db8:ffff::1"))).toBe(true);
    expect(cidrContains(cidr("2001:db8::/32"), ip("2001:db9::1"))).toBe(false);
  });

  it("host bits below the prefix are cleared", () => {
    expect(formatCidr(cidr("10.0.1.77/24"))).toBe("10.0.1.0/24");
  });

  it.each(["10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/8/8", "10.0.0.0/-1", "sg-123", "pl-1234"])(
    "rejects %s",
    (text) => {
      expect(parseCidr(text)).toBeNull();
    },
  );

  it("a block always contains its own network address (property)", () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (address, prefix) => {
        const block = cidr(`${address}/${prefix}`);
        expect(cidrContains(block, ip(address))).toBe(true);
      }),
    );
  });

  it("VPC-private IPv4 ranges (RFC 1918 and 100.64/10) are private; public ones are not (SG6)", () => {
    expect(isVpcPrivateAddress(ip("10.0.1.25"))).toBe(true);
    expect(isVpcPrivateAddress(ip("172.31.0.9"))).toBe(true);
    expect(isVpcPrivateAddress(ip("192.168.3.4"))).toBe(true);
    expect(isVpcPrivateAddress(ip("100.64.0.1"))).toBe(true);
    expect(isVpcPrivateAddress(ip("54.12.0.1"))).toBe(false);
    expect(isVpcPrivateAddress(ip("172.32.0.1"))).toBe(false);
  });
});

describe("protocols (SG7: https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html)", () => {
  it("names and IANA numbers are the same protocol", () => {
    expect(parseProtocol("tcp")).toEqual(parseProtocol("6"));
    expect(parseProtocol("udp")).toEqual(parseProtocol(17));
    expect(parseProtocol("icmp")).toEqual(parseProtocol("1"));
    expect(parseProtocol("icmpv6")).toEqual(parseProtocol("58"));
    expect(parseProtocol("TCP")).toEqual(parseProtocol("tcp"));
  });

  it("-1 means all protocols", () => {
    expect(parseProtocol("-1")).toEqual({ kind: "all" });
    expect(parseProtocol(-1)).toEqual({ kind: "all" });
  });

  it("other IANA numbers are kept without a name", () => {
    expect(parseProtocol("50")).toEqual({ kind: "number", number: 50, name: null });
  });

  it.each(["256", "-2", "http", "", "6.5"])("rejects %s", (text) => {
    expect(parseProtocol(text)).toBeNull();
  });
});
