import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/validation";

describe("the path followed after signing in", () => {
  it("keeps this site's paths", () => {
    expect(safeCallbackUrl("/practice/ec2")).toBe("/practice/ec2");
    expect(safeCallbackUrl("/exams?tab=history#top")).toBe("/exams?tab=history#top");
    expect(safeCallbackUrl(["/review", "/evil"])).toBe("/review");
  });

  it("refuses every way out of the origin, including the control characters a browser deletes", () => {
    for (const hostile of [
      "//evil.example/login",
      "/\\evil.example/login",
      "/\t/evil.example/login",
      "/\n/evil.example/login",
      "/\r/evil.example/login",
      "/\\\t\\evil.example",
      "/.//evil.example",
      "/a/..//evil.example",
      "/%2e//evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "",
      undefined,
    ]) {
      expect(safeCallbackUrl(hostile), JSON.stringify(hostile)).toBe("/");
    }
  });

  it("never leaves the origin, whatever the string (a browser resolves the result against the page)", () => {
    const piece = fc.constantFrom(
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      ".",
      "..",
      "%2e",
      ":",
      "@",
      "evil.example",
      "%2f",
      "%5c",
      "?",
      "#",
      " ",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 8 }), (parts) => {
        const result = safeCallbackUrl(parts.join(""));
        const page = "https://gureum.example/sign-in";
        expect(new URL(result, page).origin).toBe("https://gureum.example");
        expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
