import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";

const GENERAL = "https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html";
const PIOPS = "https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html";
const TYPES = "https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html";
const MODIFY = "https://docs.aws.amazon.com/ebs/latest/userguide/modify-volume-requirements.html";

function runEbs(ops: unknown[]): Record<string, unknown> {
  const run = simulate("ebs", { ops });
  if (!run.ok) throw new Error(`unexpected input error: ${run.inputError}`);
  return run.result;
}

/** The error code of a single createVolume, or "ok". */
function create(type: string, sizeGiB: number, extra: Record<string, unknown> = {}): unknown {
  const result = runEbs([{ op: "createVolume", az: "us-east-1a", type, sizeGiB, ...extra }]);
  return "error" in result ? result.error : "ok";
}

function volumeAfter(ops: unknown[]): Record<string, unknown> {
  const result = runEbs(ops);
  if ("error" in result) throw new Error(`unexpected ${String(result.error)} at op ${String(result.atOp)}`);
  const volumes = (result.state as { volumes: Record<string, unknown>[] }).volumes;
  const last = volumes.at(-1);
  if (!last) throw new Error("no volume");
  return last;
}

describe("ebs: gp3 (B7, current limits since September 2025)", () => {
  it(`defaults to 3,000 IOPS and 125 MiB/s at any size (${GENERAL})`, () => {
    for (const sizeGiB of [1, 100, 65_536]) {
      expect(volumeAfter([{ op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB }])).toMatchObject({
        iops: 3000,
        throughputMiBps: 125,
      });
    }
  });

  it(`allows up to 80,000 IOPS (not the old 16,000) with at most 500 IOPS per GiB (${GENERAL})`, () => {
    expect(create("gp3", 160, { iops: 80_000 })).toBe("ok");
    expect(create("gp3", 159, { iops: 80_000 })).toBe("INVALID_IOPS");
    expect(create("gp3", 1000, { iops: 80_001 })).toBe("INVALID_IOPS");
    expect(create("gp3", 10, { iops: 5000 })).toBe("ok");
    expect(create("gp3", 10, { iops: 5001 })).toBe("INVALID_IOPS");
    expect(create("gp3", 1, { iops: 3000 })).toBe("ok");
    expect(create("gp3", 100, { iops: 2999 })).toBe("INVALID_IOPS");
  });

  it(`allows up to 2,000 MiB/s (not the old 1,000) with at most 0.25 MiB/s per IOPS (${GENERAL})`, () => {
    expect(create("gp3", 200, { iops: 8000, throughputMiBps: 2000 })).toBe("ok");
    expect(create("gp3", 200, { iops: 7999, throughputMiBps: 2000 })).toBe("INVALID_THROUGHPUT");
    expect(create("gp3", 200, { iops: 80_000, throughputMiBps: 2001 })).toBe("INVALID_THROUGHPUT");
    expect(create("gp3", 10, { throughputMiBps: 750 })).toBe("ok");
    expect(create("gp3", 10, { throughputMiBps: 751 })).toBe("INVALID_THROUGHPUT");
    expect(create("gp3", 10, { throughputMiBps: 124 })).toBe("INVALID_THROUGHPUT");
  });

  it(`sizes run from 1 GiB to 64 TiB (not the old 16 TiB) (${GENERAL})`, () => {
    expect(create("gp3", 65_536)).toBe("ok");
    expect(create("gp3", 65_537)).toBe("INVALID_SIZE");
    expect(create("gp3", 0)).toBe("INVALID_SIZE");
  });
});

describe("ebs: gp2 (B6)", () => {
  it(`baseline is 3 IOPS per GiB, at least 100 and at most 16,000 (${GENERAL})`, () => {
    const iopsAt = (sizeGiB: number) =>
      volumeAfter([{ op: "createVolume", az: "us-east-1a", type: "gp2", sizeGiB }]).iops;
    expect(iopsAt(1)).toBe(100);
    expect(iopsAt(33)).toBe(100);
    expect(iopsAt(34)).toBe(102);
    expect(iopsAt(1000)).toBe(3000);
    expect(iopsAt(5334)).toBe(16_000);
    expect(iopsAt(16_384)).toBe(16_000);
  });

  it(`sizes run from 1 GiB to 16 TiB; IOPS and throughput can't be provisioned (${GENERAL})`, () => {
    expect(create("gp2", 16_384)).toBe("ok");
    expect(create("gp2", 16_385)).toBe("INVALID_SIZE");
    expect(create("gp2", 100, { iops: 300 })).toBe("INVALID_IOPS");
    expect(create("gp2", 100, { throughputMiBps: 125 })).toBe("INVALID_THROUGHPUT");
  });
});

