import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { API, DG, a, answer, weighted, zone, type Json } from "./route53-fixtures";

const H = (status: "healthy" | "unhealthy") => status;

describe(`the contract's example (SIM_CONTRACT.md, route53)`, () => {
  it("answers the healthy weighted record; the unhealthy one is not a candidate", () => {
    const result = answer({
      zone: "example.com",
      healthChecks: {
        "hc-blue": "healthy",
        "hc-green": "unhealthy",
        "hc-any": { children: ["hc-blue", "hc-green"], healthThreshold: 1 },
      },
      records: [
        weighted("blue", 200, "192.0.2.1", { healthCheckId: "hc-blue" }),
        weighted("green", 55, "192.0.2.2", { healthCheckId: "hc-green" }),
        {
          name: "example.com",
          type: "A",
          aliasTarget: {
            aws: "elb",
            values: ["203.0.113.10", "203.0.113.11"],
            targetGroups: [{ registered: 2, healthy: 1 }],
            evaluateTargetHealth: true,
          },
        },
      ],
      question: {
        name: "www.example.com",
        type: "A",
        from: { geo: { continent: "EU", country: "DE" }, latencyMs: { "eu-central-1": 18 } },
        random: 0.0,
      },
    });
    expect(result).toMatchObject({
      rcode: "NOERROR",
      answerType: "A",
      answers: ["192.0.2.1"],
      answerCount: 1,
      ttl: 60,
      distribution: null,
      decidedBy: ["blue"],
      healthFallback: false,
    });
    expect(result.explanation).toMatchObject({
      ko: expect.stringContaining("blue"),
      en: expect.stringContaining("blue"),
    });
  });
});

describe(`R-1, R-3 weighted routing (${DG}/routing-policy-weighted.html)`, () => {
  it('"weights 1 and 255 give 1/256 and 255/256" (R-1): exact probabilities rounded to 4 places', () => {
    const result = answer(zone([weighted("a", 1, "192.0.2.1"), weighted("b", 255, "192.0.2.2")]));
    expect(result.distribution).toEqual({ "192.0.2.1": 0.0039, "192.0.2.2": 0.9961 });
  });

  it("random picks the record whose interval of [0, 1) contains it, in array order", () => {
    const records = [weighted("a", 1, "192.0.2.1"), weighted("b", 3, "192.0.2.2")];
    expect(answer(zone(records, { random: 0 })).decidedBy).toEqual(["a"]);
    expect(answer(zone(records, { random: 0.2499 })).decidedBy).toEqual(["a"]);
    expect(answer(zone(records, { random: 0.25 })).decidedBy).toEqual(["b"]);
    expect(answer(zone(records, { random: 0.9999 })).decidedBy).toEqual(["b"]);
  });

  it('"If every record in the group has weight 0, traffic goes to all of them with equal probability" (R-3)', () => {
    const records = [weighted("a", 0, "192.0.2.1"), weighted("b", 0, "192.0.2.2"), weighted("c", 0, "192.0.2.3")];
    expect(answer(zone(records)).distribution).toEqual({
      "192.0.2.1": 0.3333,
      "192.0.2.2": 0.3333,
      "192.0.2.3": 0.3333,
    });
  });

  it("halves round up from the exact fraction (1/8 = 0.125 → 0.125; 1/16 = 0.0625 → 0.0625; 1/32 → 0.0313)", () => {
    const records = [weighted("a", 1, "192.0.2.1"), weighted("b", 31, "192.0.2.2")];
    expect(answer(zone(records)).distribution).toEqual({ "192.0.2.1": 0.0313, "192.0.2.2": 0.9688 });
  });

  it("equal answer lists are summed, and one possible list means no distribution", () => {
    const same = [weighted("a", 1, "192.0.2.1"), weighted("b", 2, "192.0.2.1")];
    expect(answer(zone(same)).distribution).toBeNull();
    const two = [weighted("a", 1, "192.0.2.1"), weighted("b", 2, "192.0.2.1"), weighted("c", 1, "192.0.2.9")];
    expect(answer(zone(two)).distribution).toEqual({ "192.0.2.1": 0.75, "192.0.2.9": 0.25 });
  });
});

