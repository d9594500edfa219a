import { describe, expect, it } from "vitest";
import { simulateSecurityGroups } from "@/lib/sim/sg";
import { ALL_OUT, inboundHttps, runSg, tcpIn, tcpOut } from "./sg-fixtures";

const SG_RULES = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html";
const IP_PERMISSION = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_IpPermission.html";

function web(inbound: unknown[], outbound: unknown[] = ALL_OUT) {
  return [{ id: "sg-web", inbound, outbound }];
}

describe(`SG1 stateful (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html)`, () => {
  it("a reply to allowed inbound traffic leaves even with no outbound rules", () => {
    const result = runSg({ securityGroups: web([tcpIn(443, "0.0.0.0/0")], []), traffic: inboundHttps() });
    expect(result.verdict).toBe("allowed");
    expect(result.trace).toContainEqual(expect.objectContaining({ layer: "sg-reply", outcome: "stateful" }));
  });

  it("a reply to allowed outbound traffic comes back even with no inbound rules", () => {
    const result = runSg({
      securityGroups: web([], [tcpOut(443, "0.0.0.0/0")]),
      traffic: { direction: "outbound", protocol: "tcp", port: 443, destination: "203.0.113.9", sourcePort: 40000 },
    });
    expect(result.verdict).toBe("allowed");
  });
});

describe(`SG2 allow rules only (${SG_RULES})`, () => {
  it("traffic no rule allows is blocked at sg-in, with no deciding rule", () => {
    const result = runSg({ securityGroups: web([tcpIn(22, "10.0.0.0/16")]), traffic: inboundHttps() });
    expect(result).toMatchObject({ verdict: "blocked-by-sg", layer: "sg-in", rule: null });
    expect((result.explanation as { en: string }).en).toContain("only allow");
  });
});

describe(`SG3 a new security group's rules (${SG_RULES})`, () => {
  it("an omitted inbound list means no inbound rules", () => {
    expect(runSg({ securityGroups: [{ id: "sg-new" }], traffic: inboundHttps() }).verdict).toBe("blocked-by-sg");
  });

  it("an omitted outbound list means the default allow-all outbound rule", () => {
    const traffic = { direction: "outbound", protocol: "udp", port: 53, destination: "8.8.8.8", sourcePort: 40000 };
    expect(runSg({ securityGroups: [{ id: "sg-new" }], traffic }).verdict).toBe("allowed");
  });

  it("an explicit empty outbound list allows no outbound traffic", () => {
    const traffic = {
      direction: "outbound",
      protocol: "tcp",
      port: 443,
      destination: "203.0.113.9",
      sourcePort: 40000,
    };
    const result = runSg({ securityGroups: [{ id: "sg-new", inbound: [], outbound: [] }], traffic });
    expect(result).toMatchObject({ verdict: "blocked-by-sg", layer: "sg-out" });
  });
});

describe(`SG4 several groups form a union (${SG_RULES})`, () => {
  const groups = [
    { id: "sg-a", inbound: [tcpIn(22, "10.0.0.0/16")], outbound: ALL_OUT },
    { id: "sg-b", inbound: [tcpIn(443, "0.0.0.0/0")], outbound: ALL_OUT },
  ];

  it("an allow in any attached group is enough", () => {
    const result = runSg({ securityGroups: groups, instanceGroups: ["sg-a", "sg-b"], traffic: inboundHttps() });
    expect(result.verdict).toBe("allowed");
    expect(result.decidedBy).toMatchObject({ layer: "sg-in", group: "sg-b", ruleIndex: 0 });
  });

  it("a group that is not attached does not count", () => {
    const result = runSg({ securityGroups: groups, instanceGroups: ["sg-a"], traffic: inboundHttps() });
    expect(result.verdict).toBe("blocked-by-sg");
  });
});

