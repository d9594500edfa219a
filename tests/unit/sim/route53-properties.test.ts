import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { answer, type Json } from "./route53-fixtures";

const STATES = ["healthy", "unhealthy"] as const;
const REGIONS = ["us-east-1", "eu-west-1", "ap-northeast-2", "sa-east-1"];

/** A zone with one group at www.example.com of the given policy, 1–10 records, each maybe health checked. */
const groupZone = fc
  .record({
    routing: fc.constantFrom("weighted", "multivalue", "failover", "latency", "geolocation", "geoproximity"),
    size: fc.integer({ min: 1, max: 10 }),
    states: fc.array(fc.constantFrom(...STATES, null), { minLength: 10, maxLength: 10 }),
    weights: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 10, maxLength: 10 }),
    latency: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 4, maxLength: 4 }),
    random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  })
  .map(({ routing, size, states, weights, latency, random }) => {
    const healthChecks: Json = {};
    const limit = routing === "failover" ? 2 : routing === "latency" || routing === "geoproximity" ? 4 : size;
    const records = Array.from({ length: Math.min(size, limit) }, (_, i) => {
      const state = states[i];
      if (state) healthChecks[`hc${i}`] = state;
      const policy: Json =
        routing === "weighted"
          ? { weight: weights[i] }
          : routing === "failover"
            ? { failover: i === 0 ? "PRIMARY" : "SECONDARY" }
            : routing === "latency"
              ? { region: REGIONS[i] }
              : routing === "geoproximity"
                ? { geoproximity: { region: REGIONS[i], bias: ((weights[i] ?? 0) % 199) - 99 } }
                : routing === "geolocation"
                  ? {
                      geo: [
                        { country: "*" },
                        { continent: "EU" },
                        { country: "DE" },
                        { country: "US", subdivision: "WA" },
                      ][i % 4],
                    }
                  : {};
      return {
        name: "www.example.com",
        type: "A",
        ttl: 60 + i,
        values: [`192.0.2.${i + 1}`],
        routing,
        setIdentifier: `r${i}`,
        ...policy,
        ...(state ? { healthCheckId: `hc${i}` } : {}),
      };
    });
    const valid = routing !== "geolocation" || records.length <= 4;
    const ms = Object.fromEntries(REGIONS.map((region, i) => [region, latency[i] ?? 1]));
    return {
      valid,
      input: {
        zone: "example.com",
        healthChecks,
        records: valid ? records : records.slice(0, 4),
        question: {
          name: "www.example.com",
          type: "A",
          random,
          from: { geo: { continent: "EU", country: "DE" }, latencyMs: ms, distanceKm: ms },
        },
      },
    };
  });

describe("route53 invariants (property tests)", () => {
  it("is deterministic and answers plain JSON: the same input gives the same result", () => {
    fc.assert(
      fc.property(groupZone, ({ input }) => {
        const first = answer(input);
        expect(answer(structuredClone(input))).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
    );
  });

  it("the result keys agree: answerCount, answerType, ttl and decidedBy follow answers", () => {
    fc.assert(
      fc.property(groupZone, ({ input }) => {
        const result = answer(input);
        const answers = result.answers as string[];
        expect(result.answerCount).toBe(answers.length);
        expect(result.answerType === null).toBe(answers.length === 0);
        expect(result.ttl === null).toBe(answers.length === 0);
        expect((result.decidedBy as string[]).length === 0).toBe(answers.length === 0);
        expect(answers.length).toBeLessThanOrEqual(8);
      }),
    );
  });

  it("a distribution sums to 1 up to rounding and holds the answer random picked", () => {
    fc.assert(
      fc.property(groupZone, ({ input }) => {
        const result = answer(input);
        const dist = result.distribution as Record<string, number> | null;
        if (dist === null) return;
        const values = Object.values(dist);
        const sum = values.reduce((total, p) => total + p, 0);
        expect(Math.abs(sum - 1)).toBeLessThanOrEqual(0.00005 * (values.length + 1));
        // With weights of at most 255 and at most 10 records, no possible outcome rounds to 0.
        expect(dist[(result.answers as string[]).join(",")]).toBeGreaterThan(0);
      }),
    );
  });

  it("with every check healthy, no fallback happens and an unchecked record is always healthy (R-6)", () => {
    fc.assert(
      fc.property(groupZone, ({ input }) => {
        const healthy = {
          ...input,
          healthChecks: Object.fromEntries(Object.keys(input.healthChecks).map((id) => [id, "healthy"])),
        };
        expect(answer(healthy).healthFallback).toBe(false);
      }),
    );
  });

  it("the share of random draws that pick a weighted record matches its probability (R-1, R-8)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 }), (weights) => {
        const records = weights.map((weight, i) => ({
          name: "www.example.com",
          type: "A",
          ttl: 60,
          values: [`192.0.2.${i + 1}`],
          routing: "weighted",
          setIdentifier: `w${i}`,
          weight,
        }));
        const base = { zone: "example.com", records, question: { name: "www.example.com", type: "A" } };
        const total = weights.reduce((sum, w) => sum + w, 0);
        const steps = 256;
        const counts = new Map<string, number>();
        for (let k = 0; k < steps; k++) {
          const value =
            (answer({ ...base, question: { ...base.question, random: k / steps } }).answers as string[])[0] ?? "";
          counts.set(value, (counts.get(value) ?? 0) + 1);
        }
        weights.forEach((weight, i) => {
          const expected = total === 0 ? 1 / weights.length : weight / total;
          expect(Math.abs((counts.get(`192.0.2.${i + 1}`) ?? 0) / steps - expected)).toBeLessThanOrEqual(
            1 / steps + 1e-9,
          );
        });
      }),
      { numRuns: 20 },
    );
  });

  it("raising a record's weight never lowers its probability (monotonicity)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 1, max: 255 }),
        (weights, raise) => {
          const share = (ws: number[]) => {
            const records = ws.map((weight, i) => ({
              name: "www.example.com",
              type: "A",
              ttl: 60,
              values: [`192.0.2.${i + 1}`],
              routing: "weighted",
              setIdentifier: `w${i}`,
              weight,
            }));
            const result = answer({ zone: "example.com", records, question: { name: "www.example.com", type: "A" } });
            const dist = result.distribution as Record<string, number> | null;
            return dist === null ? 1 : (dist["192.0.2.1"] ?? 0);
          };
          const raised = [Math.min(255, (weights[0] ?? 1) + raise), ...weights.slice(1)];
          expect(share(raised)).toBeGreaterThanOrEqual(share(weights));
        },
      ),
    );
  });

  it("making an unhealthy check healthy never turns a healthy answer into a fallback (failover, geolocation)", () => {
    fc.assert(
      fc.property(groupZone, ({ input }) => {
        const before = answer(input);
        const ids = Object.keys(input.healthChecks);
        const [first] = ids;
        if (first === undefined || before.healthFallback) return;
        const after = answer({ ...input, healthChecks: { ...input.healthChecks, [first]: "healthy" } });
        expect(after.healthFallback).toBe(false);
      }),
    );
  });
});
