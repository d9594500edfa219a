import { describe, expect, it } from "vitest";
import { ALL_OUT, inboundHttps, inputErrorOf, naclRule, runSg, tcpIn, tcpOut } from "./sg-fixtures";

const NACL = "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html";
const openWeb = [{ id: "sg-web", inbound: [tcpIn(443, "0.0.0.0/0"), tcpIn(22, "0.0.0.0/0")], outbound: ALL_OUT }];
const https = (rule: number, action: "allow" | "deny", cidr = "0.0.0.0/0") =>
  naclRule(rule, action, cidr, "tcp", 443, 443);
const ephemeral = (rule: number, from = 1024, to = 65535) => naclRule(rule, "allow", "0.0.0.0/0", "tcp", from, to);

describe(`N1 NACLs are stateless (${NACL})`, () => {
  it("an allowed inbound request whose reply has no outbound rule is dropped at nacl-out-reply by *", () => {
    const result = runSg({
      securityGroups: openWeb,
      nacl: { inbound: [https(100, "allow")], outbound: [] },
      traffic: inboundHttps(),
    });
    expect(result).toMatchObject({ verdict: "blocked-by-nacl", layer: "nacl-out-reply", rule: "*" });
    expect((result.explanation as { en: string }).en).toContain("stateless");
  });

  it("an outbound request needs an inbound rule for its reply (nacl-in-reply)", () => {
    const traffic = {
      direction: "outbound",
      protocol: "tcp",
      port: 443,
      destination: "203.0.113.9",
      sourcePort: 40000,
    };
    const nacl = { inbound: [], outbound: [https(100, "allow")] };
    const result = runSg({
      securityGroups: [{ id: "sg-app", inbound: [], outbound: [tcpOut(443, "0.0.0.0/0")] }],
      nacl,
      traffic,
    });
    expect(result).toMatchObject({ verdict: "blocked-by-nacl", layer: "nacl-in-reply", rule: "*" });
    const fixed = { ...nacl, inbound: [ephemeral(100)] };
    expect(
      runSg({
        securityGroups: [{ id: "sg-app", inbound: [], outbound: [tcpOut(443, "0.0.0.0/0")] }],
        nacl: fixed,
        traffic,
      }).verdict,
    ).toBe("allowed");
  });

  it("UDP replies are checked too", () => {
    const traffic = {
      direction: "outbound",
      protocol: "udp",
      port: 53,
      destination: "198.51.100.53",
      sourcePort: 40000,
    };
    const nacl = {
      inbound: [naclRule(100, "allow", "0.0.0.0/0", "tcp", 1024, 65535)],
      outbound: [naclRule(100, "allow", "0.0.0.0/0", "udp", 53, 53)],
    };
    expect(runSg({ securityGroups: [{ id: "sg-app" }], nacl, traffic })).toMatchObject({
      verdict: "blocked-by-nacl",
      layer: "nacl-in-reply",
    });
  });
});

describe(`N2 lowest rule number first, first match wins, * denies the rest (${NACL}#nacl-rules)`, () => {
  it("a lower-numbered deny wins even when listed after the allow", () => {
    const nacl = { inbound: [https(200, "allow"), https(100, "deny")], outbound: [ephemeral(100)] };
    expect(runSg({ securityGroups: openWeb, nacl, traffic: inboundHttps() })).toMatchObject({
      verdict: "blocked-by-nacl",
      layer: "nacl-in",
      rule: 100,
    });
  });

  it("a lower-numbered allow wins over a later deny", () => {
    const nacl = { inbound: [https(200, "deny"), https(100, "allow")], outbound: [ephemeral(100)] };
    expect(runSg({ securityGroups: openWeb, nacl, traffic: inboundHttps() }).verdict).toBe("allowed");
  });

  it("a deny for one address range ahead of a broad allow blocks only that range", () => {
    const nacl = { inbound: [https(100, "deny", "198.51.100.0/24"), https(110, "allow")], outbound: [ephemeral(100)] };
    expect(runSg({ securityGroups: openWeb, nacl, traffic: inboundHttps("198.51.100.7") }).rule).toBe(100);
    expect(runSg({ securityGroups: openWeb, nacl, traffic: inboundHttps("203.0.113.7") }).verdict).toBe("allowed");
  });

  it("no matching numbered rule means the * rule denies", () => {
    const nacl = { inbound: [naclRule(100, "allow", "0.0.0.0/0", "tcp", 22, 22)], outbound: [ephemeral(100)] };
    expect(runSg({ securityGroups: openWeb, nacl, traffic: inboundHttps() })).toMatchObject({
      verdict: "blocked-by-nacl",
      layer: "nacl-in",
      rule: "*",
    });
  });

  it("rule numbers 1 and 32766 are valid", () => {
    const nacl = { inbound: [https(32766, "deny"), https(1, "allow")], outbound: [ephemeral(32766)] };
    expect(runSg({ securityGroups: openWeb, nacl, traffic: inboundHttps() }).verdict).toBe("allowed");
  });
});

