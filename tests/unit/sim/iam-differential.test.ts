import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArb } from "./iam-differential/cases";
import { compare, type Comparison } from "./iam-differential/compare";
import { KNOWN_DIFFERENCES } from "./iam-differential/known-differences";

// Gureum's IAM evaluator against an independent one, @cloud-copilot/iam-simulate 0.1.173 (issue #14). Every
// disagreement must be explained by the reviewed list in iam-differential/known-differences.ts; a new one fails and
// fast-check prints the shrunk case. More cases: IAM_DIFF_RUNS=20000 npx vitest run --project unit <this file>;
// another draw: IAM_DIFF_SEED=<n>.
const RUNS = Number(process.env.IAM_DIFF_RUNS ?? 2000);
const SEED = Number(process.env.IAM_DIFF_SEED ?? 14);

function describeFailure(outcome: Exclude<Comparison, { kind: "agree" | "explained" }>): string {
  if (outcome.kind === "peer-problem") {
    return `the peer cannot evaluate this case, so the generator left what both support: ${outcome.problem}`;
  }
  const tried =
    outcome.tried.length === 0
      ? "no known difference applies"
      : `known differences that apply: ${outcome.tried.join(", ")}; ${outcome.after.join("; ")}`;
  return `new disagreement: Gureum ${outcome.gureum}, peer ${outcome.peer} (${tried})`;
}

describe("iam: differential test against @cloud-copilot/iam-simulate", () => {
  it(`agrees on ${RUNS} random same-account cases (seed ${SEED}) except for documented differences`, async () => {
    const tally = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(caseArb, async (input) => {
        const outcome = await compare(input);
        if (outcome.kind !== "agree" && outcome.kind !== "explained") throw new Error(describeFailure(outcome));
        const key = outcome.kind === "agree" ? "agree" : outcome.by.join(" + ");
        tally.set(key, (tally.get(key) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    const agreed = tally.get("agree") ?? 0;
    console.info(
      `iam differential: ${RUNS} cases, ${agreed} agree (${((100 * agreed) / RUNS).toFixed(1)}%); explained:`,
      Object.fromEntries([...tally].filter(([key]) => key !== "agree").sort(([, a], [, b]) => b - a)),
    );
    expect([...tally.values()].reduce((sum, count) => sum + count, 0)).toBe(RUNS);
  }, 120_000);

  it.each(KNOWN_DIFFERENCES.map((difference) => [difference.id, difference] as const))(
    "known difference %s: quoted, sourced, on Gureum's side, and alone explains its example",
    async (id, difference) => {
      expect(difference.quote.length).toBeGreaterThan(30);
      expect(difference.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(difference.right).toBe("gureum");
      const outcome = await compare(difference.example);
      expect(outcome).toMatchObject({ kind: "explained", by: [id] });
    },
  );
});
