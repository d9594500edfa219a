import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getIn, moveItem, setField, setIn, splitPath } from "@/components/sim/model/edit-path";

describe("edit paths", () => {
  it("splits dotted paths into keys and list positions", () => {
    expect(splitPath("ops.2.instance.az")).toEqual(["ops", 2, "instance", "az"]);
  });

  it("reads nested values and answers undefined for a missing step or a wrong container", () => {
    const value = { ops: [{ op: "mount", instance: { az: "us-east-1a" } }] };
    expect(getIn(value, ["ops", 0, "instance", "az"])).toBe("us-east-1a");
    expect(getIn(value, ["ops", 1, "instance"])).toBeUndefined();
    expect(getIn(value, ["ops", "0"])).toBeUndefined();
    expect(getIn(value, ["ops", 0, "op", "x"])).toBeUndefined();
  });

  it("sets a value without mutating the original and creates missing objects on the way", () => {
    const original = { op: "runInstance" };
    const next = setField(original, "rootVolume.encrypted", true);
    expect(next).toEqual({ op: "runInstance", rootVolume: { encrypted: true } });
    expect(original).toEqual({ op: "runInstance" });
  });

  it("removes a key or a list entry when set to undefined", () => {
    expect(setField({ a: 1, b: 2 }, "a", undefined)).toEqual({ b: 2 });
    expect(setIn({ list: [1, 2, 3] }, ["list", 1], undefined)).toEqual({ list: [1, 3] });
  });

  it("replaces list entries by position", () => {
    expect(setField({ rules: [{ rule: 100 }, { rule: 110 }] }, "rules.1.rule", 90)).toEqual({
      rules: [{ rule: 100 }, { rule: 90 }],
    });
  });

  it("moves an entry and keeps every entry exactly once", () => {
    expect(moveItem(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(moveItem(["a", "b"], 0, 5)).toEqual(["b", "a"]);
    fc.assert(
      fc.property(
        fc.array(fc.integer(), { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: -2, max: 10 }),
        (list, from, to) => {
          const moved = moveItem(list, from % list.length, to);
          expect([...moved].sort()).toEqual([...list].sort());
        },
      ),
    );
  });

  it("reads back what it set", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c"), { minLength: 1, maxLength: 4 }),
        fc.jsonValue(),
        (keys, value) => {
          const next = setField({}, keys.join("."), value as never);
          expect(getIn(next, keys)).toEqual(value);
        },
      ),
    );
  });
});