describe(`N3 the default NACL allows everything (${NACL}#default-network-acl)`, () => {
  it("no nacl in the input is the default NACL: rule 100 for IPv4", () => {
    const result = runSg({ securityGroups: openWeb, traffic: inboundHttps() });
    expect(result.verdict).toBe("allowed");
    expect(result.trace).toContainEqual(
      expect.objectContaining({ layer: "nacl-in", outcome: "allow", rule: 100, defaultNacl: true }),
    );
  });

  it("and rule 101 for IPv6", () => {
    const groups = [{ id: "sg-web", inbound: [tcpIn(443, "::/0")], outbound: ALL_OUT }];
    const result = runSg({ securityGroups: groups, traffic: inboundHttps("2001:db8::7") });
    expect(result.trace).toContainEqual(expect.objectContaining({ layer: "nacl-in", rule: 101 }));
  });
});

describe(`N4 a new custom NACL denies all (${NACL}#custom-network-acl)`, () => {
  it('{"inbound": [], "outbound": []} blocks inbound at nacl-in', () => {
    expect(
      runSg({ securityGroups: openWeb, nacl: { inbound: [], outbound: [] }, traffic: inboundHttps() }),
    ).toMatchObject({
      verdict: "blocked-by-nacl",
      layer: "nacl-in",
      rule: "*",
    });
  });
});

describe(`N6 NACLs are not evaluated within a subnet (${NACL}#nacl-basics)`, () => {
  it("sameSubnet skips a deny-all NACL", () => {
    const traffic = { ...inboundHttps("10.0.1.9"), sameSubnet: true };
    const result = runSg({ securityGroups: openWeb, nacl: { inbound: [], outbound: [] }, traffic });
    expect(result.verdict).toBe("allowed");
    expect(result.trace).toContainEqual(expect.objectContaining({ layer: "nacl-in", outcome: "skipped" }));
  });

  it("sameSubnet does not skip the security group", () => {
    const traffic = { ...inboundHttps("10.0.1.9"), port: 3306, sameSubnet: true };
    expect(runSg({ securityGroups: openWeb, traffic }).verdict).toBe("blocked-by-sg");
  });
});