describe(`SG5 CIDR sources, IPv4 and IPv6 kept apart (${SG_RULES})`, () => {
  it("a source inside the block is allowed and one outside is not", () => {
    const groups = web([tcpIn(443, "198.51.100.0/24")]);
    expect(runSg({ securityGroups: groups, traffic: inboundHttps("198.51.100.200") }).verdict).toBe("allowed");
    expect(runSg({ securityGroups: groups, traffic: inboundHttps("198.51.101.1") }).verdict).toBe("blocked-by-sg");
  });

  it("0.0.0.0/0 does not match IPv6 clients", () => {
    const result = runSg({ securityGroups: web([tcpIn(443, "0.0.0.0/0")]), traffic: inboundHttps("2001:db8::7") });
    expect(result.verdict).toBe("blocked-by-sg");
  });

  it("::/0 matches IPv6 clients but not IPv4 ones", () => {
    const groups = web([tcpIn(443, "::/0")]);
    expect(runSg({ securityGroups: groups, traffic: inboundHttps("2001:db8::7") }).verdict).toBe("allowed");
    expect(runSg({ securityGroups: groups, traffic: inboundHttps("198.51.100.7") }).verdict).toBe("blocked-by-sg");
  });

  it("a single address (/32, or written bare) matches only that address", () => {
    const groups = web([tcpIn(443, "198.51.100.7/32"), tcpIn(443, "2001:db8::9")]);
    expect(runSg({ securityGroups: groups, traffic: inboundHttps("198.51.100.7") }).verdict).toBe("allowed");
    expect(runSg({ securityGroups: groups, traffic: inboundHttps("198.51.100.8") }).verdict).toBe("blocked-by-sg");
    expect(runSg({ securityGroups: groups, traffic: inboundHttps("2001:db8::9") }).verdict).toBe("allowed");
  });
});

describe(`SG6 security-group references (${SG_RULES}#security-group-referencing)`, () => {
  const groups = [
    { id: "sg-db", inbound: [tcpIn(5432, "sg-app")], outbound: ALL_OUT },
    { id: "sg-app", inbound: [], outbound: ALL_OUT },
  ];
  const traffic = (source: unknown) => ({
    direction: "inbound",
    protocol: "tcp",
    port: 5432,
    source,
    sourcePort: 40000,
  });

  it("a member of the referenced group reached at its private IP is allowed", () => {
    const result = runSg({
      securityGroups: groups,
      instanceGroups: ["sg-db"],
      traffic: traffic({ sg: "sg-app", ip: "10.0.1.25" }),
    });
    expect(result.verdict).toBe("allowed");
  });

  it("a plain IP matches no SG reference, even the same address", () => {
    const result = runSg({ securityGroups: groups, instanceGroups: ["sg-db"], traffic: traffic("10.0.1.25") });
    expect(result.verdict).toBe("blocked-by-sg");
  });

  it("a member of another group does not match", () => {
    const result = runSg({
      securityGroups: groups,
      instanceGroups: ["sg-db"],
      traffic: traffic({ sg: "sg-other", ip: "10.0.1.25" }),
    });
    expect(result.verdict).toBe("blocked-by-sg");
  });

  it("traffic to the public IP does not match the reference", () => {
    const result = runSg({
      securityGroups: groups,
      instanceGroups: ["sg-db"],
      traffic: traffic({ sg: "sg-app", ip: "54.210.1.2" }),
    });
    expect(result.verdict).toBe("blocked-by-sg");
    expect((result.explanation as { en: string }).en).toContain("private IP");
  });

  it("a peer in several groups matches a reference to any of them; rules are not copied from the referenced group", () => {
    const result = runSg({
      securityGroups: groups,
      instanceGroups: ["sg-db"],
      traffic: traffic({ sg: ["sg-x", "sg-app"], ip: "10.0.1.25" }),
    });
    expect(result.verdict).toBe("allowed");
    const onlyApp = runSg({
      securityGroups: groups,
      instanceGroups: ["sg-app"],
      traffic: traffic({ sg: "sg-db", ip: "10.0.2.5" }),
    });
    expect(onlyApp.verdict).toBe("blocked-by-sg");
  });
});