describe(`R-4, R-5 health checks and weight 0 (${DG}/routing-policy-weighted.html, "Health checks and weighted routing")`, () => {
  /** Weights 1, 1, 0 with the given check states; `third: null` means record 3 has no health check. */
  function table(first: string, second: string, third: string | null): string[] {
    const healthChecks: Json = { h1: first, h2: second };
    if (third !== null) healthChecks.h3 = third;
    const records = [
      weighted("r1", 1, "192.0.2.1", { healthCheckId: "h1" }),
      weighted("r2", 1, "192.0.2.2", { healthCheckId: "h2" }),
      weighted("r3", 0, "192.0.2.3", third === null ? {} : { healthCheckId: "h3" }),
    ];
    const result = answer(zone(records, {}, { healthChecks }));
    const dist = result.distribution as Record<string, number> | null;
    return dist ? Object.keys(dist) : (result.answers as string[]);
  }

  it.each([
    ["unhealthy", "unhealthy", "healthy", ["192.0.2.3"]],
    ["unhealthy", "unhealthy", "unhealthy", ["192.0.2.1", "192.0.2.2"]],
    ["unhealthy", "healthy", "unhealthy", ["192.0.2.2"]],
    ["healthy", "healthy", "unhealthy", ["192.0.2.1", "192.0.2.2"]],
    ["healthy", "healthy", "healthy", ["192.0.2.1", "192.0.2.2"]],
  ])("with a check on all three, %s/%s/%s → %j (R-5)", (h1, h2, h3, expected) => {
    expect(table(h1, h2, h3)).toEqual(expected);
  });

  it.each([
    ["healthy", "healthy", ["192.0.2.1", "192.0.2.2"]],
    ["unhealthy", "unhealthy", ["192.0.2.3"]],
    ["unhealthy", "healthy", ["192.0.2.2"]],
  ])("with no check on record 3, %s/%s → %j (R-5, R-6)", (h1, h2, expected) => {
    expect(table(h1, h2, null)).toEqual(expected);
  });

  it('"If no record in a group is healthy, Route 53 considers all of them healthy" (R-7): healthFallback', () => {
    const records = [
      weighted("a", 1, "192.0.2.1", { healthCheckId: "h" }),
      weighted("b", 1, "192.0.2.2", { healthCheckId: "h" }),
    ];
    const result = answer(zone(records, { random: 0.7 }, { healthChecks: { h: "unhealthy" } }));
    expect(result).toMatchObject({ answers: ["192.0.2.2"], healthFallback: true });
    expect(result.distribution).toEqual({ "192.0.2.1": 0.5, "192.0.2.2": 0.5 });
  });
});

