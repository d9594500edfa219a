import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulate } from "@/lib/sim";
import { ALL_OUT, inboundHttps, inputErrorOf, naclRule, runSg, tcpIn } from "./sg-fixtures";

const base = {
  securityGroups: [{ id: "sg-web", inbound: [tcpIn(443, "0.0.0.0/0")], outbound: ALL_OUT }],
  traffic: inboundHttps(),
};

describe("sg input errors name the field", () => {
  it("a source that is neither a CIDR nor an sg id", () => {
    const input = {
      ...base,
      securityGroups: [{ id: "sg-web", inbound: [tcpIn(443, "0.0.0.0/0"), tcpIn(22, "10.0.0.300/8")] }],
    };
    expect(inputErrorOf(input)).toBe("securityGroups[0].inbound[1].source: not a CIDR or sg id");
  });

  it("a prefix list (not simulated)", () => {
    const input = { ...base, securityGroups: [{ id: "sg-web", inbound: [tcpIn(443, "pl-12345")] }] };
    expect(inputErrorOf(input)).toMatch(/^securityGroups\[0\]\.inbound\[0\]\.source: prefix lists/);
  });

  it("an unknown protocol", () => {
    const input = {
      ...base,
      securityGroups: [
        { id: "sg-web", inbound: [{ protocol: "http", fromPort: 80, toPort: 80, source: "0.0.0.0/0" }] },
      ],
    };
    expect(inputErrorOf(input)).toMatch(/^securityGroups\[0\]\.inbound\[0\]\.protocol:/);
  });

  it("a tcp rule without ports, and a reversed range", () => {
    const noPorts = {
      ...base,
      securityGroups: [{ id: "sg-web", inbound: [{ protocol: "tcp", source: "0.0.0.0/0" }] }],
    };
    expect(inputErrorOf(noPorts)).toBe("securityGroups[0].inbound[0].fromPort: required for tcp/udp");
    const reversed = { ...base, securityGroups: [{ id: "sg-web", inbound: [tcpIn(443, "0.0.0.0/0", 80)] }] };
    expect(inputErrorOf(reversed)).toMatch(/^securityGroups\[0\]\.inbound\[0\]\.toPort:/);
  });

  it("an outbound rule written with source instead of destination", () => {
    const input = { ...base, securityGroups: [{ id: "sg-web", outbound: [{ protocol: "-1", source: "0.0.0.0/0" }] }] };
    expect(inputErrorOf(input)).toBe("securityGroups[0].outbound[0].destination: required");
  });

  it("an attached group that is not defined", () => {
    expect(inputErrorOf({ ...base, instanceGroups: ["sg-web", "sg-missing"] })).toBe(
      "instanceGroups[1]: unknown security group sg-missing",
    );
  });

  it("NACL rule numbers outside 1-32766, duplicated, or a bad CIDR or action", () => {
    const nacl = (inbound: unknown[]) => ({ ...base, nacl: { inbound, outbound: [] } });
    expect(inputErrorOf(nacl([naclRule(32767, "allow")]))).toMatch(/^nacl\.inbound\[0\]\.rule:/);
    expect(inputErrorOf(nacl([naclRule(0, "allow")]))).toMatch(/^nacl\.inbound\[0\]\.rule:/);
    expect(inputErrorOf(nacl([naclRule(100, "allow"), naclRule(100, "deny")]))).toBe(
      "nacl.inbound[1].rule: duplicate rule number 100",
    );
    expect(inputErrorOf(nacl([{ ...naclRule(100, "allow"), cidr: "everywhere" }]))).toBe(
      "nacl.inbound[0].cidr: not a CIDR",
    );
    expect(inputErrorOf(nacl([{ ...naclRule(100, "allow"), action: "permit" }]))).toMatch(
      /^nacl\.inbound\[0\]\.action:/,
    );
  });

  it("traffic without a port, with protocol -1, or with a bad peer", () => {
    expect(inputErrorOf({ ...base, traffic: { direction: "inbound", protocol: "tcp", source: "1.2.3.4" } })).toBe(
      "traffic.port: required for tcp/udp",
    );
    expect(inputErrorOf({ ...base, traffic: { ...inboundHttps(), protocol: "-1" } })).toMatch(/^traffic\.protocol:/);
    expect(inputErrorOf({ ...base, traffic: inboundHttps("10.0.0.0/8") })).toMatch(/^traffic\.source:/);
    expect(
      inputErrorOf({ ...base, traffic: { direction: "outbound", protocol: "tcp", port: 443, source: "1.2.3.4" } }),
    ).toBe("traffic.destination: required for outbound traffic");
    expect(inputErrorOf({ ...base, traffic: { ...inboundHttps(), direction: "sideways" } })).toMatch(
      /^traffic\.direction:/,
    );
  });

  it("a missing top-level field", () => {
    expect(inputErrorOf({ securityGroups: [] })).toBe("traffic: required");
  });

  it("never throws, whatever JSON it gets", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const run = simulate("sg", value);
        expect(typeof run.ok).toBe("boolean");
      }),
    );
  });
});

describe("accepted variants", () => {
  it("protocol names are case-insensitive and numbers may be JSON numbers", () => {
    const input = {
      ...base,
      securityGroups: [{ id: "sg-web", inbound: [{ protocol: 6, fromPort: 443, toPort: 443, source: "0.0.0.0/0" }] }],
    };
    expect(runSg({ ...input, traffic: { ...inboundHttps(), protocol: "TCP" } }).verdict).toBe("allowed");
  });

  it("instanceGroups defaults to every listed group", () => {
    expect(runSg(base).verdict).toBe("allowed");
  });
});

describe("sg queries (SG3, N2-N4, N7)", () => {
  const query = (name: string) => {
    const run = simulate("sg", { query: name });
    if (!run.ok) throw new Error(run.inputError);
    return run.result;
  };

  it("newSecurityGroup: no inbound rules, all outbound allowed", () => {
    const result = query("newSecurityGroup");
    expect(result.inbound).toEqual([]);
    expect((result.outbound as unknown[])[0]).toMatchObject({ protocol: "-1", destination: "0.0.0.0/0" });
  });

  it("defaultNacl allows all with rules 100/101; customNacl denies all", () => {
    expect(query("defaultNacl")).toMatchObject({
      inbound: [
        { rule: 100, action: "allow" },
        { rule: 101, action: "allow" },
        { rule: "*", action: "deny" },
      ],
    });
    expect(query("customNacl")).toMatchObject({
      inbound: [{ rule: "*", action: "deny" }],
      outbound: [{ rule: "*", action: "deny" }],
    });
  });

  it("ephemeralPorts recommends 1024-65535; Linux uses 32768-61000", () => {
    expect(query("ephemeralPorts")).toMatchObject({
      recommended: { fromPort: 1024, toPort: 65535 },
      linux: { fromPort: 32768, toPort: 61000 },
    });
  });

  it("naclRuleNumbers: 1-32766", () => {
    expect(query("naclRuleNumbers")).toMatchObject({ min: 1, max: 32766 });
  });

  it("an unknown query is an input error naming the query field", () => {
    expect(inputErrorOf({ query: "bogus" })).toMatch(/^query: unknown query/);
  });
});
