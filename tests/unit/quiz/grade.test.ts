import { describe, expect, it } from "vitest";
import { isExactMatch, responseProblem } from "@/lib/quiz/grade";

describe("grading (AWS exam guides: multiple response has no partial credit)", () => {
  it("is right only when the selection equals the key, in any order", () => {
    expect(isExactMatch(["d", "a"], ["a", "d"])).toBe(true);
    expect(isExactMatch(["a"], ["a", "d"])).toBe(false);
    expect(isExactMatch(["a", "d", "e"], ["a", "d"])).toBe(false);
    expect(isExactMatch(["b"], ["a"])).toBe(false);
  });

  it("treats a duplicated label as one pick, never as the second key", () => {
    expect(isExactMatch(["a", "a"], ["a", "d"])).toBe(false);
  });

  it("refuses labels that are not options and picks that do not match Select N", () => {
    const labels = ["a", "b", "c", "d", "e"];
    expect(responseProblem(["a", "d"], labels, 2)).toBeNull();
    expect(responseProblem(["a", "z"], labels, 2)).toEqual({ kind: "unknown-choice", label: "z" });
    expect(responseProblem(["a"], labels, 2)).toEqual({ kind: "wrong-count", expected: 2, got: 1 });
    expect(responseProblem(["a", "a"], labels, 2)).toEqual({ kind: "wrong-count", expected: 2, got: 2 });
    expect(responseProblem(["a", "b", "c"], labels, 2)).toEqual({ kind: "wrong-count", expected: 2, got: 3 });
  });
});
