import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { domainQuotas, mockExamBlueprint } from "@/lib/exam";

describe("domain quotas by largest remainder", () => {
  it("splits the 65 questions of SAA-C03 by 30/26/24/20", () => {
    // Exact shares 19.5, 16.9, 15.6, 13: floors 19+16+15+13 = 63, the two seats left go to .9 and .6.
    const quotas = domainQuotas(mockExamBlueprint("saa_c03").domains, 65);
    expect(Object.fromEntries(quotas)).toEqual({
      secure: 19,
      resilient: 17,
      "high-performing": 16,
      "cost-optimized": 13,
    });
  });

  it("splits the 65 questions of CLF-C02 by 24/30/34/12", () => {
    // Exact shares 15.6, 19.5, 22.1, 7.8: floors 15+19+22+7 = 63; .8 and .6 win the two seats left.
    const quotas = domainQuotas(mockExamBlueprint("clf_c02").domains, 65);
    expect(Object.fromEntries(quotas)).toEqual({
      "cloud-concepts": 16,
      "security-compliance": 19,
      "technology-services": 22,
      "billing-support": 8,
    });
  });

  it("breaks equal remainders by the larger weight, then by order", () => {
    expect(
      Object.fromEntries(
        domainQuotas(
          [
            { id: "a", weight: 1 },
            { id: "b", weight: 1 },
          ],
          3,
        ),
      ),
    ).toEqual({ a: 2, b: 1 });
    expect(
      Object.fromEntries(
        domainQuotas(
          [
            { id: "a", weight: 1 },
            { id: "b", weight: 3 },
            { id: "c", weight: 1 },
            { id: "d", weight: 3 },
          ],
          2,
        ),
      ),
    ).toEqual({
      a: 0,
      b: 1,
      c: 0,
      d: 1,
    });
  });

  it("always sums to the total and stays within one seat of each exact share", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 500 }),
        (weights, total) => {
          const domains = weights.map((weight, i) => ({ id: `d${i}`, weight }));
          const quotas = domainQuotas(domains, total);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect([...quotas.values()].reduce((a, b) => a + b, 0)).toBe(total);
          for (const d of domains) {
            const exact = (total * d.weight) / sum;
            expect(Math.abs((quotas.get(d.id) ?? 0) - exact)).toBeLessThan(1);
          }
        },
      ),
    );
  });

  it("refuses impossible inputs", () => {
    expect(() => domainQuotas([{ id: "a", weight: 1 }], -1)).toThrow(RangeError);
    expect(() => domainQuotas([{ id: "a", weight: 1 }], 2.5)).toThrow(RangeError);
    expect(() => domainQuotas([{ id: "a", weight: 0 }], 2)).toThrow(RangeError);
    expect(domainQuotas([], 5).size).toBe(0);
  });
});
