import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulate } from "@/lib/sim";
import "../../support/fast-check-seed";
import { peered, twoTier } from "./vpc-fixtures";

const CIDRS = ["0.0.0.0/0", "10.0.0.0/8", "10.0.2.0/24", "198.51.100.0/24", "52.216.0.0/15"];
const PORTS = [22, 443, 1024, 50000];

const portRange = fc.oneof(
  fc.constant({ fromPort: -1, toPort: -1 }),
  fc.tuple(fc.constantFrom(...PORTS), fc.constantFrom(0, 70000)).map(([from, width]) => ({
    fromPort: from,
    toPort: Math.min(65535, from + width),
  })),
);
const body = fc.oneof(
  fc.tuple(fc.constantFrom("tcp", "udp"), portRange).map(([protocol, r]) => ({ protocol, ...r })),
  fc.constant({ protocol: "-1", fromPort: -1, toPort: -1 }),
  fc.constant({ protocol: "icmp", fromPort: -1, toPort: -1 }),
);
const naclRules = fc
  .uniqueArray(fc.integer({ min: 1, max: 200 }), { maxLength: 4 })
  .chain((numbers) =>
    fc.tuple(
      ...numbers.map((rule) =>
        fc
          .tuple(body, fc.constantFrom(...CIDRS), fc.constantFrom("allow", "deny"))
          .map(([b, cidr, action]) => ({ rule, ...b, cidr, action })),
      ),
    ),
  );
const sgRules = (key: "source" | "destination") =>
  fc.array(
    fc
      .tuple(body, fc.constantFrom(...CIDRS, "sg-app", "sg-web", "pl-s3"))
      .map(([b, target]) => ({ ...b, [key]: target })),
    { maxLength: 3 },
  );

const twoTierFlow = fc.record({
  from: fc.constantFrom<unknown>({ instance: "i-app" }, { instance: "i-web" }, "internet"),
  to: fc.constantFrom<unknown>(
    "internet",
    { instance: "i-web" },
    { instance: "i-app" },
    { service: "s3" },
    { instance: "i-web", address: "public" },
  ),
  protocol: fc.constantFrom("tcp", "udp", "icmp", "50"),
  port: fc.constantFrom(...PORTS),
  sourcePort: fc.constantFrom(...PORTS),
  natSourcePort: fc.constantFrom(...PORTS),
});

/** A two-tier network with generated NACLs, SG rules and flow; some flows are input errors (skipped by the checks). */
const scenario = fc
  .record({
    flow: twoTierFlow,
    naclIn: naclRules,
    naclOut: naclRules,
    appIn: sgRules("source"),
    appOut: sgRules("destination"),
    webIn: sgRules("source"),
    webOut: sgRules("destination"),
    natState: fc.constantFrom("available", "deleted"),
    webPublic: fc.boolean(),
  })
  .map((g) => {
    const input = twoTier();
    const flow = { ...g.flow, port: g.flow.protocol === "tcp" || g.flow.protocol === "udp" ? g.flow.port : undefined };
    return {
      ...input,
      natGateways: [{ id: "nat-1", subnet: "subnet-pub", elasticIp: "3.80.0.20", state: g.natState }],
      networkAcls: [{ id: "acl-pub", inbound: g.naclIn, outbound: g.naclOut }],
      securityGroups: [
        { id: "sg-app", inbound: g.appIn, outbound: g.appOut },
        { id: "sg-web", inbound: g.webIn, outbound: g.webOut },
      ],
      instances: [
        { id: "i-app", subnet: "subnet-app", privateIp: "10.0.2.10", securityGroups: ["sg-app"] },
        {
          id: "i-web",
          subnet: "subnet-pub",
          privateIp: "10.0.1.20",
          ...(g.webPublic ? { publicIp: "54.1.2.3" } : {}),
          securityGroups: ["sg-web"],
        },
      ],
      flow,
    } as Record<string, unknown>;
  });

const ALLOW = { protocol: "-1", fromPort: -1, toPort: -1 };

/** Every filter opened: NACLs allow all, every SG allows all in both directions. */
function opened(input: Record<string, unknown>): Record<string, unknown> {
  return {
    ...input,
    networkAcls: [
      {
        id: "acl-pub",
        inbound: [{ rule: 1, ...ALLOW, cidr: "0.0.0.0/0", action: "allow" }],
        outbound: [{ rule: 1, ...ALLOW, cidr: "0.0.0.0/0", action: "allow" }],
      },
    ],
    securityGroups: ["sg-app", "sg-web"].map((id) => ({
      id,
      inbound: [{ ...ALLOW, source: "0.0.0.0/0" }],
      outbound: [{ ...ALLOW, destination: "0.0.0.0/0" }],
    })),
  };
}

const FILTERS = new Set(["security-group", "network-acl"]);

describe("vpc invariants", () => {
  it("is deterministic and never throws", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        expect(simulate("vpc", input)).toEqual(simulate("vpc", structuredClone(input)));
      }),
    );
  });

  it("reports a blocker and its component exactly when unreachable; the path starts at the source", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const run = simulate("vpc", input);
        if (!run.ok || "error" in run.result) return;
        const { reachable, blockedBy, at, path } = run.result as {
          reachable: boolean;
          blockedBy: unknown;
          at: unknown;
          path: string[];
        };
        expect(blockedBy === null).toBe(reachable);
        expect(at === null).toBe(reachable);
        const from = (input.flow as { from: unknown }).from;
        expect(path[0]).toBe(typeof from === "string" ? "internet" : (from as { instance: string }).instance);
      }),
    );
  });

  it("security groups and NACLs never change the path (it is decided by routing alone)", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const run = simulate("vpc", input);
        const open = simulate("vpc", opened(input));
        if (!run.ok || !open.ok || "error" in run.result) return;
        expect(run.result.path).toEqual(open.result.path);
      }),
    );
  });

  it("opening every filter never makes a reachable flow unreachable, and removes every SG/NACL blocker", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const run = simulate("vpc", input);
        const open = simulate("vpc", opened(input));
        if (!run.ok || !open.ok || "error" in run.result) return;
        if (run.result.reachable === true) expect(open.result.reachable).toBe(true);
        expect(FILTERS.has(String(open.result.blockedBy))).toBe(false);
        if (FILTERS.has(String(run.result.blockedBy)) && open.result.reachable === false)
          expect(open.result.path).toEqual(run.result.path);
      }),
    );
  });

  it("peering: from A only the peer VPCs are reachable, never through a peer (V-26)", () => {
    fc.assert(
      fc.property(fc.constantFrom("i-a", "i-b", "i-c"), fc.constantFrom("i-a", "i-b", "i-c"), (from, to) => {
        fc.pre(from !== to);
        const input = {
          ...peered(),
          flow: { from: { instance: from }, to: { instance: to }, protocol: "tcp", port: 22 },
        };
        const opened3 = {
          ...input,
          securityGroups: ["sg-a", "sg-b", "sg-c"].map((id) => ({ id, inbound: [{ ...ALLOW, source: "0.0.0.0/0" }] })),
        };
        const run = simulate("vpc", opened3);
        if (!run.ok) throw new Error(run.inputError);
        expect(run.result.reachable).toBe(from === "i-a" || to === "i-a");
      }),
    );
  });
});
