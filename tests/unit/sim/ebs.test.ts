import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateEbs, type EbsOp } from "@/lib/sim/ebs";

const GUIDE = "https://docs.aws.amazon.com/ebs/latest/userguide";

/** Runs through the registry (the CLI's path) and returns the result; an input error fails the test. */
function runEbs(ops: unknown[]): Record<string, unknown> {
  const run = simulate("ebs", { ops });
  if (!run.ok) throw new Error(`unexpected input error: ${run.inputError}`);
  return run.result;
}

function errorOf(ops: unknown[]): { error: unknown; atOp: unknown } {
  const result = runEbs(ops);
  return { error: result.error, atOp: result.atOp };
}

interface VolumeView {
  az: string;
  type: string;
  sizeGiB: number;
  iops: number | null;
  throughputMiBps: number | null;
  encrypted: boolean;
  multiAttach: boolean;
  state: string;
  attachedTo: number[];
}

function stateOf(ops: unknown[]): { volumes: VolumeView[]; snapshots: { region: string; encrypted: boolean }[] } {
  const result = runEbs(ops);
  if ("error" in result) throw new Error(`unexpected error ${String(result.error)} at op ${String(result.atOp)}`);
  return result.state as { volumes: VolumeView[]; snapshots: { region: string; encrypted: boolean }[] };
}

const vol = (az: string, type: string, sizeGiB: number, extra: Record<string, unknown> = {}) => ({
  op: "createVolume",
  az,
  type,
  sizeGiB,
  ...extra,
});
const inst = (az: string, nitro = true) => ({
  op: "runInstance",
  az,
  instanceType: nitro ? "m5.large" : "m4.large",
  nitro,
});

describe("ebs: availability zones and Regions", () => {
  it(`B1: a volume attaches only to an instance in its own AZ (${GUIDE}/ebs-attaching-volume.html)`, () => {
    expect(
      errorOf([vol("us-east-1a", "gp3", 10), inst("us-east-1b"), { op: "attach", volume: 0, instance: 0 }]),
    ).toEqual({ error: "AZ_MISMATCH", atOp: 2 });
    const ok = stateOf([vol("us-east-1a", "gp3", 10), inst("us-east-1a"), { op: "attach", volume: 0, instance: 0 }]);
    expect(ok.volumes[0]).toMatchObject({ state: "in-use", attachedTo: [0] });
  });

  it(`B2: the Region is the AZ minus its letter; a snapshot restores in any AZ of its Region (${GUIDE}/ebs-snapshots.html)`, () => {
    const state = stateOf([
      vol("us-east-1a", "gp3", 10),
      { op: "createSnapshot", volume: 0 },
      vol("us-east-1c", "gp3", 10, { snapshot: 0 }),
    ]);
    expect(state.snapshots[0]?.region).toBe("us-east-1");
    expect(state.volumes[1]?.az).toBe("us-east-1c");
  });

  it(`B2: restoring in another Region fails until the snapshot is copied there (${GUIDE}/ebs-copy-snapshot.html)`, () => {
    const base = [vol("us-east-1a", "gp3", 10), { op: "createSnapshot", volume: 0 }];
    expect(errorOf([...base, vol("eu-west-1a", "gp3", 10, { snapshot: 0 })])).toEqual({
      error: "SNAPSHOT_NOT_IN_REGION",
      atOp: 2,
    });
    const copied = stateOf([
      ...base,
      { op: "copySnapshot", snapshot: 0, destinationRegion: "eu-west-1" },
      vol("eu-west-1a", "gp3", 10, { snapshot: 1 }),
    ]);
    expect(copied.snapshots.map((s) => s.region)).toEqual(["us-east-1", "eu-west-1"]);
    expect(copied.volumes[1]?.az).toBe("eu-west-1a");
  });

  it("CreateVolume: a restored volume takes the snapshot's size and can't be smaller (API_CreateVolume)", () => {
    const base = [vol("us-east-1a", "gp3", 50), { op: "createSnapshot", volume: 0 }];
    expect(
      stateOf([...base, { op: "createVolume", az: "us-east-1b", type: "gp3", snapshot: 0 }]).volumes[1]?.sizeGiB,
    ).toBe(50);
    expect(errorOf([...base, vol("us-east-1b", "gp3", 20, { snapshot: 0 })])).toEqual({
      error: "INVALID_SIZE",
      atOp: 2,
    });
  });
});

describe("ebs: encryption", () => {
  it(`B4: volumes are unencrypted by default; snapshots of encrypted volumes and their volumes are encrypted (${GUIDE}/ebs-encryption.html)`, () => {
    const state = stateOf([
      vol("us-east-1a", "gp3", 10),
      vol("us-east-1a", "gp3", 10, { encrypted: true }),
      { op: "createSnapshot", volume: 1 },
      vol("us-east-1b", "gp3", 10, { snapshot: 0, encrypted: false }),
    ]);
    expect(state.volumes.map((v) => v.encrypted)).toEqual([false, true, true]);
    expect(state.snapshots[0]?.encrypted).toBe(true);
  });

  it(`B3: a snapshot copy can add encryption (${GUIDE}/ebs-encryption.html)`, () => {
    const state = stateOf([
      vol("us-east-1a", "gp2", 10),
      { op: "createSnapshot", volume: 0 },
      { op: "copySnapshot", snapshot: 0, destinationRegion: "us-west-2", encrypted: true },
    ]);
    expect(state.snapshots.map((s) => s.encrypted)).toEqual([false, true]);
  });

  it(`B4: a copy of an encrypted snapshot stays encrypted even when encryption is not requested (${GUIDE}/ebs-encryption.html)`, () => {
    const state = stateOf([
      vol("us-east-1a", "gp2", 10, { encrypted: true }),
      { op: "createSnapshot", volume: 0 },
      { op: "copySnapshot", snapshot: 0, destinationRegion: "us-west-2", encrypted: false },
      vol("us-west-2a", "gp3", 10, { snapshot: 1 }),
    ]);
    expect(state.snapshots.map((s) => s.encrypted)).toEqual([true, true]);
    expect(state.volumes[1]?.encrypted).toBe(true);
  });
});

