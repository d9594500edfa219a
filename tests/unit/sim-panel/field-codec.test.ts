import { describe, expect, it } from "vitest";
import { formatField, parseField } from "@/components/sim/model/field-codec";
import { formatContextValue, nextContextKey, parseContextValue } from "@/components/sim/iam/context-value";

describe("field codecs", () => {
  it("drops an empty optional field and keeps an empty required text", () => {
    expect(parseField({ kind: "int" }, "  ")).toEqual({ ok: true, value: undefined });
    expect(parseField({ kind: "text" }, "")).toEqual({ ok: true, value: undefined });
    expect(parseField({ kind: "text", required: true }, "")).toEqual({ ok: true, value: "" });
  });

  it("reads integers and rejects fractions and words", () => {
    expect(parseField({ kind: "int" }, "-1")).toEqual({ ok: true, value: -1 });
    expect(parseField({ kind: "int" }, "1.5").ok).toBe(false);
    expect(parseField({ kind: "number" }, "1.5")).toEqual({ ok: true, value: 1.5 });
    expect(parseField({ kind: "int" }, "ten").ok).toBe(false);
  });

  it("reads true/false and comma-separated lists", () => {
    expect(parseField({ kind: "bool" }, "false")).toEqual({ ok: true, value: false });
    expect(parseField({ kind: "list" }, "sg-a, sg-b,")).toEqual({ ok: true, value: ["sg-a", "sg-b"] });
    expect(parseField({ kind: "list" }, "")).toEqual({ ok: true, value: undefined });
    expect(parseField({ kind: "list", required: true }, "")).toEqual({ ok: true, value: [] });
  });

  it("reads JSON and reports the parser's message", () => {
    expect(parseField({ kind: "json" }, '{"type":"gp3"}')).toEqual({ ok: true, value: { type: "gp3" } });
    const bad = parseField({ kind: "json" }, "{type:");
    expect(bad.ok).toBe(false);
  });

  it("formats values so that parsing the text gives them back", () => {
    const cases = [
      ["int", 443],
      ["bool", true],
      ["list", ["sg-app", "sg-web"]],
      ["json", { sizeGiB: 8 }],
      ["text", "us-east-1a"],
    ] as const;
    for (const [kind, value] of cases)
      expect(parseField({ kind }, formatField(kind, value))).toEqual({ ok: true, value });
  });

  it("shows a value of the wrong kind as JSON instead of hiding it", () => {
    expect(formatField("int", "443")).toBe('"443"');
    expect(formatField("list", [1, 2])).toBe("[1,2]");
  });
});

describe("IAM context values", () => {
  it("keeps a multivalued key a list, including the present-but-empty list", () => {
    expect(parseContextValue("[]")).toEqual({ ok: true, value: [] });
    expect(parseContextValue('["env", "team"]')).toEqual({ ok: true, value: ["env", "team"] });
    expect(formatContextValue([])).toBe("[]");
    expect(parseContextValue("[1]").ok).toBe(false);
  });

  it("treats anything else as one string", () => {
    expect(parseContextValue(" 203.0.113.0/24 ")).toEqual({ ok: true, value: "203.0.113.0/24" });
    expect(formatContextValue("true")).toBe("true");
  });

  it("suggests a key that is not yet in the context", () => {
    expect(nextContextKey({})[0]).toBe("aws:SourceIp");
    expect(nextContextKey({ "aws:SourceIp": "x" })[0]).toBe("aws:RequestedRegion");
  });
});
