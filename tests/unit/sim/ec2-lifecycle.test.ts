import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateEc2 } from "@/lib/sim/ec2";

const GUIDE = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide";
const LIFECYCLE = `${GUIDE}/ec2-instance-lifecycle.html#lifecycle-differences`;

function runEc2(ops: unknown[]): Record<string, unknown> {
  const run = simulate("ec2", { ops });
  if (!run.ok) throw new Error(`unexpected input error: ${run.inputError}`);
  return run.result;
}

interface InstanceView {
  state: string;
  instanceType: string;
  publicIpv4Changed: boolean;
  publicIpv4ChangedSinceEipAssociation: boolean | null;
  privateIpv4Changed: boolean;
  instanceStoreDataPreserved: boolean;
  ebsDataPreserved: boolean;
  ramPreserved: boolean;
  elasticIpAssociated: boolean;
  publicIpv4: string | null;
}
interface State {
  instances: InstanceView[];
  volumes: { role: string; exists: boolean; state: string; deleteOnTermination: boolean }[];
  eips: { allocated: boolean; associated: boolean; billedHourlyUsd: number }[];
  runningInstances: number;
}

function stateOf(ops: unknown[]): State {
  const result = runEc2(ops);
  if ("error" in result) throw new Error(`unexpected ${String(result.error)} at op ${String(result.atOp)}`);
  return result as unknown as State;
}

function first(ops: unknown[]): InstanceView {
  const instance = stateOf(ops).instances[0];
  if (!instance) throw new Error("no instance");
  return instance;
}

const launch = (extra: Record<string, unknown> = {}) => ({
  op: "runInstance",
  instanceType: "m5.large",
  az: "us-east-1a",
  instanceStoreVolumes: 1,
  ...extra,
});
const on = (op: string, instance = 0) => ({ op, instance });

describe("ec2: stop and start (E1)", () => {
  it(`stop/start gives a new public IPv4, keeps the private IPv4 and EBS data, loses instance store and RAM (${GUIDE}/Stop_Start.html)`, () => {
    expect(first([launch(), on("stop"), on("start")])).toMatchObject({
      state: "running",
      publicIpv4Changed: true,
      privateIpv4Changed: false,
      instanceStoreDataPreserved: false,
      ebsDataPreserved: true,
      ramPreserved: false,
    });
  });

  it(`a stopped instance has no auto-assigned public IPv4 (${GUIDE}/Stop_Start.html)`, () => {
    expect(first([launch(), on("stop")])).toMatchObject({
      state: "stopped",
      publicIpv4: null,
      publicIpv4Changed: true,
    });
  });

  it(`an instance launched without a public IPv4 keeps having none (${GUIDE}/Stop_Start.html)`, () => {
    expect(first([launch({ autoAssignPublicIp: false }), on("stop"), on("start")])).toMatchObject({
      publicIpv4: null,
      publicIpv4Changed: false,
    });
  });

  it(`an Elastic IP stays through stop/start (${GUIDE}/Stop_Start.html)`, () => {
    const ops = [launch(), { op: "allocateEip" }, { op: "associateEip", eip: 0, instance: 0 }, on("stop"), on("start")];
    expect(first(ops)).toMatchObject({
      elasticIpAssociated: true,
      publicIpv4ChangedSinceEipAssociation: false,
      publicIpv4Changed: true,
    });
  });

  it(`E5: instance-store-backed instances can't be stopped (${GUIDE}/Stop_Start.html)`, () => {
    expect(runEc2([launch({ instanceType: "m3.medium", rootDeviceType: "instance-store" }), on("stop")])).toMatchObject(
      { error: "UNSUPPORTED_OPERATION", atOp: 1 },
    );
  });
});

describe("ec2: reboot (E2)", () => {
  it(`reboot keeps both IPv4 addresses and instance-store data; RAM is erased (${LIFECYCLE})`, () => {
    expect(first([launch(), on("reboot")])).toMatchObject({
      state: "running",
      publicIpv4Changed: false,
      privateIpv4Changed: false,
      instanceStoreDataPreserved: true,
      ebsDataPreserved: true,
      ramPreserved: false,
    });
  });

  it(`only a running instance can be rebooted (${LIFECYCLE})`, () => {
    expect(runEc2([launch(), on("stop"), on("reboot")])).toMatchObject({ error: "INCORRECT_INSTANCE_STATE", atOp: 2 });
  });
});