describe("ebs: Provisioned IOPS SSD (B8, B9)", () => {
  it(`io1: 4 GiB–16 TiB, 100–64,000 IOPS, at most 50 IOPS per GiB (${PIOPS})`, () => {
    expect(create("io1", 1280, { iops: 64_000 })).toBe("ok");
    expect(create("io1", 1279, { iops: 64_000 })).toBe("INVALID_IOPS");
    expect(create("io1", 4000, { iops: 64_001 })).toBe("INVALID_IOPS");
    expect(create("io1", 100, { iops: 99 })).toBe("INVALID_IOPS");
    expect(create("io1", 3, { iops: 100 })).toBe("INVALID_SIZE");
    expect(create("io1", 16_385, { iops: 1000 })).toBe("INVALID_SIZE");
  });

  it(`io2 Block Express: 4 GiB–64 TiB, up to 256,000 IOPS at 1,000 IOPS per GiB (${PIOPS})`, () => {
    expect(create("io2", 256, { iops: 256_000 })).toBe("ok");
    expect(create("io2", 255, { iops: 256_000 })).toBe("INVALID_IOPS");
    expect(create("io2", 1000, { iops: 256_001 })).toBe("INVALID_IOPS");
    expect(create("io2", 65_536, { iops: 1000 })).toBe("ok");
    expect(create("io2", 65_537, { iops: 1000 })).toBe("INVALID_SIZE");
  });

  it(`throughput is provisioned only on gp3, not on io1/io2 (${PIOPS})`, () => {
    expect(create("io2", 100, { iops: 1000, throughputMiBps: 500 })).toBe("INVALID_THROUGHPUT");
  });
});

describe("ebs: HDD and magnetic (B10)", () => {
  it(`st1 and sc1 are 125 GiB–16 TiB and take no IOPS; standard is 1 GiB–1 TiB (${TYPES})`, () => {
    for (const type of ["st1", "sc1"]) {
      expect(create(type, 125)).toBe("ok");
      expect(create(type, 124)).toBe("INVALID_SIZE");
      expect(create(type, 16_385)).toBe("INVALID_SIZE");
      expect(create(type, 500, { iops: 500 })).toBe("INVALID_IOPS");
    }
    expect(create("standard", 1024)).toBe("ok");
    expect(create("standard", 1025)).toBe("INVALID_SIZE");
  });

  it(`st1 and sc1 can't be boot volumes; standard and SSD types can (${TYPES})`, () => {
    const launch = (type: string, sizeGiB: number) => {
      const result = runEbs([
        { op: "runInstance", az: "us-east-1a", instanceType: "m5.large", nitro: true, rootVolume: { type, sizeGiB } },
      ]);
      return "error" in result ? result.error : "ok";
    };
    expect(launch("st1", 500)).toBe("INVALID_BOOT_VOLUME");
    expect(launch("sc1", 500)).toBe("INVALID_BOOT_VOLUME");
    for (const type of ["gp2", "gp3", "io1", "io2", "standard"]) expect(launch(type, 8)).toBe("ok");
  });
});

describe("ebs: Elastic Volumes (B11)", () => {
  const base = [{ op: "createVolume", az: "us-east-1a", type: "gp2", sizeGiB: 100 }];

  it(`size can grow but never shrink (${MODIFY})`, () => {
    expect(volumeAfter([...base, { op: "modifyVolume", volume: 0, sizeGiB: 200 }])).toMatchObject({
      sizeGiB: 200,
      iops: 600,
    });
    expect(runEbs([...base, { op: "modifyVolume", volume: 0, sizeGiB: 99 }])).toMatchObject({
      error: "SIZE_DECREASE_NOT_ALLOWED",
      atOp: 1,
    });
  });

  it(`a type change applies the target type's defaults and limits (${MODIFY}; API_ModifyVolume defaults)`, () => {
    expect(volumeAfter([...base, { op: "modifyVolume", volume: 0, type: "gp3" }])).toMatchObject({
      type: "gp3",
      sizeGiB: 100,
      iops: 3000,
      throughputMiBps: 125,
    });
    expect(volumeAfter([...base, { op: "modifyVolume", volume: 0, type: "io2", iops: 50_000 }])).toMatchObject({
      type: "io2",
      iops: 50_000,
      throughputMiBps: null,
    });
    expect(runEbs([...base, { op: "modifyVolume", volume: 0, type: "st1" }])).toMatchObject({
      error: "INVALID_SIZE",
      atOp: 1,
    });
    expect(runEbs([...base, { op: "modifyVolume", volume: 0, type: "io1", iops: 10_000 }])).toMatchObject({
      error: "INVALID_IOPS",
      atOp: 1,
    });
    expect(runEbs([...base, { op: "modifyVolume", volume: 0, type: "gp3", throughputMiBps: 2000 }])).toMatchObject({
      error: "INVALID_THROUGHPUT",
      atOp: 1,
    });
  });

  it(`gp3 keeps its provisioned IOPS and throughput when only the size changes (API_ModifyVolume)`, () => {
    const gp3 = [{ op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 100, iops: 6000, throughputMiBps: 500 }];
    expect(volumeAfter([...gp3, { op: "modifyVolume", volume: 0, sizeGiB: 64 * 1024 }])).toMatchObject({
      sizeGiB: 65_536,
      iops: 6000,
      throughputMiBps: 500,
    });
  });

  it(`a volume can be modified while attached (${MODIFY})`, () => {
    const ops = [
      ...base,
      { op: "runInstance", az: "us-east-1a" },
      { op: "attach", volume: 0, instance: 0 },
      { op: "modifyVolume", volume: 0, type: "gp3", sizeGiB: 150 },
    ];
    expect(volumeAfter(ops)).toMatchObject({ type: "gp3", sizeGiB: 150, state: "in-use" });
  });
});
