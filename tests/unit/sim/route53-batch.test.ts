import { describe, expect, it } from "vitest";
import { API, DG, a, answer, weighted, zone, type Json } from "./route53-fixtures";

const rejected = (records: Json[], extra: Json = {}) => {
  const result = answer(zone(records, {}, extra));
  return { error: result.error, reason: result.reason, atRecord: result.atRecord };
};

const elb = {
  aws: "elb",
  values: ["203.0.113.10"],
  targetGroups: [{ registered: 1, healthy: 1 }],
  evaluateTargetHealth: false,
};

describe(`pass 1, InvalidInput (${API}/API_ResourceRecordSet.html)`, () => {
  it('"If you\'re creating … an alias resource record set, omit TTL" (R-28, R-30): ALIAS_WITH_TTL', () => {
    expect(rejected([a("192.0.2.1"), { name: "x.example.com", type: "A", ttl: 60, aliasTarget: elb }])).toEqual({
      error: "InvalidInput",
      reason: "ALIAS_WITH_TTL",
      atRecord: 1,
    });
  });

  it("a record with neither alias nor TTL and values, or with an empty list, is rejected (R-30, clarification)", () => {
    expect(rejected([{ name: "x.example.com", type: "A", ttl: 60 }]).reason).toBe("MISSING_TTL_OR_VALUES");
    expect(rejected([{ name: "x.example.com", type: "A", ttl: 60, values: [] }]).reason).toBe("MISSING_TTL_OR_VALUES");
  });

  it("weight is an integer from 0 to 255 (R-2); bias runs from −99 to 99 (R-46)", () => {
    expect(rejected([weighted("a", 256, "192.0.2.1")]).reason).toBe("WEIGHT_OUT_OF_RANGE");
    expect(rejected([weighted("a", -1, "192.0.2.1")]).reason).toBe("WEIGHT_OUT_OF_RANGE");
    const geo = (bias: number) =>
      a("192.0.2.1", { routing: "geoproximity", setIdentifier: "g", geoproximity: { region: "us-east-1", bias } });
    expect(rejected([geo(100)]).reason).toBe("BIAS_OUT_OF_RANGE");
    expect(answer(zone([geo(99)], { from: { distanceKm: { "us-east-1": 1 } } })).rcode).toBe("NOERROR");
  });

  it("every routing policy except simple needs SetIdentifier; a simple record has none (R-22)", () => {
    expect(rejected([a("192.0.2.1", { routing: "weighted", weight: 1 })]).reason).toBe("MISSING_SET_IDENTIFIER");
    expect(rejected([a("192.0.2.1", { setIdentifier: "x" })]).reason).toBe("UNEXPECTED_SET_IDENTIFIER");
  });

  it('"Multivalue alias records are not supported" (R-20): MULTIVALUE_ALIAS', () => {
    const record = { name: "www.example.com", type: "A", routing: "multivalue", setIdentifier: "m", aliasTarget: elb };
    expect(rejected([record]).reason).toBe("MULTIVALUE_ALIAS");
  });

  it("pass 1 runs over every record before pass 3: a later InvalidInput wins over an earlier CNAME at apex", () => {
    const records = [
      { name: "example.com", type: "CNAME", ttl: 60, values: ["x.example.net"] },
      weighted("a", 300, "192.0.2.1"),
    ];
    expect(rejected(records)).toEqual({ error: "InvalidInput", reason: "WEIGHT_OUT_OF_RANGE", atRecord: 1 });
  });
});

describe(`pass 2, NoSuchHealthCheck (${API}/API_ChangeResourceRecordSets.html)`, () => {
  it('"No health check exists with the specified ID" (R-44)', () => {
    expect(rejected([a("192.0.2.1", { healthCheckId: "hc-missing" })])).toEqual({
      error: "NoSuchHealthCheck",
      reason: "HEALTH_CHECK_NOT_FOUND",
      atRecord: 0,
    });
  });
});