describe(`R-37–R-39 health-check status (${API}/API_HealthCheckConfig.html)`, () => {
  const run = (check: unknown, extra: Json = {}) =>
    answer(
      zone(
        [
          a("192.0.2.1", { routing: "failover", setIdentifier: "p", failover: "PRIMARY", healthCheckId: "hc" }),
          a("192.0.2.2", { routing: "failover", setIdentifier: "s", failover: "SECONDARY" }),
        ],
        {},
        { healthChecks: { hc: check, up: "healthy", down: "unhealthy", ...extra } },
      ),
    ).decidedBy;

  it("a calculated check is healthy when at least HealthThreshold children are (R-37)", () => {
    expect(run({ children: ["up", "down"], healthThreshold: 1 })).toEqual(["p"]);
    expect(run({ children: ["up", "down"], healthThreshold: 2 })).toEqual(["s"]);
  });

  it('"0 means always healthy"; a threshold above the number of children is never healthy (R-37)', () => {
    expect(run({ children: ["down"], healthThreshold: 0 })).toEqual(["p"]);
    expect(run({ children: ["up"], healthThreshold: 2 })).toEqual(["s"]);
  });

  it('"Invert health check status" flips the status (R-38)', () => {
    expect(run({ status: "healthy", inverted: true })).toEqual(["s"]);
    expect(run({ status: "unhealthy", inverted: true })).toEqual(["p"]);
  });

  it("a disabled check is always healthy; disabled + inverted is unhealthy (R-39)", () => {
    expect(run({ status: "unhealthy", disabled: true })).toEqual(["p"]);
    expect(run({ status: "healthy", disabled: true, inverted: true })).toEqual(["s"]);
  });

  it("inside a calculated check a disabled child counts as healthy unless it is inverted (R-39)", () => {
    const off = { status: "unhealthy", disabled: true };
    expect(run({ children: ["off"], healthThreshold: 1 }, { off })).toEqual(["p"]);
    expect(run({ children: ["off"], healthThreshold: 1 }, { off: { ...off, inverted: true } })).toEqual(["s"]);
  });
});

describe(`R-10, R-11 failover (${DG}/health-checks-how-route-53-chooses-records.html)`, () => {
  const pair = (primary: string, secondary: string | null) =>
    answer(
      zone(
        [
          a("192.0.2.1", { routing: "failover", setIdentifier: "p", failover: "PRIMARY", healthCheckId: "hp" }),
          a("192.0.2.2", {
            routing: "failover",
            setIdentifier: "s",
            failover: "SECONDARY",
            ...(secondary === null ? {} : { healthCheckId: "hs" }),
          }),
        ],
        {},
        { healthChecks: { hp: primary, hs: secondary ?? "healthy" } },
      ),
    );

  it("the PRIMARY answers while it is healthy, whatever the SECONDARY's health", () => {
    expect(pair(H("healthy"), "unhealthy")).toMatchObject({ decidedBy: ["p"], healthFallback: false });
  });

  it("an unhealthy PRIMARY and a healthy SECONDARY: the SECONDARY answers", () => {
    expect(pair("unhealthy", "healthy")).toMatchObject({ decidedBy: ["s"], answers: ["192.0.2.2"] });
  });

  it('"If both are unhealthy, the PRIMARY answers" (R-10): healthFallback', () => {
    expect(pair("unhealthy", "unhealthy")).toMatchObject({ decidedBy: ["p"], healthFallback: true });
  });

  it('"Without one, the secondary always answers once the primary is unhealthy" (R-11)', () => {
    expect(pair("unhealthy", null)).toMatchObject({ decidedBy: ["s"], healthFallback: false });
  });

  it("a lone SECONDARY answers; healthFallback iff it is unhealthy (contract clarification)", () => {
    const lone = (status: string) =>
      answer(
        zone(
          [a("192.0.2.2", { routing: "failover", setIdentifier: "s", failover: "SECONDARY", healthCheckId: "h" })],
          {},
          {
            healthChecks: { h: status },
          },
        ),
      );
    expect(lone("healthy")).toMatchObject({ decidedBy: ["s"], healthFallback: false });
    expect(lone("unhealthy")).toMatchObject({ decidedBy: ["s"], healthFallback: true });
  });
});