describe("ec2: terminate (E4, E6)", () => {
  const PRESERVE = `${GUIDE}/preserving-volumes-on-termination.html`;

  it(`E6: through the API the root and launch-time data volumes are deleted, later-attached volumes are kept (${PRESERVE})`, () => {
    const state = stateOf([
      launch({ additionalVolumes: [{ type: "gp3", sizeGiB: 20 }] }),
      { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 10 },
      { op: "attach", volume: 0, instance: 0 },
      on("terminate"),
    ]);
    expect(state.volumes).toEqual([
      expect.objectContaining({ role: "root", exists: false, state: "deleted", deleteOnTermination: true }),
      expect.objectContaining({ role: "additional", exists: false, state: "deleted", deleteOnTermination: true }),
      expect.objectContaining({ role: "attached-later", exists: true, state: "available", deleteOnTermination: false }),
    ]);
    expect(state.instances[0]).toMatchObject({
      state: "terminated",
      ebsDataPreserved: false,
      instanceStoreDataPreserved: false,
    });
  });

  it(`E6: DeleteOnTermination false keeps a launch volume (${PRESERVE})`, () => {
    const state = stateOf([
      launch({
        rootVolume: { type: "gp3", sizeGiB: 8, deleteOnTermination: false },
        additionalVolumes: [{ type: "gp2", sizeGiB: 5, deleteOnTermination: false }],
      }),
      on("terminate"),
    ]);
    expect(state.volumes.map((v) => [v.role, v.exists, v.state])).toEqual([
      ["root", true, "available"],
      ["additional", true, "available"],
    ]);
    expect(state.instances[0]?.ebsDataPreserved).toBe(true);
  });

  it(`E4: terminating disassociates the Elastic IP, which stays allocated and billed (${LIFECYCLE})`, () => {
    const state = stateOf([
      launch(),
      { op: "allocateEip" },
      { op: "associateEip", eip: 0, instance: 0 },
      on("terminate"),
    ]);
    expect(state.eips[0]).toEqual(
      expect.objectContaining({ allocated: true, associated: false, billedHourlyUsd: 0.005 }),
    );
    expect(state.instances[0]).toMatchObject({ elasticIpAssociated: false, state: "terminated" });
    expect(state.runningInstances).toBe(0);
  });

  it(`a terminated instance can't be started; terminating again is harmless (${GUIDE}/terminating-instances.html)`, () => {
    expect(runEc2([launch(), on("terminate"), on("start")])).toMatchObject({
      error: "INCORRECT_INSTANCE_STATE",
      atOp: 2,
    });
    expect(first([launch(), on("terminate"), on("terminate")]).state).toBe("terminated");
  });
});

describe("ec2: instance type changes (E7)", () => {
  it(`the instance type can change only while stopped (${GUIDE}/Stop_Start.html)`, () => {
    expect(runEc2([launch(), { op: "modifyInstanceType", instance: 0, instanceType: "m5.xlarge" }])).toMatchObject({
      error: "INCORRECT_INSTANCE_STATE",
      atOp: 1,
    });
    expect(
      first([launch(), on("stop"), { op: "modifyInstanceType", instance: 0, instanceType: "m5.xlarge" }, on("start")])
        .instanceType,
    ).toBe("m5.xlarge");
  });
});

describe("ec2: Elastic IPs and public IPv4 billing (IP1)", () => {
  const BLOG = "https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/";

  it(`every Elastic IP costs $0.005 per hour, associated or idle (${BLOG})`, () => {
    const state = stateOf([
      launch(),
      { op: "allocateEip" },
      { op: "allocateEip" },
      { op: "associateEip", eip: 0, instance: 0 },
      on("stop"),
    ]);
    expect(state.eips).toEqual([
      expect.objectContaining({ allocated: true, associated: true, billedHourlyUsd: 0.005 }),
      expect.objectContaining({ allocated: true, associated: false, billedHourlyUsd: 0.005 }),
    ]);
  });

  it(`associating an EIP replaces the auto-assigned public IPv4 (${GUIDE}/elastic-ip-addresses-eip.html)`, () => {
    expect(first([launch(), { op: "allocateEip" }, { op: "associateEip", eip: 0, instance: 0 }])).toMatchObject({
      publicIpv4Changed: true,
      publicIpv4ChangedSinceEipAssociation: false,
      elasticIpAssociated: true,
    });
  });

  it(`moving an EIP to another instance leaves the first with a new auto-assigned address (${GUIDE}/elastic-ip-addresses-eip.html)`, () => {
    const state = stateOf([
      launch(),
      launch(),
      { op: "allocateEip" },
      { op: "associateEip", eip: 0, instance: 0 },
      { op: "associateEip", eip: 0, instance: 1 },
    ]);
    expect(state.instances.map((i) => i.elasticIpAssociated)).toEqual([false, true]);
    expect(state.instances[0]?.publicIpv4).not.toBeNull();
    expect(state.instances[0]?.publicIpv4).not.toBe(state.instances[1]?.publicIpv4);
  });

  it("publicIpv4ChangedSinceEipAssociation is null when no EIP was ever associated", () => {
    expect(first([launch()]).publicIpv4ChangedSinceEipAssociation).toBeNull();
  });
});

describe("ec2: counts and the typed API", () => {
  it("runningInstances counts instances in the running state", () => {
    expect(stateOf([launch(), launch(), launch(), on("stop", 1), on("terminate", 2)]).runningInstances).toBe(1);
  });

  it("the typed API matches the registry", () => {
    const run = simulateEc2({ ops: [{ op: "runInstance" }] });
    expect(run.ok && "instances" in run.result && run.result.instances[0]?.instanceType).toBe("t3.micro");
  });
});
