import { describe, expect, it } from "vitest";
import type { InputIssue } from "@/lib/sim";
import { a, inputError, weighted, zone, type Json } from "./route53-fixtures";

const issue = (input: unknown): InputIssue | undefined => inputError(input).issue;

describe("input errors (SIM_CONTRACT.md, route53): exit 2 in the CLI, a coded issue for the interface", () => {
  it.each<[string, Json, InputIssue]>([
    [
      "an unknown field",
      zone([{ ...a("192.0.2.1"), tll: 60 }]),
      { path: ["records", 0, "tll"], code: "unknownField", params: {} },
    ],
    [
      "an unknown routing policy",
      zone([a("192.0.2.1", { routing: "round-robin" })]),
      {
        path: ["records", 0, "routing"],
        code: "notOneOf",
        params: expect.objectContaining({ value: "round-robin" }) as never,
      },
    ],
    [
      "a record type outside the vocabulary",
      zone([{ ...a("192.0.2.1"), type: "NS" }]),
      { path: ["records", 0, "type"], code: "notOneOf", params: expect.objectContaining({ value: "NS" }) as never },
    ],
    [
      "a weighted record without weight",
      zone([a("192.0.2.1", { routing: "weighted", setIdentifier: "w" })]),
      { path: ["records", 0, "weight"], code: "requiredForRouting", params: { routing: "weighted" } },
    ],
    [
      "another policy's field",
      zone([a("192.0.2.1", { routing: "latency", setIdentifier: "l", region: "eu-west-1", weight: 1 })]),
      { path: ["records", 0, "weight"], code: "notForRouting", params: { routing: "latency" } },
    ],
    [
      "a geo location with two levels",
      zone([a("192.0.2.1", { routing: "geolocation", setIdentifier: "g", geo: { continent: "EU", country: "DE" } })]),
      { path: ["records", 0, "geo"], code: "geoLocation", params: {} },
    ],
    [
      "a missing evaluateTargetHealth",
      zone([{ name: "www.example.com", type: "A", aliasTarget: { record: "x.example.com" } }]),
      { path: ["records", 0, "aliasTarget", "evaluateTargetHealth"], code: "required", params: {} },
    ],
    [
      "an elb target without targetGroups",
      zone([
        {
          name: "www.example.com",
          type: "A",
          aliasTarget: { aws: "elb", values: ["203.0.113.1"], evaluateTargetHealth: true },
        },
      ]),
      { path: ["records", 0, "aliasTarget", "targetGroups"], code: "requiredForService", params: { service: "elb" } },
    ],
    [
      "a wildcard name",
      zone([a("192.0.2.1", { name: "*.example.com" })]),
      { path: ["records", 0, "name"], code: "wildcardName", params: {} },
    ],
    [
      "a calculated check with an unknown child",
      zone([a("192.0.2.1")], {}, { healthChecks: { parent: { children: ["nope"], healthThreshold: 1 } } }),
      { path: ["healthChecks", "parent", "children", 0], code: "unknownHealthCheck", params: { id: "nope" } },
    ],
    [
      "a calculated check over a calculated check (R-37)",
      zone(
        [a("192.0.2.1")],
        {},
        {
          healthChecks: {
            up: "healthy",
            mid: { children: ["up"], healthThreshold: 1 },
            top: { children: ["mid"], healthThreshold: 1 },
          },
        },
      ),
      { path: ["healthChecks", "top", "children", 0], code: "nestedCalculatedCheck", params: { id: "mid" } },
    ],
    [
      "an alias loop",
      zone([
        { name: "a.example.com", type: "A", aliasTarget: { record: "b.example.com", evaluateTargetHealth: false } },
        { name: "b.example.com", type: "A", aliasTarget: { record: "a.example.com", evaluateTargetHealth: false } },
      ]),
      { path: ["records", 0, "aliasTarget", "record"], code: "aliasLoop", params: {} },
    ],
    [
      "an unknown CIDR location",
      zone(
        [a("192.0.2.1", { routing: "ip-based", setIdentifier: "i", cidr: { collection: "c", location: "nowhere" } })],
        {},
        {
          cidrCollections: { c: { here: ["203.0.113.0/24"] } },
        },
      ),
      {
        path: ["records", 0, "cidr", "location"],
        code: "unknownCidrLocation",
        params: { collection: "c", location: "nowhere" },
      },
    ],
    [
      "random outside [0, 1)",
      zone([a("192.0.2.1")], { random: 1 }),
      { path: ["question", "random"], code: "unitInterval", params: {} },
    ],
    [
      "a latency Region the question gives no latency for",
      zone([a("192.0.2.1", { routing: "latency", setIdentifier: "l", region: "eu-west-1" })], {
        from: { latencyMs: { "us-east-1": 5 } },
      }),
      { path: ["records", 0, "region"], code: "missingLatency", params: { region: "eu-west-1" } },
    ],
  ])("%s", (_, input, expected) => {
    expect(issue(input)).toEqual(expected);
  });

  it("names the field in the one-line English error the CLI prints", () => {
    expect(inputError(zone([a("192.0.2.1", { routing: "weighted", setIdentifier: "w" })])).inputError).toBe(
      "records[0].weight: required for weighted routing",
    );
  });

  it("an alias chain deeper than 8 is an input error; 8 hops are fine", () => {
    const chain = (hops: number) => [
      ...Array.from({ length: hops }, (_, i) => ({
        name: `h${i}.example.com`,
        type: "A",
        aliasTarget: { record: `h${i + 1}.example.com`, evaluateTargetHealth: false },
      })),
      a("192.0.2.1", { name: `h${hops}.example.com` }),
    ];
    expect(issue(zone(chain(9)))).toMatchObject({ code: "aliasChainTooDeep", params: { maximum: 8 } });
    expect(inputError.bind(null, zone(chain(8)))).toThrow(/expected an input error/);
  });

  it("input errors come before batch validation, except the question-dependent Region checks", () => {
    const records = [
      a("192.0.2.1", { healthCheckId: "missing" }),
      weighted("w", 1, "192.0.2.2", { name: "x.example.com", colour: "red" }),
    ];
    expect(issue(zone(records))?.code).toBe("unknownField");
    const latency = [
      a("192.0.2.1", { routing: "latency", setIdentifier: "l", region: "eu-west-1", healthCheckId: "missing" }),
    ];
    expect(() => inputError(zone(latency))).toThrow(/HEALTH_CHECK_NOT_FOUND/);
  });

  it("a Region check applies only to groups the question reaches", () => {
    const records = [
      a("192.0.2.1", { name: "far.example.com", routing: "latency", setIdentifier: "l", region: "eu-west-1" }),
      a("192.0.2.2"),
    ];
    expect(() => inputError(zone(records))).toThrow(/NOERROR/);
  });

  it("never throws, whatever the input", () => {
    for (const input of [null, 1, "x", [], {}, { zone: 1 }, { zone: "example.com", records: [null], question: {} }])
      expect(inputError(input).inputError).toMatch(/:/);
  });
});