describe(`SG7 protocols by name or number, -1 ignores ports (${IP_PERMISSION})`, () => {
  it("protocol -1 allows every port whatever range is written", () => {
    const groups = web([{ protocol: "-1", fromPort: 22, toPort: 22, source: "0.0.0.0/0" }]);
    expect(runSg({ securityGroups: groups, traffic: inboundHttps() }).verdict).toBe("allowed");
  });

  it('"6" is tcp and "17" is udp', () => {
    const six = web([{ protocol: "6", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }]);
    expect(runSg({ securityGroups: six, traffic: inboundHttps() }).verdict).toBe("allowed");
    const seventeen = web([{ protocol: "17", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }]);
    expect(runSg({ securityGroups: seventeen, traffic: inboundHttps() }).verdict).toBe("blocked-by-sg");
  });

  it("a tcp rule does not allow udp on the same port", () => {
    const traffic = { direction: "inbound", protocol: "udp", port: 53, source: "10.0.0.5", sourcePort: 40000 };
    expect(runSg({ securityGroups: web([tcpIn(53, "0.0.0.0/0")]), traffic }).verdict).toBe("blocked-by-sg");
  });

  it("another protocol number (50, ESP) ignores ports", () => {
    const groups = web([{ protocol: "50", fromPort: 1, toPort: 1, source: "0.0.0.0/0" }]);
    const traffic = { direction: "inbound", protocol: "50", source: "203.0.113.4" };
    expect(runSg({ securityGroups: groups, traffic }).verdict).toBe("allowed");
  });
});

describe(`SG8 port ranges and ICMP type/code (${IP_PERMISSION})`, () => {
  it("port ranges are inclusive at both ends", () => {
    const groups = web([tcpIn(8000, "0.0.0.0/0", 8080)]);
    const at = (port: number) => ({ ...inboundHttps(), port });
    expect(runSg({ securityGroups: groups, traffic: at(8000) }).verdict).toBe("allowed");
    expect(runSg({ securityGroups: groups, traffic: at(8080) }).verdict).toBe("allowed");
    expect(runSg({ securityGroups: groups, traffic: at(8081) }).verdict).toBe("blocked-by-sg");
  });

  it("an ICMP rule matches by type (fromPort) and code (toPort), -1 = any", () => {
    const echoOnly = web([{ protocol: "icmp", fromPort: 8, toPort: -1, source: "0.0.0.0/0" }]);
    const ping = { direction: "inbound", protocol: "icmp", icmpType: 8, icmpCode: 0, source: "198.51.100.7" };
    expect(runSg({ securityGroups: echoOnly, traffic: ping }).verdict).toBe("allowed");
    expect(runSg({ securityGroups: echoOnly, traffic: { ...ping, icmpType: 3, icmpCode: 4 } }).verdict).toBe(
      "blocked-by-sg",
    );
    const anyIcmp = web([{ protocol: "icmp", fromPort: -1, toPort: -1, source: "0.0.0.0/0" }]);
    expect(runSg({ securityGroups: anyIcmp, traffic: { ...ping, icmpType: 3, icmpCode: 4 } }).verdict).toBe("allowed");
    const codeOnly = web([{ protocol: "icmp", fromPort: 3, toPort: 4, source: "0.0.0.0/0" }]);
    expect(runSg({ securityGroups: codeOnly, traffic: { ...ping, icmpType: 3, icmpCode: 3 } }).verdict).toBe(
      "blocked-by-sg",
    );
  });

  it("an icmp (IPv4) rule does not match icmpv6", () => {
    const groups = web([{ protocol: "icmp", fromPort: -1, toPort: -1, source: "::/0" }]);
    const ping6 = { direction: "inbound", protocol: "icmpv6", icmpType: 128, source: "2001:db8::7" };
    expect(runSg({ securityGroups: groups, traffic: ping6 }).verdict).toBe("blocked-by-sg");
    const v6 = web([{ protocol: "58", fromPort: -1, toPort: -1, source: "::/0" }]);
    expect(runSg({ securityGroups: v6, traffic: ping6 }).verdict).toBe("allowed");
  });
});

describe("typed API", () => {
  it("simulateSecurityGroups returns the same result as the registry and explains itself in both languages", () => {
    const input = { securityGroups: web([tcpIn(443, "0.0.0.0/0")]), traffic: inboundHttps() };
    const run = simulateSecurityGroups(input);
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.result).toEqual(runSg(input));
    expect(run.result.explanation.en).toMatch(/sg-web/);
    expect(run.result.explanation.ko).toMatch(/sg-web/);
  });
});