describe(`pass 3, InvalidChangeBatch (${DG}/resource-record-sets-choosing-alias-non-alias.html)`, () => {
  it("a name outside the zone is rejected: myexample.com is not in example.com", () => {
    expect(rejected([a("192.0.2.1", { name: "myexample.com" })]).reason).toBe("NAME_NOT_IN_ZONE");
  });

  it("\"A CNAME can't be created at the zone apex\", alias or not, also in a subdomain's zone (R-23)", () => {
    expect(rejected([{ name: "example.com.", type: "CNAME", ttl: 60, values: ["x.example.net"] }]).reason).toBe(
      "CNAME_AT_APEX",
    );
    const sub = {
      zone: "dev.example.com",
      records: [
        {
          name: "dev.example.com",
          type: "CNAME",
          aliasTarget: { record: "www.dev.example.com", evaluateTargetHealth: false },
        },
      ],
      question: { name: "dev.example.com", type: "A" },
    };
    expect(answer(sub)).toMatchObject({ reason: "CNAME_AT_APEX", atRecord: 0 });
  });

  it("an alias A record at the apex is fine (R-26)", () => {
    const result = answer(zone([{ name: "example.com", type: "A", aliasTarget: elb }], { name: "example.com" }));
    expect(result).toMatchObject({ rcode: "NOERROR", answers: ["203.0.113.10"] });
  });

  it("a CNAME holds one value (R-25); a multivalue record can't be a CNAME (R-20)", () => {
    expect(
      rejected([{ name: "x.example.com", type: "CNAME", ttl: 60, values: ["a.example.net", "b.example.net"] }]).reason,
    ).toBe("CNAME_MULTIPLE_VALUES");
    expect(
      rejected([
        {
          name: "x.example.com",
          type: "CNAME",
          ttl: 60,
          values: ["a.example.net"],
          routing: "multivalue",
          setIdentifier: "m",
        },
      ]).reason,
    ).toBe("MULTIVALUE_CNAME");
  });

  it("EvaluateTargetHealth can't be true for a CloudFront target (R-32)", () => {
    const cf = { aws: "cloudfront", values: ["198.51.100.50"], evaluateTargetHealth: true };
    expect(rejected([{ name: "cdn.example.com", type: "A", aliasTarget: cf }]).reason).toBe(
      "TARGET_HEALTH_NOT_SUPPORTED",
    );
  });

  it('"Tried to create resource record set … but it already exists" (R-42); two simple records count as equal', () => {
    expect(rejected([a("192.0.2.1"), a("192.0.2.2", { name: "WWW.example.com." })])).toEqual({
      error: "InvalidChangeBatch",
      reason: "RECORD_EXISTS",
      atRecord: 1,
    });
    expect(rejected([weighted("x", 1, "192.0.2.1"), weighted("x", 2, "192.0.2.2")]).reason).toBe("RECORD_EXISTS");
  });

  it("a group can't mix routing policies (R-21)", () => {
    expect(rejected([weighted("a", 1, "192.0.2.1"), a("192.0.2.2")])).toMatchObject({
      reason: "MIXED_ROUTING_POLICY",
      atRecord: 1,
    });
  });

  it("one record per location, latency Region or failover role in a group (R-12, R-18)", () => {
    const geo = (id: string) => a("192.0.2.1", { routing: "geolocation", setIdentifier: id, geo: { country: "DE" } });
    expect(rejected([geo("one"), geo("two")]).reason).toBe("DUPLICATE_LOCATION");
    const lat = (id: string) => a("192.0.2.1", { routing: "latency", setIdentifier: id, region: "eu-west-1" });
    expect(rejected([lat("one"), lat("two")]).reason).toBe("DUPLICATE_LOCATION");
    const fo = (id: string) => a("192.0.2.1", { routing: "failover", setIdentifier: id, failover: "PRIMARY" });
    expect(rejected([fo("one"), fo("two")]).reason).toBe("DUPLICATE_LOCATION");
  });

  it("a name with a CNAME can have no other records, in either order (R-24)", () => {
    const cname = { name: "www.example.com", type: "CNAME", ttl: 60, values: ["x.example.net"] };
    expect(rejected([a("192.0.2.1"), cname])).toMatchObject({ reason: "CNAME_CONFLICT", atRecord: 1 });
    expect(rejected([cname, { ...a("192.0.2.1"), type: "TXT", values: ['"v=spf1 -all"'] }])).toMatchObject({
      reason: "CNAME_CONFLICT",
      atRecord: 1,
    });
  });
});

describe("pass 4, ALIAS_TARGET_NOT_FOUND (R-43)", () => {
  it('"Tried to create an alias that targets …, but that target was not found": the name needs the alias\'s type', () => {
    const alias = {
      name: "example.com",
      type: "AAAA",
      aliasTarget: { record: "www.example.com", evaluateTargetHealth: false },
    };
    expect(rejected([alias, a("192.0.2.1")])).toEqual({
      error: "InvalidChangeBatch",
      reason: "ALIAS_TARGET_NOT_FOUND",
      atRecord: 0,
    });
  });

  it("a target created later in the same batch counts", () => {
    const alias = {
      name: "example.com",
      type: "A",
      aliasTarget: { record: "www.example.com", evaluateTargetHealth: false },
    };
    expect(answer(zone([alias, a("192.0.2.1")], { name: "example.com" })).answers).toEqual(["192.0.2.1"]);
  });
});

describe("a rejected batch (R-41: all or nothing)", () => {
  it("gives exactly error, reason and atRecord plus an explanation in both languages, and no answer", () => {
    const result = answer(zone([a("192.0.2.1"), a("192.0.2.1")]));
    expect(Object.keys(result).sort()).toEqual(["atRecord", "error", "explanation", "reason"]);
    expect(result.explanation).toMatchObject({
      ko: expect.stringContaining("레코드 2"),
      en: expect.stringContaining("record 2"),
    });
  });
});
