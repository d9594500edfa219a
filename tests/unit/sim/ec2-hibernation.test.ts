import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";

const PREREQ = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html";
const LIMITS = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-hibernate-limitations.html";
const OVERVIEW = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-hibernate-overview.html";

function runEc2(ops: unknown[]): Record<string, unknown> {
  const run = simulate("ec2", { ops });
  if (!run.ok) throw new Error(`unexpected input error: ${run.inputError}`);
  return run.result;
}

const encryptedRoot = { type: "gp3", sizeGiB: 30, encrypted: true };
const hibernatable = (extra: Record<string, unknown> = {}) => ({
  op: "runInstance",
  instanceType: "m5.large",
  az: "us-east-1a",
  rootVolume: encryptedRoot,
  hibernationEnabled: true,
  instanceStoreVolumes: 1,
  ...extra,
});

/** The launch's error code, or "ok". */
function launchOutcome(extra: Record<string, unknown>): unknown {
  const result = runEc2([hibernatable(extra)]);
  return "error" in result ? result.error : "ok";
}

function instanceAfter(ops: unknown[]): Record<string, unknown> {
  const result = runEc2(ops);
  if ("error" in result) throw new Error(`unexpected ${String(result.error)} at op ${String(result.atOp)}`);
  const instance = (result.instances as Record<string, unknown>[])[0];
  if (!instance) throw new Error("no instance");
  return instance;
}

describe("ec2: hibernation behaviour (E3)", () => {
  it(`hibernate then start keeps RAM and the private IPv4, changes the public IPv4, loses instance store (${OVERVIEW})`, () => {
    expect(
      instanceAfter([hibernatable(), { op: "hibernate", instance: 0 }, { op: "start", instance: 0 }]),
    ).toMatchObject({
      state: "running",
      ramPreserved: true,
      privateIpv4Changed: false,
      publicIpv4Changed: true,
      instanceStoreDataPreserved: false,
      ebsDataPreserved: true,
    });
  });

  it(`a hibernated instance is stopped, with its RAM saved on the root volume (${OVERVIEW})`, () => {
    expect(instanceAfter([hibernatable(), { op: "hibernate", instance: 0 }])).toMatchObject({
      state: "stopped",
      ramPreserved: true,
      hibernated: true,
    });
  });

  it(`a plain stop loses RAM even on a hibernation-enabled instance (${OVERVIEW})`, () => {
    expect(instanceAfter([hibernatable(), { op: "stop", instance: 0 }, { op: "start", instance: 0 }])).toMatchObject({
      ramPreserved: false,
    });
  });

  it(`an Elastic IP stays through hibernation (${OVERVIEW})`, () => {
    const ops = [
      hibernatable(),
      { op: "allocateEip" },
      { op: "associateEip", eip: 0, instance: 0 },
      { op: "hibernate", instance: 0 },
      { op: "start", instance: 0 },
    ];
    expect(instanceAfter(ops)).toMatchObject({
      elasticIpAssociated: true,
      publicIpv4ChangedSinceEipAssociation: false,
    });
  });

  it(`E5: instance-store-backed instances can't hibernate (${PREREQ})`, () => {
    const ops = [
      { op: "runInstance", instanceType: "m3.medium", rootDeviceType: "instance-store" },
      { op: "hibernate", instance: 0 },
    ];
    expect(runEc2(ops)).toMatchObject({ error: "UNSUPPORTED_OPERATION", atOp: 1 });
  });

  it(`an instance launched without hibernation can't hibernate (${PREREQ})`, () => {
    expect(runEc2([hibernatable({ hibernationEnabled: false }), { op: "hibernate", instance: 0 }])).toMatchObject({
      error: "HIBERNATION_NOT_ENABLED",
      atOp: 1,
    });
    expect(runEc2([{ op: "runInstance" }, { op: "hibernate", instance: 0 }])).toMatchObject({
      error: "HIBERNATION_NOT_ENABLED",
      atOp: 1,
    });
  });

  it(`H5: hibernation can't be enabled or disabled after launch, running or stopped (${PREREQ})`, () => {
    expect(runEc2([{ op: "runInstance" }, { op: "modifyHibernation", instance: 0, enabled: true }])).toMatchObject({
      error: "HIBERNATION_NOT_MODIFIABLE",
      atOp: 1,
    });
    const stopped = [
      hibernatable(),
      { op: "stop", instance: 0 },
      { op: "modifyHibernation", instance: 0, enabled: false },
    ];
    expect(runEc2(stopped)).toMatchObject({ error: "HIBERNATION_NOT_MODIFIABLE", atOp: 2 });
  });
});