describe(`N7 ephemeral ports for return traffic (${NACL}#nacl-ephemeral-ports)`, () => {
  const withOutbound = (rule: object) => ({ inbound: [https(100, "allow")], outbound: [rule] });

  it("1024-65535 covers a Linux client's ephemeral port", () => {
    expect(
      runSg({
        securityGroups: openWeb,
        nacl: withOutbound(ephemeral(100)),
        traffic: { ...inboundHttps(), sourcePort: 33000 },
      }).verdict,
    ).toBe("allowed");
  });

  it("a Windows-only range 49152-65535 drops the reply to a Linux client on port 33000", () => {
    const result = runSg({
      securityGroups: openWeb,
      nacl: withOutbound(ephemeral(100, 49152, 65535)),
      traffic: { ...inboundHttps(), sourcePort: 33000 },
    });
    expect(result).toMatchObject({ verdict: "blocked-by-nacl", layer: "nacl-out-reply", rule: "*" });
  });

  it("the reply check is against the client's address: an outbound rule for another CIDR does not help", () => {
    const nacl = withOutbound(naclRule(100, "allow", "10.0.0.0/8", "tcp", 1024, 65535));
    expect(runSg({ securityGroups: openWeb, nacl, traffic: inboundHttps("198.51.100.7") }).layer).toBe(
      "nacl-out-reply",
    );
  });

  it("an ICMP echo request needs the echo reply (type 0) allowed on the way back", () => {
    const groups = [
      {
        id: "sg-web",
        inbound: [{ protocol: "icmp", fromPort: 8, toPort: -1, source: "0.0.0.0/0" }],
        outbound: ALL_OUT,
      },
    ];
    const ping = { direction: "inbound", protocol: "icmp", icmpType: 8, icmpCode: 0, source: "198.51.100.7" };
    const inbound = [naclRule(100, "allow", "0.0.0.0/0", "icmp", 8, -1)];
    const blocked = runSg({ securityGroups: groups, nacl: { inbound, outbound: [ephemeral(100)] }, traffic: ping });
    expect(blocked).toMatchObject({ verdict: "blocked-by-nacl", layer: "nacl-out-reply" });
    const outbound = [naclRule(100, "allow", "0.0.0.0/0", "icmp", 0, -1)];
    expect(runSg({ securityGroups: groups, nacl: { inbound, outbound }, traffic: ping }).verdict).toBe("allowed");
  });

  it("a missing sourcePort is an input error only when a NACL must check the reply", () => {
    const traffic = { direction: "inbound", protocol: "tcp", port: 443, source: "198.51.100.7" };
    expect(
      inputErrorOf({ securityGroups: openWeb, nacl: { inbound: [https(100, "allow")], outbound: [] }, traffic }),
    ).toMatch(/^traffic\.sourcePort:/);
    expect(runSg({ securityGroups: openWeb, traffic: { ...traffic, sameSubnet: true } }).verdict).toBe("allowed");
    expect(runSg({ securityGroups: openWeb, traffic }).verdict).toBe("allowed");
  });
});

describe(`N8 evaluation order: NACL before SG inbound, SG before NACL outbound (${NACL})`, () => {
  it("inbound traffic both layers would drop is reported as blocked-by-nacl", () => {
    const result = runSg({
      securityGroups: [{ id: "sg-closed", inbound: [] }],
      nacl: { inbound: [], outbound: [] },
      traffic: inboundHttps(),
    });
    expect(result).toMatchObject({ verdict: "blocked-by-nacl", layer: "nacl-in" });
  });

  it("outbound traffic both layers would drop is reported as blocked-by-sg", () => {
    const traffic = {
      direction: "outbound",
      protocol: "tcp",
      port: 443,
      destination: "203.0.113.9",
      sourcePort: 40000,
    };
    const result = runSg({
      securityGroups: [{ id: "sg-closed", inbound: [], outbound: [] }],
      nacl: { inbound: [], outbound: [] },
      traffic,
    });
    expect(result).toMatchObject({ verdict: "blocked-by-sg", layer: "sg-out" });
  });

  it("the trace lists the layers in order", () => {
    const nacl = { inbound: [https(100, "allow")], outbound: [ephemeral(100)] };
    const result = runSg({ securityGroups: openWeb, nacl, traffic: inboundHttps() });
    expect((result.trace as { layer: string }[]).map((step) => step.layer)).toEqual([
      "nacl-in",
      "sg-in",
      "sg-reply",
      "nacl-out-reply",
    ]);
  });
});

describe(`IPv4 and IPv6 NACL rules are separate (${NACL})`, () => {
  it("an IPv4 allow-all rule does not admit an IPv6 client", () => {
    const groups = [{ id: "sg-web", inbound: [tcpIn(443, "::/0")], outbound: ALL_OUT }];
    const nacl = { inbound: [naclRule(100, "allow")], outbound: [naclRule(100, "allow")] };
    expect(runSg({ securityGroups: groups, nacl, traffic: inboundHttps("2001:db8::7") })).toMatchObject({
      verdict: "blocked-by-nacl",
      rule: "*",
    });
    const v6 = { inbound: [naclRule(101, "allow", "::/0")], outbound: [naclRule(101, "allow", "::/0")] };
    expect(runSg({ securityGroups: groups, nacl: v6, traffic: inboundHttps("2001:db8::7") }).verdict).toBe("allowed");
  });
});
