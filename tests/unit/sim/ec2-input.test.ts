import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";

function inputErrorOf(input: unknown): string {
  const run = simulate("ec2", input);
  if (run.ok) throw new Error(`expected an input error, got ${JSON.stringify(run.result)}`);
  return run.inputError;
}

describe("ec2: input errors name the field", () => {
  it.each([
    [{ ops: [{ op: "launch" }] }, /^ops\[0\]\.op: unknown value "launch"; expected one of runInstance/],
    [{ ops: [{ op: "runInstance", rootDeviceType: "nvme" }] }, /^ops\[0\]\.rootDeviceType: /],
    [{ ops: [{ op: "runInstance", os: "macos" }] }, /^ops\[0\]\.os: /],
    [{ ops: [{ op: "runInstance", az: "us-east-1" }] }, /^ops\[0\]\.az: must be an Availability Zone/],
    [
      { ops: [{ op: "runInstance", additionalVolumes: [{ type: "gp3" }] }] },
      /^ops\[0\]\.additionalVolumes\[0\]\.sizeGiB: required$/,
    ],
    [
      { ops: [{ op: "runInstance", rootVolume: { type: "gp3", size: 8 } }] },
      /^ops\[0\]\.rootVolume\.size: unknown field/,
    ],
    [{ ops: [{ op: "stop" }] }, /^ops\[0\]\.instance: required$/],
    [{ ops: [{ op: "associateEip", eip: 0 }] }, /^ops\[0\]\.instance: required$/],
    [{ ops: [{ op: "createPlacementGroup", strategy: "host" }] }, /^ops\[0\]\.strategy: /],
    [{ ops: [{ op: "modifyHibernation", instance: 0 }] }, /^ops\[0\]\.enabled: required$/],
    [{ ops: "runInstance" }, /^ops: /],
    [{ query: "maxStoppedDays" }, /^query: /],
  ])("%j → %s", (input, message) => {
    expect(inputErrorOf(input)).toMatch(message);
  });

  it("references to things no earlier op created are input errors", () => {
    expect(inputErrorOf({ ops: [{ op: "stop", instance: 0 }] })).toBe(
      "ops[0].instance: no instance 0 exists at this point (0 created by earlier ops)",
    );
    expect(inputErrorOf({ ops: [{ op: "runInstance" }, { op: "associateEip", eip: 0, instance: 0 }] })).toMatch(
      /^ops\[1\]\.eip: no Elastic IP 0/,
    );
    expect(inputErrorOf({ ops: [{ op: "runInstance", placementGroup: 0 }] })).toMatch(
      /^ops\[0\]\.placementGroup: no placement group 0/,
    );
    expect(inputErrorOf({ ops: [{ op: "runInstance" }, { op: "attach", volume: 0, instance: 0 }] })).toMatch(
      /^ops\[1\]\.volume: no volume 0/,
    );
  });

  it("hibernation on a type whose memory the simulator doesn't know asks for ramGiB", () => {
    expect(
      inputErrorOf({
        ops: [
          { op: "runInstance", instanceType: "m5.weird", hibernationEnabled: true, rootVolume: { encrypted: true } },
        ],
      }),
    ).toMatch(/^ops\[0\]\.ramGiB: required/);
  });
});

describe("ec2: queries return documented values", () => {
  it.each([
    ["maxHibernationDays", { maxHibernationDays: 60 }],
    ["hibernationMaxRamGiB", { hibernationMaxRamGiB: { linux: 150, windows: 16 } }],
    [
      "deleteOnTerminationDefaults",
      { deleteOnTerminationDefaults: { root: true, additional: true, attachedLater: false } },
    ],
    ["publicIpv4HourlyUsd", { publicIpv4HourlyUsd: 0.005 }],
    ["spreadMaxRunningInstancesPerAz", { spreadMaxRunningInstancesPerAz: 7 }],
    ["partitionMaxPerAz", { partitionMaxPerAz: 7 }],
  ])("%s", (query, expected) => {
    const run = simulate("ec2", { query });
    expect(run).toMatchObject({
      ok: true,
      result: { ...expected, explanation: { en: expect.any(String), ko: expect.any(String) } },
    });
  });
});

describe("ec2: results explain themselves", () => {
  it("a failure names the rule, its source and both languages", () => {
    const run = simulate("ec2", {
      ops: [{ op: "runInstance" }, { op: "modifyInstanceType", instance: 0, instanceType: "t3.large" }],
    });
    expect(run).toMatchObject({
      ok: true,
      result: {
        error: "INCORRECT_INSTANCE_STATE",
        atOp: 1,
        decidedBy: [{ rule: "E7", source: expect.stringContaining("Stop_Start") }],
        explanation: { en: expect.stringContaining("stopped"), ko: expect.any(String) },
      },
    });
  });

  it("a success explains the last notable rule", () => {
    const run = simulate("ec2", { ops: [{ op: "runInstance" }, { op: "reboot", instance: 0 }] });
    expect(run).toMatchObject({
      ok: true,
      result: { decidedBy: [{ rule: "E2" }], explanation: { en: expect.stringContaining("RAM") } },
    });
  });
});
