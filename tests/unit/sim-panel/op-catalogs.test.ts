import { describe, expect, it } from "vitest";
import { EBS_OPS } from "@/components/sim/ebs/ebs-ops";
import { EC2_OPS } from "@/components/sim/ec2/ec2-ops";
import { EFS_OPS } from "@/components/sim/efs/efs-ops";
import { ELB_ASG_EVENTS } from "@/components/sim/elb-asg/event-specs";
import { blankOp, findOpSpec, retypeOp, type OpSpec } from "@/components/sim/model/op-spec";
import { simulate } from "@/lib/sim";
import type { SimName } from "@/lib/sim";

const EFS_BASE = {
  fileSystem: { type: "regional" },
  securityGroups: [
    { id: "sg-app", inbound: [], outbound: [{ protocol: "-1", fromPort: -1, toPort: -1, destination: "0.0.0.0/0" }] },
    { id: "sg-efs", inbound: [{ protocol: "tcp", fromPort: 2049, toPort: 2049, source: "sg-app" }] },
  ],
};

// Entries refer to resources by index, so each new entry runs after ops that create instance, volume, snapshot 0.
const EBS_SETUP = [
  { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 100 },
  { op: "runInstance", az: "us-east-1a", nitro: true },
  { op: "createSnapshot", volume: 0 },
];
const EC2_SETUP = [
  { op: "runInstance" },
  { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 10 },
  { op: "allocateEip" },
];

/** Each catalog with the input that wraps one new entry of it. */
const CATALOGS: [SimName, readonly OpSpec[], (entry: object) => object][] = [
  ["ebs", EBS_OPS, (op) => ({ ops: [...EBS_SETUP, op] })],
  ["ec2", EC2_OPS, (op) => ({ ops: [...EC2_SETUP, op] })],
  ["efs", EFS_OPS, (op) => ({ ...EFS_BASE, ops: [op] })],
  [
    "elb-asg",
    ELB_ASG_EVENTS,
    (event) => ({ asg: { min: 1, desired: 2, max: 4 }, targets: [{ id: "i-1" }], events: [event] }),
  ],
];

describe("operation catalogs of the forms", () => {
  for (const [sim, catalog, wrap] of CATALOGS) {
    it(`${sim}: every new entry is valid vocabulary for the simulator`, () => {
      for (const spec of catalog) {
        const run = simulate(sim, wrap(blankOp(spec)));
        expect(run.ok ? null : run.inputError, `${sim} ${spec.op}`).toBeNull();
      }
    });

    it(`${sim}: op names are unique and field paths unique per op`, () => {
      expect(new Set(catalog.map((s) => s.op)).size).toBe(catalog.length);
      for (const spec of catalog) expect(new Set(spec.fields.map((f) => f.path)).size).toBe(spec.fields.length);
    });
  }

  it("starts a new entry with each field's initial value, nested paths included", () => {
    const mount = findOpSpec(EFS_OPS, "mount");
    expect(mount && blankOp(mount)).toMatchObject({
      op: "mount",
      instance: { az: "us-east-1a", securityGroups: ["sg-app"] },
      nfsVersion: "4.1",
    });
  });

  it("keeps shared fields when an entry changes type", () => {
    expect(retypeOp(EC2_OPS, { op: "stop", instance: 3 }, "reboot")).toEqual({ op: "reboot", instance: 3 });
    expect(retypeOp(ELB_ASG_EVENTS, { op: "stopApp", t: 120, instance: "i-2" }, "setHealthResponse")).toEqual({
      op: "setHealthResponse",
      t: 120,
      instance: "i-2",
      httpStatus: 503,
    });
    expect(retypeOp(EC2_OPS, { op: "stop", instance: 1 }, "allocateEip")).toEqual({ op: "allocateEip" });
  });

  it("keeps an unknown type as given so the JSON editor can fix it", () => {
    expect(retypeOp(EBS_OPS, { op: "attach", volume: 0 }, "resizeVolume")).toEqual({ op: "resizeVolume", volume: 0 });
  });
});
