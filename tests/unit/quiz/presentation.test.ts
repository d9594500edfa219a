import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readContentDir } from "@/lib/content-dir";
import { inShownOrder, isExactMatch, presentChoices, shownLetter, shownLetters, storedLabels } from "@/lib/quiz";

const LABELS = ["a", "b", "c", "d", "e"];

describe("the presentation of a question's choices", () => {
  it("is a permutation, the same for the same seed, and maps shown letters back to stored labels", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 4, max: 8 }), (seed, n) => {
        const labels = "abcdefgh".slice(0, n).split("");
        const one = presentChoices(labels, seed);
        expect([...one.order].sort()).toEqual(labels);
        expect(presentChoices(labels, seed)).toEqual(one);
        for (const label of labels) expect(storedLabels(one, [shownLetter(one, label)])).toEqual([label]);
        expect(storedLabels(one, shownLetters(one, ["a", "c"]))).toEqual(["a", "c"]);
      }),
    );
  });

  it("keeps the stored order for a question that asks for it", () => {
    expect(presentChoices(LABELS, "any seed", true).order).toEqual(LABELS);
  });

  it("lists choices in the order shown, each under its shown letter", () => {
    const presentation = presentChoices(["a", "b", "c", "d"], "listing");
    const listed = inShownOrder(
      presentation,
      ["a", "b", "c", "d"].map((label) => ({ label, text: `Choice ${label}` })),
    );
    expect(listed.map((c) => c.label)).toEqual(["a", "b", "c", "d"]);
    expect(listed.map((c) => c.text)).toEqual(presentation.order.map((label) => `Choice ${label}`));
  });

  it("refuses a letter the presentation does not show", () => {
    expect(storedLabels(presentChoices(["a", "b", "c", "d"], "s"), ["e"])).toBeNull();
  });

  it("shows the bank's multiple-response keys at every position about as often as chance (1,000 presentations)", async () => {
    const bank = await readContentDir(path.resolve(import.meta.dirname, "../../.."));
    const multiple = bank.questions.filter((q) => q.type === "multiple");
    expect(multiple.length).toBeGreaterThan(100);
    const keysAt = new Array<number>(8).fill(0);
    const chanceAt = new Array<number>(8).fill(0);
    let firstN = 0;
    let firstNChance = 0;
    let shown = 0;
    for (let p = 0; p < 1000; p++) {
      for (const q of multiple) {
        const labels = q.choices.map((c) => c.id);
        const key = q.choices.filter((c) => c.correct).map((c) => c.id);
        const presentation = presentChoices(labels, `exam:attempt-${p}:${q.id}`);
        for (const letter of shownLetters(presentation, key)) keysAt["abcdefgh".indexOf(letter)]! += 1;
        for (let i = 0; i < labels.length; i++) chanceAt[i]! += key.length / labels.length;
        // "Pick the first N choices" is right only as often as a blind guess.
        const first = storedLabels(presentation, "abcdefgh".slice(0, key.length).split("")) ?? [];
        if (isExactMatch(first, key)) firstN += 1;
        firstNChance += 1 / binomial(labels.length, key.length);
        shown += 1;
      }
    }
    for (let i = 0; i < 8; i++) {
      if (chanceAt[i] === 0) continue;
      // Share of presentations with a key at position i, against the share chance gives: within 5 points.
      expect(Math.abs(keysAt[i]! / shown - chanceAt[i]! / shown), `position ${"abcdefgh"[i]}`).toBeLessThan(0.05);
    }
    expect(Math.abs(firstN / shown - firstNChance / shown)).toBeLessThan(0.05);
  });
});

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - i + 1)) / i;
  return result;
}
