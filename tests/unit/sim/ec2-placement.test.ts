import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";

const PLACEMENT = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html";
const EBS = "https://docs.aws.amazon.com/ebs/latest/userguide";

function runEc2(ops: unknown[]): Record<string, unknown> {
  const run = simulate("ec2", { ops });
  if (!run.ok) throw new Error(`unexpected input error: ${run.inputError}`);
  return run.result;
}

const group = (strategy: string, extra: Record<string, unknown> = {}) => ({
  op: "createPlacementGroup",
  strategy,
  ...extra,
});
const launchIn = (az: string, placementGroup = 0) => ({
  op: "runInstance",
  instanceType: "c5.large",
  az,
  placementGroup,
});
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe("ec2: placement groups", () => {
  it(`P1: a cluster placement group stays in a single AZ (${PLACEMENT})`, () => {
    expect(runEc2([group("cluster"), launchIn("us-east-1a"), launchIn("us-east-1b")])).toMatchObject({
      error: "PLACEMENT_GROUP_AZ",
      atOp: 2,
    });
    expect(runEc2([group("cluster"), ...times(10, () => launchIn("us-east-1a"))])).toMatchObject({
      runningInstances: 10,
    });
  });

  it(`P2: a spread group holds at most 7 running instances per AZ, 21 across three AZs (${PLACEMENT})`, () => {
    expect(runEc2([group("spread"), ...times(8, () => launchIn("us-east-1a"))])).toMatchObject({
      error: "PLACEMENT_GROUP_CAPACITY",
      atOp: 8,
    });
    const threeAzs = ["us-east-1a", "us-east-1b", "us-east-1c"].flatMap((az) => times(7, () => launchIn(az)));
    expect(runEc2([group("spread"), ...threeAzs])).toMatchObject({ runningInstances: 21 });
  });

  it(`P2: the limit counts running instances, so a stopped member frees a slot until it starts again (${PLACEMENT})`, () => {
    const seven = times(7, () => launchIn("us-east-1a"));
    const ops = [group("spread"), ...seven, { op: "stop", instance: 0 }, launchIn("us-east-1a")];
    expect(runEc2(ops)).toMatchObject({ runningInstances: 7 });
    expect(runEc2([...ops, { op: "start", instance: 0 }])).toMatchObject({
      error: "PLACEMENT_GROUP_CAPACITY",
      atOp: ops.length,
    });
  });

  it(`P3: a partition group has 1–7 partitions per AZ and no instance limit of its own (${PLACEMENT})`, () => {
    expect(
      runEc2([group("partition", { partitionCount: 7 }), ...times(20, () => launchIn("us-east-1a"))]),
    ).toMatchObject({ runningInstances: 20 });
    expect(runEc2([group("partition", { partitionCount: 8 })])).toMatchObject({
      error: "INVALID_PARTITION_COUNT",
      atOp: 0,
    });
    expect(runEc2([group("partition", { partitionCount: 0 })])).toMatchObject({
      error: "INVALID_PARTITION_COUNT",
      atOp: 0,
    });
    expect(runEc2([group("spread", { partitionCount: 3 })])).toMatchObject({
      error: "INVALID_PARTITION_COUNT",
      atOp: 0,
    });
  });

  it(`P3: a partition group can span AZs (${PLACEMENT})`, () => {
    expect(
      runEc2([group("partition", { partitionCount: 3 }), launchIn("us-east-1a"), launchIn("us-east-1b")]),
    ).toMatchObject({ runningInstances: 2 });
  });
});

describe("ec2: volumes use the EBS rules", () => {
  it(`B1: createVolume + attach needs the same AZ (${EBS}/ebs-attaching-volume.html)`, () => {
    const ops = [
      { op: "runInstance", az: "us-east-1a" },
      { op: "createVolume", az: "us-east-1b", type: "gp3", sizeGiB: 10 },
      { op: "attach", volume: 0, instance: 0 },
    ];
    expect(runEc2(ops)).toMatchObject({ error: "AZ_MISMATCH", atOp: 2 });
  });

  it(`volume numbers count createVolume volumes only; such volumes have role attached-later and stay after termination (${EBS}/../../AWSEC2/latest/UserGuide/preserving-volumes-on-termination.html)`, () => {
    const result = runEc2([
      { op: "runInstance", az: "us-east-1a" },
      { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 10 },
      { op: "attach", volume: 0, instance: 0 },
      { op: "stop", instance: 0 },
    ]);
    expect(result.volumes).toEqual([
      expect.objectContaining({ role: "root", exists: true, state: "in-use" }),
      expect.objectContaining({
        role: "attached-later",
        exists: true,
        state: "in-use",
        instance: 0,
        deleteOnTermination: false,
      }),
    ]);
  });

  it(`B10: st1 can't be the root volume; launch-time volumes obey the EBS size limits (${EBS}/ebs-volume-types.html)`, () => {
    expect(runEc2([{ op: "runInstance", rootVolume: { type: "st1", sizeGiB: 500 } }])).toMatchObject({
      error: "INVALID_BOOT_VOLUME",
      atOp: 0,
    });
    expect(runEc2([{ op: "runInstance", additionalVolumes: [{ type: "sc1", sizeGiB: 100 }] }])).toMatchObject({
      error: "INVALID_SIZE",
      atOp: 0,
    });
    expect(runEc2([{ op: "runInstance", rootVolume: { type: "io1", sizeGiB: 100, iops: 6000 } }])).toMatchObject({
      error: "INVALID_IOPS",
      atOp: 0,
    });
  });

  it(`B5: a Multi-Attach io2 volume attaches to several Nitro instances but not to a Xen one (${EBS}/ebs-volumes-multi.html)`, () => {
    const base = [
      { op: "createVolume", az: "us-east-1a", type: "io2", sizeGiB: 100, iops: 1000, multiAttach: true },
      { op: "runInstance", instanceType: "m5.large" },
      { op: "runInstance", instanceType: "c5.large" },
    ];
    const attached = runEc2([
      ...base,
      { op: "attach", volume: 0, instance: 0 },
      { op: "attach", volume: 0, instance: 1 },
    ]);
    expect(attached.volumes).toEqual([
      expect.objectContaining({ role: "attached-later", attachedTo: [0, 1], state: "in-use" }),
      expect.anything(),
      expect.anything(),
    ]);
    expect(
      runEc2([...base, { op: "runInstance", instanceType: "t2.large" }, { op: "attach", volume: 0, instance: 2 }]),
    ).toMatchObject({ error: "MULTI_ATTACH_REQUIRES_NITRO", atOp: 4 });
  });

  it(`B5: Windows instances take Multi-Attach only on io2 volumes (${EBS}/ebs-volumes-multi.html)`, () => {
    const ops = (type: string) => [
      { op: "createVolume", az: "us-east-1a", type, sizeGiB: 100, iops: 1000, multiAttach: true },
      { op: "runInstance", instanceType: "m5.large", os: "windows" },
      { op: "attach", volume: 0, instance: 0 },
    ];
    expect(runEc2(ops("io1"))).toMatchObject({ error: "MULTI_ATTACH_NOT_SUPPORTED", atOp: 2 });
    expect(runEc2(ops("io2"))).toMatchObject({ runningInstances: 1 });
  });

  it(`a terminated instance takes no volumes (${EBS}/ebs-attaching-volume.html)`, () => {
    const ops = [
      { op: "runInstance" },
      { op: "terminate", instance: 0 },
      { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 10 },
      { op: "attach", volume: 0, instance: 0 },
    ];
    expect(runEc2(ops)).toMatchObject({ error: "INCORRECT_INSTANCE_STATE", atOp: 3 });
  });
});