describe(`R-12, R-13 latency (${DG}/routing-policy-latency.html)`, () => {
  const latency = (region: string, value: string, extra: Json = {}) =>
    a(value, { routing: "latency", setIdentifier: region, region, ...extra });

  it("answers with the Region of lowest latency among those with records", () => {
    const records = [latency("us-east-1", "192.0.2.1"), latency("eu-west-1", "192.0.2.2")];
    const from = { latencyMs: { "us-east-1": 90, "eu-west-1": 20, "ap-northeast-2": 5 } };
    expect(answer(zone(records, { from }))).toMatchObject({ decidedBy: ["eu-west-1"], routing: "latency" });
  });

  it("skips an unhealthy Region; a tie goes to the earliest record", () => {
    const records = [
      latency("us-east-1", "192.0.2.1"),
      latency("eu-west-1", "192.0.2.2", { healthCheckId: "h" }),
      latency("eu-central-1", "192.0.2.3"),
    ];
    const from = { latencyMs: { "us-east-1": 30, "eu-west-1": 10, "eu-central-1": 30 } };
    expect(answer(zone(records, { from }, { healthChecks: { h: "unhealthy" } })).decidedBy).toEqual(["us-east-1"]);
  });
});

describe(`R-14–R-17 geolocation (${DG}/routing-policy-geo.html)`, () => {
  const geo = (id: string, location: Json, value: string, extra: Json = {}) =>
    a(value, { routing: "geolocation", setIdentifier: id, geo: location, ...extra });
  const records = [
    geo("na", { continent: "NA" }, "192.0.2.1"),
    geo("us", { country: "US" }, "192.0.2.2"),
    geo("wa", { country: "US", subdivision: "WA" }, "192.0.2.3", { healthCheckId: "h-wa" }),
    geo("default", { country: "*" }, "192.0.2.9"),
  ];
  const from = (location: Json | null) => ({ from: { geo: location } });

  it("priority goes to the smallest region: state > country > continent > default (R-14)", () => {
    const healthChecks = { "h-wa": "healthy" };
    const ask = (location: Json | null) => answer(zone(records, from(location), { healthChecks })).decidedBy;
    expect(ask({ continent: "NA", country: "US", subdivision: "WA" })).toEqual(["wa"]);
    expect(ask({ continent: "NA", country: "US", subdivision: "OR" })).toEqual(["us"]);
    expect(ask({ continent: "NA", country: "CA" })).toEqual(["na"]);
    expect(ask({ continent: "EU", country: "DE" })).toEqual(["default"]);
  });

  it("the default record answers addresses Route 53 can't map to a location (R-15)", () => {
    expect(answer(zone(records, from(null), { healthChecks: { "h-wa": "healthy" } })).decidedBy).toEqual(["default"]);
  });

  it('without a default record such queries get "no answer": NOERROR, no answers (R-15)', () => {
    const result = answer(
      zone(records.slice(0, 3), from({ continent: "EU", country: "DE" }), { healthChecks: { "h-wa": "healthy" } }),
    );
    expect(result).toMatchObject({
      rcode: "NOERROR",
      answers: [],
      answerCount: 0,
      answerType: null,
      ttl: null,
      decidedBy: [],
    });
  });

  it("an unhealthy state record gives way to the larger region (R-17)", () => {
    const result = answer(
      zone(records, from({ continent: "NA", country: "US", subdivision: "WA" }), {
        healthChecks: { "h-wa": "unhealthy" },
      }),
    );
    expect(result).toMatchObject({ decidedBy: ["us"], healthFallback: false });
  });

  it("if every applicable record is unhealthy, the record for the smallest region answers (R-17)", () => {
    const sick = records.map((record) => ({ ...record, healthCheckId: "h" }));
    const result = answer(
      zone(sick, from({ continent: "NA", country: "US", subdivision: "WA" }), { healthChecks: { h: "unhealthy" } }),
    );
    expect(result).toMatchObject({ decidedBy: ["wa"], healthFallback: true });
  });
});