describe("ec2: hibernation prerequisites at launch (H1–H4, H8)", () => {
  it(`H1: the root volume must be encrypted (${PREREQ})`, () => {
    expect(launchOutcome({ rootVolume: { type: "gp3", sizeGiB: 30, encrypted: false } })).toBe(
      "HIBERNATION_PREREQUISITE",
    );
    expect(launchOutcome({ rootVolume: { type: "gp3", sizeGiB: 30 } })).toBe("HIBERNATION_PREREQUISITE");
  });

  it(`H1: the root must be EBS, not instance store (${PREREQ})`, () => {
    expect(launchOutcome({ instanceType: "m3.medium", rootDeviceType: "instance-store" })).toBe(
      "HIBERNATION_PREREQUISITE",
    );
  });

  it(`H1: the root volume must be large enough to hold the RAM (${PREREQ})`, () => {
    expect(
      launchOutcome({ instanceType: "m5.2xlarge", rootVolume: { type: "gp3", sizeGiB: 16, encrypted: true } }),
    ).toBe("HIBERNATION_PREREQUISITE");
    expect(
      launchOutcome({ instanceType: "m5.2xlarge", rootVolume: { type: "gp3", sizeGiB: 64, encrypted: true } }),
    ).toBe("ok");
  });

  it(`H2: Linux instances with more than 150 GB of RAM can't hibernate (${LIMITS})`, () => {
    const big = { rootVolume: { type: "gp3", sizeGiB: 500, encrypted: true } };
    expect(launchOutcome({ ...big, instanceType: "r5.4xlarge" })).toBe("ok");
    expect(launchOutcome({ ...big, instanceType: "r5.8xlarge" })).toBe("HIBERNATION_PREREQUISITE");
    expect(launchOutcome({ ...big, ramGiB: 150 })).toBe("ok");
    expect(launchOutcome({ ...big, ramGiB: 151 })).toBe("HIBERNATION_PREREQUISITE");
  });

  it(`H2: Windows instances can hibernate with up to 16 GB of RAM (https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/hibernating-prerequisites.html)`, () => {
    expect(launchOutcome({ os: "windows", instanceType: "m5.xlarge" })).toBe("ok");
    expect(launchOutcome({ os: "windows", instanceType: "m5.2xlarge" })).toBe("HIBERNATION_PREREQUISITE");
  });

  it(`H3: bare metal instances can't hibernate (${PREREQ})`, () => {
    expect(launchOutcome({ instanceType: "m5.metal", ramGiB: 8 })).toBe("HIBERNATION_PREREQUISITE");
    expect(launchOutcome({ bareMetal: true })).toBe("HIBERNATION_PREREQUISITE");
  });

  it(`H4: only listed instance families support hibernation (${PREREQ})`, () => {
    for (const instanceType of [
      "t2.micro",
      "t3.small",
      "t3a.medium",
      "m4.large",
      "c5.large",
      "c6i.large",
      "r5.large",
      "m7i-flex.large",
      "i3.large",
    ]) {
      expect(launchOutcome({ instanceType })).toBe("ok");
    }
    for (const instanceType of ["x1e.xlarge", "p3.2xlarge", "g5.xlarge"])
      expect(launchOutcome({ instanceType, ramGiB: 8 })).toBe("HIBERNATION_PREREQUISITE");
  });

  it(`H8: the root volume must be gp2, gp3, io1 or io2 (${PREREQ})`, () => {
    expect(launchOutcome({ rootVolume: { type: "standard", sizeGiB: 30, encrypted: true } })).toBe(
      "HIBERNATION_PREREQUISITE",
    );
    expect(launchOutcome({ rootVolume: { type: "gp2", sizeGiB: 30, encrypted: true } })).toBe("ok");
  });

  it(`the instance type of a stopped, hibernation-enabled instance can change (${OVERVIEW})`, () => {
    const ops = [
      hibernatable(),
      { op: "hibernate", instance: 0 },
      { op: "modifyInstanceType", instance: 0, instanceType: "m5.xlarge" },
    ];
    expect(instanceAfter(ops)).toMatchObject({ instanceType: "m5.xlarge", state: "stopped" });
  });
});

describe("ec2: hibernation queries (H6)", () => {
  it(`maxHibernationDays is 60 (${LIMITS})`, () => {
    expect(simulate("ec2", { query: "maxHibernationDays" })).toMatchObject({
      ok: true,
      result: { maxHibernationDays: 60 },
    });
  });

  it(`hibernationMaxRamGiB gives 150 for Linux and 16 for Windows (${PREREQ})`, () => {
    expect(simulate("ec2", { query: "hibernationMaxRamGiB" })).toMatchObject({
      ok: true,
      result: { hibernationMaxRamGiB: { linux: 150, windows: 16 } },
    });
  });
});
