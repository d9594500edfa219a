import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateEc2, type Ec2InstanceView, type Ec2Op, type Ec2Run } from "@/lib/sim/ec2";

// Invariants of the instance lifecycle (AWS_FACTS E1–E4, IP1). Source:
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html#lifecycle-differences

const AZS = ["us-east-1a", "us-east-1b"];
const TYPES = ["t3.micro", "m5.large", "c5.large", "t2.micro"];
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const launchArb: fc.Arbitrary<Ec2Op> = fc
  .record(
    {
      op: fc.constant("runInstance" as const),
      instanceType: fc.constantFrom(...TYPES),
      az: fc.constantFrom(...AZS),
      autoAssignPublicIp: maybe(fc.boolean()),
      instanceStoreVolumes: maybe(fc.nat(2)),
      hibernationEnabled: maybe(fc.boolean()),
      rootVolume: maybe(
        fc.record({
          type: fc.constantFrom("gp3" as const, "gp2" as const),
          sizeGiB: fc.constantFrom(8, 30),
          encrypted: fc.boolean(),
        }),
      ),
      additionalVolumes: maybe(
        fc.array(
          fc.record({
            type: fc.constant("gp3" as const),
            sizeGiB: fc.constant(10),
            deleteOnTermination: maybe(fc.boolean()),
          }),
          { maxLength: 2 },
        ),
      ),
    },
    { requiredKeys: ["op"] },
  )
  .map((launch) =>
    // Most hibernation-enabled launches would otherwise stop at HIBERNATION_PREREQUISITE (unencrypted default root).
    launch.op === "runInstance" && launch.hibernationEnabled
      ? { ...launch, rootVolume: { type: "gp3" as const, sizeGiB: 30, encrypted: true } }
      : launch,
  );

const opArb: fc.Arbitrary<Ec2Op> = fc.oneof(
  { weight: 2, arbitrary: launchArb },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constantFrom(
        "stop" as const,
        "start" as const,
        "reboot" as const,
        "hibernate" as const,
        "terminate" as const,
      ),
      instance: fc.nat(2),
    }),
  },
  fc.constant({ op: "allocateEip" as const }),
  fc.record({ op: fc.constant("associateEip" as const), eip: fc.nat(1), instance: fc.nat(2) }),
  fc.record({
    op: fc.constant("createVolume" as const),
    az: fc.constantFrom(...AZS),
    type: fc.constant("gp3" as const),
    sizeGiB: fc.constant(10),
  }),
  fc.record({ op: fc.constant("attach" as const), volume: fc.nat(1), instance: fc.nat(2) }),
  fc.record({
    op: fc.constant("modifyInstanceType" as const),
    instance: fc.nat(2),
    instanceType: fc.constantFrom(...TYPES),
  }),
);

/** Create what ops refer to first, so most sequences reach the interesting ops instead of a dangling reference. */
const opsArb = fc
  .tuple(fc.array(launchArb, { minLength: 3, maxLength: 3 }), fc.array(opArb, { maxLength: 14 }))
  .map(([launches, rest]): Ec2Op[] => [
    ...launches,
    { op: "allocateEip" },
    { op: "allocateEip" },
    { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 10 },
    { op: "createVolume", az: "us-east-1b", type: "gp3", sizeGiB: 10 },
    ...rest,
  ]);

function instancesOf(run: Ec2Run): Ec2InstanceView[] | null {
  return run.ok && "instances" in run.result ? run.result.instances : null;
}

describe("ec2 properties", () => {
  it("reboot never changes any IP address or loses disk data; only RAM is cleared (E2)", () => {
    fc.assert(
      fc.property(opsArb, fc.nat(2), (ops, k) => {
        const before = instancesOf(simulateEc2({ ops }))?.[k];
        if (before?.state !== "running") return;
        const after = instancesOf(simulateEc2({ ops: [...ops, { op: "reboot", instance: k }] }))?.[k];
        expect(after).toEqual({ ...before, ramPreserved: false });
      }),
    );
  });

  it("a stopped-then-started instance keeps its private IP and EBS data and loses instance store and RAM (E1)", () => {
    fc.assert(
      fc.property(opsArb, fc.nat(2), (ops, k) => {
        const before = instancesOf(simulateEc2({ ops }))?.[k];
        if (before?.state !== "running" || before.rootDeviceType !== "ebs") return;
        const run = simulateEc2({ ops: [...ops, { op: "stop", instance: k }, { op: "start", instance: k }] });
        const after = instancesOf(run)?.[k];
        if (!after) {
          // Only a full spread placement group could refuse the start, and these sequences use none.
          throw new Error(`stop/start failed: ${JSON.stringify(run)}`);
        }
        expect(after).toMatchObject({
          state: "running",
          privateIpv4: before.privateIpv4,
          privateIpv4Changed: false,
          ebsDataPreserved: before.ebsDataPreserved,
          instanceStoreDataPreserved: false,
          ramPreserved: false,
          elasticIpAssociated: before.elasticIpAssociated,
        });
        if (before.elasticIpAssociated) expect(after.publicIpv4).toBe(before.publicIpv4);
        else if (before.publicIpv4 !== null) expect(after.publicIpv4).not.toBe(before.publicIpv4);
      }),
    );
  });

  it("the private IPv4 never changes, terminated instances hold no public IP, and counts add up (E1, E4)", () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        const run = simulateEc2({ ops });
        if (!run.ok || !("instances" in run.result)) return;
        const { instances, runningInstances, eips } = run.result;
        expect(instances.every((i) => !i.privateIpv4Changed)).toBe(true);
        expect(runningInstances).toBe(instances.filter((i) => i.state === "running").length);
        for (const i of instances) {
          if (i.state === "terminated")
            expect(i).toMatchObject({
              publicIpv4: null,
              elasticIpAssociated: false,
              instanceStoreDataPreserved: false,
              ramPreserved: false,
            });
          if (i.state === "stopped") expect(i.instanceStoreDataPreserved).toBe(false);
          if (i.elasticIpAssociated) expect(eips.some((e) => e.publicIp === i.publicIpv4 && e.associated)).toBe(true);
        }
        expect(eips.every((e) => e.billedHourlyUsd === 0.005 && e.allocated)).toBe(true);
        expect(new Set(eips.filter((e) => e.associated).map((e) => e.instance)).size).toBe(
          eips.filter((e) => e.associated).length,
        );
      }),
    );
  });

  it("RAM contents survive as long as no stop, reboot or terminate touched the instance; hibernate and resume keep them (E3)", () => {
    fc.assert(
      fc.property(opsArb, fc.nat(2), (ops, k) => {
        const run = simulateEc2({ ops });
        const instance = instancesOf(run)?.[k];
        if (!instance) return;
        const launchIndex = ops.map((op, i) => (op.op === "runInstance" ? i : -1)).filter((i) => i >= 0)[k] ?? Infinity;
        const erasing = ops
          .slice(launchIndex)
          .some((op) => "instance" in op && op.instance === k && ["stop", "reboot", "terminate"].includes(op.op));
        if (!erasing) expect(instance.ramPreserved).toBe(true);
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(opsArb, (ops) => {
        expect(simulateEc2({ ops })).toEqual(simulateEc2({ ops }));
      }),
    );
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => simulate("ec2", value)).not.toThrow();
        expect(() => simulate("ec2", { ops: [{ op: "runInstance" }, value] })).not.toThrow();
      }),
    );
  });
});