describe(`R-46 geoproximity (${DG}/routing-policy-geoproximity.html)`, () => {
  it('"A at 150 km with bias +50 counts as 75 km and beats B at 100 km"', () => {
    const records = [
      a("192.0.2.1", { routing: "geoproximity", setIdentifier: "A", geoproximity: { region: "r-a", bias: 50 } }),
      a("192.0.2.2", { routing: "geoproximity", setIdentifier: "B", geoproximity: { region: "r-b" } }),
    ];
    const result = answer(zone(records, { from: { distanceKm: { "r-a": 150, "r-b": 100 } } }));
    expect(result.decidedBy).toEqual(["A"]);
  });

  it("a negative bias divides: 100 km with bias −50 counts as 200 km", () => {
    const records = [
      a("192.0.2.1", { routing: "geoproximity", setIdentifier: "A", geoproximity: { region: "r-a", bias: -50 } }),
      a("192.0.2.2", { routing: "geoproximity", setIdentifier: "B", geoproximity: { region: "r-b" } }),
    ];
    expect(answer(zone(records, { from: { distanceKm: { "r-a": 100, "r-b": 199 } } })).decidedBy).toEqual(["B"]);
    expect(answer(zone(records, { from: { distanceKm: { "r-a": 100, "r-b": 200 } } })).decidedBy).toEqual(["A"]);
  });
});

describe(`R-19 multivalue answer (${DG}/routing-policy-multivalue.html)`, () => {
  const mv = (i: number, extra: Json = {}) =>
    a(`192.0.2.${i}`, { routing: "multivalue", setIdentifier: `m${i}`, ...extra });

  it("every healthy record answers; an unhealthy one is left out; TTL is the smallest", () => {
    const records = [mv(1, { ttl: 300 }), mv(2, { healthCheckId: "h" }), mv(3, { ttl: 30 })];
    const result = answer(zone(records, {}, { healthChecks: { h: "unhealthy" } }));
    expect(result).toMatchObject({ answers: ["192.0.2.1", "192.0.2.3"], decidedBy: ["m1", "m3"], ttl: 30 });
  });

  it("with more than 8 healthy records, 8 answer from index floor(random·n), wrapping, in array order", () => {
    const records = Array.from({ length: 10 }, (_, i) => mv(i + 1));
    const result = answer(zone(records, { random: 0.75 }));
    expect(result.answerCount).toBe(8);
    expect(result.decidedBy).toEqual(["m1", "m2", "m3", "m4", "m5", "m8", "m9", "m10"]);
    expect(result.distribution).toBeNull();
  });

  it("if all are unhealthy, up to 8 unhealthy records answer (healthFallback)", () => {
    const records = [mv(1, { healthCheckId: "h" }), mv(2, { healthCheckId: "h" })];
    expect(answer(zone(records, {}, { healthChecks: { h: "unhealthy" } }))).toMatchObject({
      answerCount: 2,
      healthFallback: true,
    });
  });
});

describe(`R-47 IP-based routing (${DG}/routing-policy-ipbased.html)`, () => {
  const cidrCollections = {
    isp: { "isp-a": ["203.0.113.0/24"], "isp-a-big": ["203.0.0.0/16"], v6: ["2001:db8::/48"] },
  };
  const ip = (id: string, location: string, value: string) =>
    a(value, { routing: "ip-based", setIdentifier: id, cidr: { collection: "isp", location } });
  const records = [
    ip("big", "isp-a-big", "192.0.2.1"),
    ip("small", "isp-a", "192.0.2.2"),
    ip("v6", "v6", "192.0.2.6"),
    ip("rest", "*", "192.0.2.9"),
  ];
  const ask = (client: string) => answer(zone(records, { from: { ip: client } }, { cidrCollections })).decidedBy;

  it("the location holding the longest block that contains the client wins", () => {
    expect(ask("203.0.113.7")).toEqual(["small"]);
    expect(ask("203.0.9.7")).toEqual(["big"]);
  });

  it("a client subnet longer than a block matches it; a shorter one does not and gets the default *", () => {
    expect(ask("203.0.113.0/24")).toEqual(["small"]);
    expect(ask("203.0.0.0/20")).toEqual(["big"]);
    expect(ask("2001:db8::/56")).toEqual(["v6"]);
    expect(ask("2001:db8::/32")).toEqual(["rest"]);
    expect(ask("198.51.100.1")).toEqual(["rest"]);
  });
});

