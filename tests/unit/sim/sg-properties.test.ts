import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulate } from "@/lib/sim";

// Small pools so that generated rules and traffic often match each other.
const IPS = ["10.0.1.5", "10.0.2.9", "198.51.100.7", "203.0.113.9", "2001:db8::5"];
const CIDRS = ["0.0.0.0/0", "10.0.0.0/16", "10.0.1.0/24", "198.51.100.0/24", "203.0.113.9/32", "::/0", "2001:db8::/32"];
const GROUP_IDS = ["sg-a", "sg-b", "sg-c"];
const PORTS = [22, 80, 443, 1100, 33000, 50000];

const portRange = fc.oneof(
  fc.constant({ fromPort: -1, toPort: -1 }),
  fc
    .tuple(fc.constantFrom(...PORTS), fc.constantFrom(0, 100, 40000))
    .map(([from, width]) => ({ fromPort: from, toPort: Math.min(65535, from + width) })),
);

const ruleBody = fc.oneof(
  fc
    .record({ protocol: fc.constantFrom("tcp", "udp", "6", "17") })
    .chain((p) => portRange.map((r) => ({ ...p, ...r }))),
  fc.record({
    protocol: fc.constantFrom("icmp", "1"),
    fromPort: fc.constantFrom(-1, 0, 3, 8),
    toPort: fc.constantFrom(-1, 0),
  }),
  fc.record({ protocol: fc.constant("-1"), fromPort: fc.constant(-1), toPort: fc.constant(-1) }),
);

const target = fc.oneof(fc.constantFrom(...CIDRS), fc.constantFrom(...GROUP_IDS));
const inboundRule = fc.tuple(ruleBody, target).map(([body, source]) => ({ ...body, source }));
const outboundRule = fc.tuple(ruleBody, target).map(([body, destination]) => ({ ...body, destination }));

const group = (id: string) =>
  fc.record({
    id: fc.constant(id),
    inbound: fc.array(inboundRule, { maxLength: 4 }),
    outbound: fc.array(outboundRule, { maxLength: 4 }),
  });

const naclRules = fc
  .uniqueArray(fc.integer({ min: 1, max: 300 }), { maxLength: 5 })
  .chain((numbers) =>
    fc.tuple(
      ...numbers.map((rule) =>
        fc
          .tuple(ruleBody, fc.constantFrom(...CIDRS), fc.constantFrom("allow", "deny"))
          .map(([body, cidr, action]) => ({ rule, ...body, cidr, action })),
      ),
    ),
  );

const peer = fc.oneof(
  fc.constantFrom(...IPS),
  fc.record({ sg: fc.constantFrom(...GROUP_IDS), ip: fc.constantFrom(...IPS) }),
);

const traffic = fc
  .oneof(
    fc.record({
      direction: fc.constantFrom("inbound", "outbound"),
      protocol: fc.constantFrom("tcp", "udp"),
      port: fc.constantFrom(...PORTS),
      peer,
      sourcePort: fc.constantFrom(1100, 33000, 50000),
      sameSubnet: fc.boolean(),
    }),
    fc.record({
      direction: fc.constantFrom("inbound", "outbound"),
      protocol: fc.constant("icmp"),
      icmpType: fc.constantFrom(0, 3, 8),
      icmpCode: fc.constantFrom(0, 1),
      peer,
      sameSubnet: fc.boolean(),
    }),
  )
  .map(({ peer: p, ...rest }) => (rest.direction === "inbound" ? { ...rest, source: p } : { ...rest, destination: p }));

const scenario = fc.record({
  securityGroups: fc.tuple(group("sg-a"), group("sg-b"), group("sg-c")),
  instanceGroups: fc.subarray(GROUP_IDS, { minLength: 1 }),
  nacl: fc.option(fc.record({ inbound: naclRules, outbound: naclRules }), { nil: undefined }),
  traffic,
});

function verdictOf(input: unknown): { verdict: unknown; layer: unknown; rule: unknown } {
  const run = simulate("sg", input);
  if (!run.ok) throw new Error(run.inputError);
  return { verdict: run.result.verdict, layer: run.result.layer, rule: run.result.rule };
}

function withoutUndefined(input: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
}

describe("sg invariants (fast-check)", () => {
  it("adding an allow rule to an attached security group never turns allowed into a block (SG2, SG4)", () => {
    fc.assert(
      fc.property(
        scenario,
        fc.nat(),
        fc.boolean(),
        inboundRule,
        outboundRule,
        (input, pick, inbound, inRule, outRule) => {
          const before = verdictOf(withoutUndefined(input));
          fc.pre(before.verdict === "allowed");
          const groupId = input.instanceGroups[pick % input.instanceGroups.length];
          const securityGroups = input.securityGroups.map((g) =>
            g.id !== groupId
              ? g
              : inbound
                ? { ...g, inbound: [...g.inbound, inRule] }
                : { ...g, outbound: [...g.outbound, outRule] },
          );
          expect(verdictOf(withoutUndefined({ ...input, securityGroups })).verdict).toBe("allowed");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("NACL rule array order never matters, only rule numbers (N2)", () => {
    fc.assert(
      fc.property(
        scenario.filter((s) => s.nacl !== undefined),
        fc.func(fc.integer()),
        (input, key) => {
          const nacl = input.nacl;
          if (nacl === undefined) return;
          const shuffle = <T>(rules: T[]) => [...rules].sort((a, b) => key(a) - key(b));
          const shuffled = { ...input, nacl: { inbound: shuffle(nacl.inbound), outbound: shuffle(nacl.outbound) } };
          expect(verdictOf(withoutUndefined(shuffled))).toEqual(verdictOf(withoutUndefined(input)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("SG rule order and group order never matter (SG4)", () => {
    fc.assert(
      fc.property(scenario, fc.func(fc.integer()), (input, key) => {
        const shuffle = <T>(items: readonly T[]) => [...items].sort((a, b) => key(a) - key(b));
        const securityGroups = shuffle(
          input.securityGroups.map((g) => ({ ...g, inbound: shuffle(g.inbound), outbound: shuffle(g.outbound) })),
        );
        const shuffled = { ...input, securityGroups, instanceGroups: shuffle(input.instanceGroups) };
        expect(verdictOf(withoutUndefined(shuffled))).toEqual(verdictOf(withoutUndefined(input)));
      }),
      { numRuns: 300 },
    );
  });

  it("an absent NACL behaves like a NACL that allows everything (N3)", () => {
    const allowAll = [
      { rule: 100, protocol: "-1", cidr: "0.0.0.0/0", action: "allow" },
      { rule: 101, protocol: "-1", cidr: "::/0", action: "allow" },
    ];
    fc.assert(
      fc.property(scenario, (input) => {
        const { nacl: _ignored, ...rest } = withoutUndefined(input);
        expect(verdictOf({ ...rest, nacl: { inbound: allowAll, outbound: allowAll } })).toEqual(verdictOf(rest));
      }),
      { numRuns: 200 },
    );
  });
});
