import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";

function inputErrorOf(input: unknown): string {
  const run = simulate("ebs", input);
  if (run.ok) throw new Error(`expected an input error, got ${JSON.stringify(run.result)}`);
  return run.inputError;
}

describe("ebs: input errors name the field", () => {
  it.each([
    [
      { ops: [{ op: "deleteVolume", volume: 0 }] },
      /^ops\[0\]\.op: unknown value "deleteVolume"; expected one of createVolume/,
    ],
    [{ ops: [{ op: "createVolume", type: "gp3", sizeGiB: 1 }] }, /^ops\[0\]\.az: required$/],
    [
      { ops: [{ op: "createVolume", az: "us-east-1", type: "gp3", sizeGiB: 1 }] },
      /^ops\[0\]\.az: must be an Availability Zone/,
    ],
    [{ ops: [{ op: "createVolume", az: "us-east-1a", type: "gp4", sizeGiB: 1 }] }, /^ops\[0\]\.type: /],
    [
      { ops: [{ op: "createVolume", az: "us-east-1a", type: "gp3" }] },
      /^ops\[0\]\.sizeGiB: required unless the volume is restored from a snapshot$/,
    ],
    [{ ops: [{ op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 1.5 }] }, /^ops\[0\]\.sizeGiB: /],
    [
      { ops: [{ op: "createVolume", az: "us-east-1a", type: "gp3", sizeGib: 10 }] },
      /^ops\[0\]\.sizeGib: unknown field/,
    ],
    [
      { ops: [{ op: "copySnapshot", snapshot: 0, destinationRegion: "eu-west-1a" }] },
      /^ops\[0\]\.destinationRegion: must be a Region/,
    ],
    [{ ops: [{ op: "attach", volume: 0 }] }, /^ops\[0\]\.instance: required$/],
    [{ ops: [{ op: "attach", volume: -1, instance: 0 }] }, /^ops\[0\]\.volume: /],
    [{ volumes: [] }, /^ops: required$|^volumes: unknown field/],
    [null, /^input: /],
    [{ query: "maxVolumes" }, /^query: unknown value|^query: /],
  ])("%j → %s", (input, message) => {
    expect(inputErrorOf(input)).toMatch(message);
  });

  it("a reference to a volume, instance or snapshot that no earlier op created is an input error", () => {
    expect(inputErrorOf({ ops: [{ op: "createSnapshot", volume: 0 }] })).toBe(
      "ops[0].volume: no volume 0 exists at this point (0 created by earlier ops)",
    );
    expect(
      inputErrorOf({
        ops: [
          { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 1 },
          { op: "attach", volume: 0, instance: 0 },
        ],
      }),
    ).toMatch(/^ops\[1\]\.instance: no instance 0/);
    expect(inputErrorOf({ ops: [{ op: "createVolume", az: "us-east-1a", type: "gp3", snapshot: 2 }] })).toMatch(
      /^ops\[0\]\.snapshot: no snapshot 2/,
    );
  });

  it("the message is a single line", () => {
    expect(inputErrorOf({ ops: [{ op: "nope" }] })).not.toContain("\n");
  });
});

describe("ebs: queries return documented limits", () => {
  it("volumeTypeLimits gives the current gp3 maxima (B7) and the gp2 baseline rule (B6)", () => {
    const run = simulate("ebs", { query: "volumeTypeLimits" });
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.result.volumeTypeLimits).toMatchObject({
      gp3: {
        maxSizeGiB: 65_536,
        iops: { min: 3000, max: 80_000, perGiB: 500 },
        throughput: { min: 125, max: 2000, perIops: 0.25, default: 125 },
      },
      gp2: { maxSizeGiB: 16_384, baselineIops: { perGiB: 3, min: 100, max: 16_000 } },
      io2: { maxSizeGiB: 65_536, iops: { max: 256_000, perGiB: 1000 } },
      st1: { minSizeGiB: 125, bootable: false },
    });
  });

  it("multiAttachMaxInstances is 16 (B5)", () => {
    expect(simulate("ebs", { query: "multiAttachMaxInstances" })).toMatchObject({
      ok: true,
      result: { multiAttachMaxInstances: 16 },
    });
  });
});

describe("ebs: results explain themselves", () => {
  it("a failure carries the rule and its source, in Korean and English", () => {
    const run = simulate("ebs", {
      ops: [
        { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 1 },
        { op: "runInstance", az: "us-east-1b" },
        { op: "attach", volume: 0, instance: 0 },
      ],
    });
    expect(run).toMatchObject({
      ok: true,
      result: {
        error: "AZ_MISMATCH",
        atOp: 2,
        decidedBy: [{ rule: "B1", source: expect.stringContaining("docs.aws.amazon.com") }],
      },
    });
    if (run.ok) {
      const explanation = run.result.explanation as { ko: string; en: string };
      expect(explanation.en).toContain("us-east-1b");
      expect(explanation.ko).toContain("AZ");
    }
  });
});