describe("ebs: Multi-Attach (B5)", () => {
  const MULTI = `${GUIDE}/ebs-volumes-multi.html`;

  it(`a volume without Multi-Attach that is in use can't be attached again: VOLUME_IN_USE (${MULTI})`, () => {
    const ops = [
      vol("us-east-1a", "gp3", 10),
      inst("us-east-1a"),
      inst("us-east-1a"),
      { op: "attach", volume: 0, instance: 0 },
      { op: "attach", volume: 0, instance: 1 },
    ];
    expect(errorOf(ops)).toEqual({ error: "VOLUME_IN_USE", atOp: 4 });
  });

  it(`Multi-Attach is supported only on io1 and io2 (${MULTI})`, () => {
    for (const type of ["gp2", "gp3", "st1", "sc1", "standard"]) {
      expect(errorOf([vol("us-east-1a", type, 500, { multiAttach: true })])).toEqual({
        error: "MULTI_ATTACH_NOT_SUPPORTED",
        atOp: 0,
      });
    }
    for (const type of ["io1", "io2"]) {
      expect(stateOf([vol("us-east-1a", type, 100, { iops: 1000, multiAttach: true })]).volumes[0]?.multiAttach).toBe(
        true,
      );
    }
  });

  it(`Multi-Attach is disabled by default (${MULTI})`, () => {
    expect(stateOf([vol("us-east-1a", "io2", 100, { iops: 1000 })]).volumes[0]?.multiAttach).toBe(false);
  });

  it(`a Multi-Attach volume attaches to up to 16 instances; the 17th fails with MULTI_ATTACH_LIMIT (${MULTI})`, () => {
    const instances = Array.from({ length: 17 }, () => inst("us-east-1a"));
    const attaches = Array.from({ length: 17 }, (_, i) => ({ op: "attach", volume: 0, instance: i }));
    const ops = [vol("us-east-1a", "io2", 100, { iops: 1000, multiAttach: true }), ...instances, ...attaches];
    expect(errorOf(ops)).toEqual({ error: "MULTI_ATTACH_LIMIT", atOp: 1 + 17 + 16 });
    expect(stateOf(ops.slice(0, -1)).volumes[0]?.attachedTo).toHaveLength(16);
  });

  it(`Multi-Attach volumes attach only to Nitro instances (${MULTI})`, () => {
    const ops = [
      vol("us-east-1a", "io1", 100, { iops: 1000, multiAttach: true }),
      inst("us-east-1a", false),
      { op: "attach", volume: 0, instance: 0 },
    ];
    expect(errorOf(ops)).toEqual({ error: "MULTI_ATTACH_REQUIRES_NITRO", atOp: 2 });
  });

  it(`Multi-Attach instances must all be in the volume's AZ (${MULTI})`, () => {
    const ops = [
      vol("us-east-1a", "io2", 100, { iops: 1000, multiAttach: true }),
      inst("us-east-1a"),
      inst("us-east-1b"),
      { op: "attach", volume: 0, instance: 0 },
      { op: "attach", volume: 0, instance: 1 },
    ];
    expect(errorOf(ops)).toEqual({ error: "AZ_MISMATCH", atOp: 4 });
  });

  it(`nitro defaults from the instance type when not given (${MULTI})`, () => {
    const ops = [
      vol("us-east-1a", "io2", 100, { iops: 1000, multiAttach: true }),
      { op: "runInstance", az: "us-east-1a", instanceType: "t2.micro" },
      { op: "attach", volume: 0, instance: 0 },
    ];
    expect(errorOf(ops)).toEqual({ error: "MULTI_ATTACH_REQUIRES_NITRO", atOp: 2 });
  });

  it(`a Multi-Attach volume can't become a type without Multi-Attach (${MULTI})`, () => {
    expect(
      errorOf([
        vol("us-east-1a", "io2", 100, { iops: 1000, multiAttach: true }),
        { op: "modifyVolume", volume: 0, type: "gp3" },
      ]),
    ).toEqual({
      error: "MULTI_ATTACH_NOT_SUPPORTED",
      atOp: 1,
    });
  });
});

describe("ebs: attach and detach", () => {
  it("DetachVolume frees the volume for another instance; detaching what isn't attached fails (API_DetachVolume)", () => {
    const base = [
      vol("us-east-1a", "gp3", 10),
      inst("us-east-1a"),
      inst("us-east-1a"),
      { op: "attach", volume: 0, instance: 0 },
    ];
    const moved = stateOf([
      ...base,
      { op: "detach", volume: 0, instance: 0 },
      { op: "attach", volume: 0, instance: 1 },
    ]);
    expect(moved.volumes[0]).toMatchObject({ state: "in-use", attachedTo: [1] });
    expect(errorOf([...base, { op: "detach", volume: 0, instance: 1 }])).toEqual({
      error: "VOLUME_NOT_ATTACHED",
      atOp: 4,
    });
  });

  it("the typed API gives the same result as the registry", () => {
    const ops: EbsOp[] = [{ op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 10 }];
    const run = simulateEbs({ ops });
    expect(run.ok && "state" in run.result && run.result.state.volumes[0]?.iops).toBe(3000);
  });
});