describe(`R-23–R-28 alias and CNAME answers (${DG}/resource-record-sets-choosing-alias-non-alias.html)`, () => {
  it("a CNAME answers whatever type was asked, and Route 53 does not follow it (R-27)", () => {
    const records = [{ name: "app.example.com", type: "CNAME", ttl: 300, values: ["www.example.com"] }, a("192.0.2.1")];
    const result = answer(zone(records, { name: "app.example.com", type: "AAAA" }));
    expect(result).toMatchObject({ answerType: "CNAME", answers: ["www.example.com"], ttl: 300 });
  });

  it("an alias answers only for its own type: an A alias gives NODATA to an AAAA question (R-27)", () => {
    const records = [
      { name: "example.com", type: "A", aliasTarget: { record: "www.example.com", evaluateTargetHealth: false } },
      a("192.0.2.1"),
    ];
    expect(answer(zone(records, { name: "example.com", type: "A" }))).toMatchObject({
      answers: ["192.0.2.1"],
      decidedBy: ["#0", "#1"],
    });
    expect(answer(zone(records, { name: "example.com", type: "AAAA" }))).toMatchObject({
      rcode: "NOERROR",
      answers: [],
    });
  });

  it("an AWS alias answers with the resource's TTL (60 for ELB by default), a record alias with the target's TTL (R-28, R-29)", () => {
    const elb = {
      aws: "elb",
      values: ["203.0.113.10"],
      targetGroups: [{ registered: 1, healthy: 1 }],
      evaluateTargetHealth: false,
    };
    expect(answer(zone([{ name: "www.example.com", type: "A", aliasTarget: elb }])).ttl).toBe(60);
    const viaRecord = [
      {
        name: "www.example.com",
        type: "A",
        aliasTarget: { record: "origin.example.com", evaluateTargetHealth: false },
      },
      a("192.0.2.1", { name: "origin.example.com", ttl: 42 }),
    ];
    expect(answer(zone(viaRecord)).ttl).toBe(42);
  });

  it("NXDOMAIN for a name with nothing at or below it; NODATA for an empty non-terminal; REFUSED outside the zone (R-50)", () => {
    const records = [a("192.0.2.1", { name: "a.b.example.com" })];
    expect(answer(zone(records, { name: "nope.example.com" }))).toMatchObject({ rcode: "NXDOMAIN", answers: [] });
    expect(answer(zone(records, { name: "b.example.com" }))).toMatchObject({ rcode: "NOERROR", answers: [] });
    expect(answer(zone(records, { name: "EXAMPLE.COM." }))).toMatchObject({ rcode: "NOERROR", answers: [] });
    expect(answer(zone(records, { name: "example.org" }))).toMatchObject({ rcode: "REFUSED", answerType: null });
  });
});

