import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const APP = path.resolve(import.meta.dirname, "../../../app");

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return pages(file);
    return name === "page.tsx" || name === "layout.tsx" ? [file] : [];
  });
}

describe("browser-tab titles (issue #12)", () => {
  it("come from the catalogues in the visitor's language, never from a fixed string", () => {
    const fixed = pages(APP)
      .filter((file) => /export const metadata\b|title:\s*["'`]/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(APP, file));
    expect(fixed).toEqual([]);
  });
});
