import { describe, expect, it } from "vitest";
import { applyChanges, jsonEqual, readPath } from "@/lib/content";

const input = { nacl: { inbound: [{ rule: 100, action: "allow" }] }, traffic: { port: 443 } };

describe("scenario edits on JSON", () => {
  it("reads nested objects and list positions", () => {
    expect(readPath(input, "nacl.inbound.0.rule")).toBe(100);
    expect(readPath(input, "nacl.outbound.0")).toBeUndefined();
    expect(readPath({ "i-1": { t: 1 } }, "i-1.t")).toBe(1);
  });

  it("sets, pushes and removes without mutating the input", () => {
    const before = structuredClone(input);
    const changed = applyChanges(input, [
      { set: "traffic.port", value: 22 },
      { push: "nacl.inbound", value: { rule: 90, action: "deny" } },
      { push: "nacl.outbound", value: { rule: 100, action: "allow" } },
      { remove: "nacl.inbound.0" },
    ]);
    expect(changed).toEqual({
      nacl: { inbound: [{ rule: 90, action: "deny" }], outbound: [{ rule: 100, action: "allow" }] },
      traffic: { port: 22 },
    });
    expect(input).toEqual(before);
  });

  it("names the path when an edit cannot apply", () => {
    expect(() => applyChanges(input, [{ set: "traffic.port.x", value: 1 }])).toThrow(/traffic\.port\.x/);
    expect(() => applyChanges(input, [{ remove: "traffic.nope" }])).toThrow(/nothing to remove/);
    expect(() => applyChanges(input, [{ push: "traffic.port", value: 1 }])).toThrow(/not a list/);
  });

  it("compares JSON structurally", () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
  });
});