describe(`R-31–R-36 evaluate target health (${API}/API_AliasTarget.html)`, () => {
  const elbPrimary = (targetGroups: Json[], evaluateTargetHealth = true) => [
    {
      name: "www.example.com",
      type: "A",
      routing: "failover",
      setIdentifier: "p",
      failover: "PRIMARY",
      aliasTarget: { aws: "elb", values: ["203.0.113.10"], targetGroups, evaluateTargetHealth },
    },
    a("192.0.2.2", { routing: "failover", setIdentifier: "s", failover: "SECONDARY" }),
  ];

  it("an ALB is healthy only if every target group with targets has a healthy target; an empty group is unhealthy (R-31)", () => {
    expect(answer(zone(elbPrimary([{ registered: 2, healthy: 1 }]))).decidedBy).toEqual(["p"]);
    expect(
      answer(
        zone(
          elbPrimary([
            { registered: 2, healthy: 1 },
            { registered: 2, healthy: 0 },
          ]),
        ),
      ).decidedBy,
    ).toEqual(["s"]);
    expect(answer(zone(elbPrimary([{ registered: 0, healthy: 0 }]))).decidedBy).toEqual(["s"]);
    expect(answer(zone(elbPrimary([]))).decidedBy).toEqual(["s"]);
  });

  it("with evaluate target health No, the target's health is ignored (R-35)", () => {
    expect(answer(zone(elbPrimary([{ registered: 2, healthy: 0 }], false))).decidedBy).toEqual(["p"]);
  });

  it("a health check on the alias and its target health must both be healthy (R-34)", () => {
    const records = elbPrimary([{ registered: 1, healthy: 1 }]);
    (records[0] as Json).healthCheckId = "h";
    expect(answer(zone(records, {}, { healthChecks: { h: "unhealthy" } })).decidedBy).toEqual(["s"]);
  });

  it("a latency alias to a weighted group backs out when every weighted record is unhealthy (R-33, R-35)", () => {
    const branch = (region: string, target: string) => ({
      name: "www.example.com",
      type: "A",
      routing: "latency",
      setIdentifier: region,
      region,
      aliasTarget: { record: target, evaluateTargetHealth: true },
    });
    const records = [
      branch("eu-west-1", "eu.example.com"),
      branch("us-east-1", "us.example.com"),
      weighted("eu-1", 1, "192.0.2.1", { name: "eu.example.com", healthCheckId: "down" }),
      weighted("eu-2", 1, "192.0.2.2", { name: "eu.example.com", healthCheckId: "down" }),
      weighted("us-1", 1, "198.51.100.1", { name: "us.example.com" }),
    ];
    const from = { latencyMs: { "eu-west-1": 10, "us-east-1": 90 } };
    const result = answer(zone(records, { from }, { healthChecks: { down: "unhealthy" } }));
    expect(result).toMatchObject({
      decidedBy: ["us-east-1", "us-1"],
      answers: ["198.51.100.1"],
      healthFallback: false,
    });
  });

  it("a weighted alias passes the rescaled random to its target group, and the distribution multiplies", () => {
    const records = [
      {
        ...weighted("left", 1, "x"),
        values: undefined,
        ttl: undefined,
        aliasTarget: { record: "pool.example.com", evaluateTargetHealth: false },
      },
      weighted("right", 1, "192.0.2.9"),
      weighted("p1", 1, "192.0.2.1", { name: "pool.example.com" }),
      weighted("p2", 3, "192.0.2.2", { name: "pool.example.com" }),
    ];
    // random 0.2 is in left's [0, 0.5); rescaled to 0.4, which is in p2's [0.25, 1).
    expect(answer(zone(records, { random: 0.2 }))).toMatchObject({ decidedBy: ["left", "p2"], answers: ["192.0.2.2"] });
    expect(answer(zone(records, { random: 0.1 })).decidedBy).toEqual(["left", "p1"]);
    expect(answer(zone(records, { random: 0.1 })).distribution).toEqual({
      "192.0.2.1": 0.125,
      "192.0.2.2": 0.375,
      "192.0.2.9": 0.5,
    });
  });
});

describe("queries", () => {
  it('{"query": "limits"} returns the contract\'s limits (R-2, R-19, R-29, R-40, R-46, R-49)', () => {
    const run = simulate("route53", { query: "limits" });
    expect(run.ok && run.result).toMatchObject({
      weightMin: 0,
      weightMax: 255,
      multivalueMaxAnswers: 8,
      geoproximityBiasMin: -99,
      geoproximityBiasMax: 99,
      maxWeightedRecordsPerGroup: 100,
      healthCheckIntervalsSec: [10, 30],
      healthyCheckerPercentAbove: 18,
      elbAliasTtlSec: 60,
    });
  });

  it("an unknown query is an input error", () => {
    const run = simulate("route53", { query: "nope" });
    expect(run.ok).toBe(false);
  });
});
