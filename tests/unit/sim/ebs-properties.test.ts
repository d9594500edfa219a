import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import {
  VOLUME_TYPE_LIMITS,
  VOLUME_TYPES,
  gp2BaselineIops,
  simulateEbs,
  type EbsOp,
  type VolumeType,
} from "@/lib/sim/ebs";

// Invariants of the EBS rules (AWS_FACTS section 4). Sources:
// https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html ,
// https://docs.aws.amazon.com/ebs/latest/userguide/modify-volume-requirements.html ,
// https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html

const AZS = ["us-east-1a", "us-east-1b", "eu-west-1a"];
const REGIONS = ["us-east-1", "eu-west-1", "ap-northeast-2"];
const typeArb = fc.constantFrom<VolumeType>(...VOLUME_TYPES);
const sizeArb = fc.oneof(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 70_000 }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const opArb: fc.Arbitrary<EbsOp> = fc.oneof(
  fc.record(
    {
      op: fc.constant("createVolume" as const),
      az: fc.constantFrom(...AZS),
      type: typeArb,
      sizeGiB: sizeArb,
      iops: maybe(fc.integer({ min: 0, max: 300_000 })),
      throughputMiBps: maybe(fc.integer({ min: 100, max: 2100 })),
      encrypted: maybe(fc.boolean()),
      multiAttach: maybe(fc.boolean()),
      snapshot: maybe(fc.nat(3)),
    },
    { requiredKeys: ["op", "az", "type", "sizeGiB"] },
  ),
  fc.record({ op: fc.constant("runInstance" as const), az: fc.constantFrom(...AZS), nitro: fc.boolean() }),
  fc.record({ op: fc.constantFrom("attach" as const, "detach" as const), volume: fc.nat(3), instance: fc.nat(3) }),
  fc.record({ op: fc.constant("createSnapshot" as const), volume: fc.nat(3) }),
  fc.record(
    {
      op: fc.constant("copySnapshot" as const),
      snapshot: fc.nat(3),
      destinationRegion: fc.constantFrom(...REGIONS),
      encrypted: maybe(fc.boolean()),
    },
    { requiredKeys: ["op", "snapshot", "destinationRegion"] },
  ),
  fc.record(
    {
      op: fc.constant("modifyVolume" as const),
      volume: fc.nat(3),
      sizeGiB: maybe(sizeArb),
      type: maybe(typeArb),
      iops: maybe(fc.integer({ min: 0, max: 300_000 })),
    },
    { requiredKeys: ["op", "volume"] },
  ),
);

type Run = ReturnType<typeof simulateEbs>;
function finalState(run: Run) {
  return run.ok && "state" in run.result ? run.result.state : null;
}

describe("ebs properties", () => {
  it("never throws, and every answer is a state, an {error, atOp} or a one-line input error", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), (ops) => {
        const run = simulate("ebs", { ops });
        if (!run.ok) {
          expect(run.inputError).not.toContain("\n");
          return;
        }
        const result = run.result;
        if ("error" in result) expect(typeof result.atOp).toBe("number");
        else expect(result.state).toBeDefined();
      }),
    );
  });

  it("every volume in a final state is within its type's documented limits", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 12 }), (ops) => {
        const state = finalState(simulateEbs({ ops }));
        for (const v of state?.volumes ?? []) {
          const limits = VOLUME_TYPE_LIMITS[v.type];
          expect(v.sizeGiB).toBeGreaterThanOrEqual(limits.minSizeGiB);
          expect(v.sizeGiB).toBeLessThanOrEqual(limits.maxSizeGiB);
          if (v.type === "gp2") expect(v.iops).toBe(gp2BaselineIops(v.sizeGiB));
          if (limits.iops && v.iops !== null) {
            expect(v.iops).toBeGreaterThanOrEqual(limits.iops.min);
            expect(v.iops).toBeLessThanOrEqual(
              Math.min(limits.iops.max, Math.max(limits.iops.baseline ?? 0, limits.iops.perGiB * v.sizeGiB)),
            );
          }
          if (v.throughputMiBps !== null) expect(v.throughputMiBps).toBeLessThanOrEqual(2000);
          if (v.multiAttach) expect(["io1", "io2"]).toContain(v.type);
          expect(v.attachedTo.length <= 1 || v.multiAttach).toBe(true);
          expect(v.attachedTo.length).toBeLessThanOrEqual(16);
        }
      }),
    );
  });

  it("modifyVolume never reduces a volume's size (B11)", () => {
    fc.assert(
      fc.property(
        typeArb,
        fc.integer({ min: 125, max: 1000 }),
        fc.array(fc.integer({ min: 1, max: 70_000 }), { minLength: 1, maxLength: 6 }),
        (type, start, sizes) => {
          const ops: EbsOp[] = [
            {
              op: "createVolume",
              az: "us-east-1a",
              type,
              sizeGiB: start,
              ...(type === "io1" || type === "io2" ? { iops: 100 } : {}),
            },
            ...sizes.map((sizeGiB) => ({ op: "modifyVolume" as const, volume: 0, sizeGiB })),
          ];
          const run = simulateEbs({ ops });
          if (!run.ok) throw new Error(run.inputError);
          let size = start;
          for (const [k, sizeGiB] of sizes.entries()) {
            if (sizeGiB < size) {
              expect(run.result).toMatchObject({ error: "SIZE_DECREASE_NOT_ALLOWED", atOp: k + 1 });
              return;
            }
            if ("error" in run.result && run.result.atOp === k + 1) return;
            size = sizeGiB;
          }
          const state = finalState(run);
          if (state) expect(state.volumes[0]?.sizeGiB).toBe(size);
        },
      ),
    );
  });

  it("attached volumes are always in their instance's AZ (B1)", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 14 }), (ops) => {
        const state = finalState(simulateEbs({ ops }));
        for (const v of state?.volumes ?? []) {
          for (const i of v.attachedTo) expect(state?.instances[i]?.az).toBe(v.az);
          expect(v.state).toBe(v.attachedTo.length > 0 ? "in-use" : "available");
        }
      }),
    );
  });

  it("encryption is never removed: anything made from an encrypted snapshot is encrypted, and volumes restore only in the snapshot's Region (B2, B4)", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 14 }), (ops) => {
        const state = finalState(simulateEbs({ ops }));
        if (!state) return;
        for (const s of state.snapshots) {
          if (s.copiedFrom !== null && state.snapshots[s.copiedFrom]?.encrypted) expect(s.encrypted).toBe(true);
          if (s.fromVolume !== null && s.copiedFrom === null)
            expect(s.encrypted).toBe(state.volumes[s.fromVolume]?.encrypted);
        }
        for (const v of state.volumes) {
          if (v.fromSnapshot === null) continue;
          const snapshot = state.snapshots[v.fromSnapshot];
          expect(snapshot?.region).toBe(v.region);
          if (snapshot?.encrypted) expect(v.encrypted).toBe(true);
        }
      }),
    );
  });

  it("is deterministic: the same input gives the same result", () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 10 }), (ops) => {
        expect(simulateEbs({ ops })).toEqual(simulateEbs({ ops }));
      }),
    );
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => simulate("ebs", value)).not.toThrow();
        expect(() => simulate("ebs", { ops: [value] })).not.toThrow();
      }),
    );
  });
});
