import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateEfs } from "@/lib/sim/efs";

const EFS = "https://docs.aws.amazon.com/efs/latest/ug";

function runEfs(input: unknown): Record<string, unknown> {
  const run = simulate("efs", input);
  if (!run.ok) throw new Error(`unexpected input error: ${run.inputError}`);
  return run.result;
}

const nfsFromApp = { protocol: "tcp", fromPort: 2049, toPort: 2049, source: "sg-app" };
const GROUPS = [
  { id: "sg-app", inbound: [] },
  { id: "sg-efs", inbound: [nfsFromApp] },
];

function mt(subnetAz: string, extra: Record<string, unknown> = {}) {
  return { op: "createMountTarget", subnetAz, vpc: "vpc-1", securityGroups: ["sg-efs"], ...extra };
}

function mount(az: string, extra: Record<string, unknown> = {}, nfsVersion: unknown = "4.1") {
  return {
    op: "mount",
    instance: { az, os: "linux", securityGroups: ["sg-app"], privateIp: "10.0.1.10", vpc: "vpc-1", ...extra },
    nfsVersion,
  };
}

describe(`F3 mount targets (${EFS}/API_CreateMountTarget.html)`, () => {
  it("one mount target per AZ: a second in the same AZ is MountTargetConflict", () => {
    const result = runEfs({
      securityGroups: GROUPS,
      ops: [mt("us-east-1a"), mt("us-east-1b"), mt("us-east-1a"), mt("us-east-1c")],
    });
    expect(result).toMatchObject({ error: "MountTargetConflict", atOp: 2, mountTargets: 2 });
  });

  it("a Regional file system can have one mount target in each AZ", () => {
    const result = runEfs({ securityGroups: GROUPS, ops: [mt("us-east-1a"), mt("us-east-1b"), mt("us-east-1c")] });
    expect(result).toMatchObject({ mountTargets: 3, mountTargetAzs: ["us-east-1a", "us-east-1b", "us-east-1c"] });
    expect(result.error).toBeUndefined();
  });

  it("all mount targets are in one VPC: another VPC is MountTargetConflict", () => {
    const result = runEfs({ securityGroups: GROUPS, ops: [mt("us-east-1a"), mt("us-east-1b", { vpc: "vpc-2" })] });
    expect(result).toMatchObject({ error: "MountTargetConflict", atOp: 1 });
  });

  it("a One Zone file system takes a mount target only in its own AZ (AvailabilityZonesMismatch)", () => {
    const fileSystem = { type: "oneZone", az: "us-east-1a" };
    expect(runEfs({ fileSystem, securityGroups: GROUPS, ops: [mt("us-east-1b")] })).toMatchObject({
      error: "AvailabilityZonesMismatch",
      atOp: 0,
    });
    expect(runEfs({ fileSystem, securityGroups: GROUPS, ops: [mt("us-east-1a")] })).toMatchObject({ mountTargets: 1 });
  });

  it("at most five security groups per mount target (SecurityGroupLimitExceeded)", () => {
    const ids = ["sg-1", "sg-2", "sg-3", "sg-4", "sg-5", "sg-6"];
    const groups = ids.map((id) => ({ id, inbound: [] }));
    expect(runEfs({ securityGroups: groups, ops: [mt("us-east-1a", { securityGroups: ids })] })).toMatchObject({
      error: "SecurityGroupLimitExceeded",
      atOp: 0,
    });
    expect(
      runEfs({ securityGroups: groups, ops: [mt("us-east-1a", { securityGroups: ids.slice(0, 5) })] }),
    ).toMatchObject({ mountTargets: 1 });
  });

  it("an undefined security group is SecurityGroupNotFound", () => {
    expect(runEfs({ securityGroups: GROUPS, ops: [mt("us-east-1a", { securityGroups: ["sg-nope"] })] })).toMatchObject({
      error: "SecurityGroupNotFound",
      atOp: 0,
    });
  });

  it("ops after a failing op are not run", () => {
    const result = runEfs({ securityGroups: GROUPS, ops: [mt("us-east-1a"), mt("us-east-1a"), mount("us-east-1a")] });
    expect(result).toMatchObject({ error: "MountTargetConflict", atOp: 1 });
    expect(result.mounted).toBeUndefined();
    expect(result.steps).toHaveLength(1);
  });

  it("a deleted mount target frees its AZ", () => {
    const result = runEfs({
      securityGroups: GROUPS,
      ops: [mt("us-east-1a"), { op: "deleteMountTarget", az: "us-east-1a" }, mt("us-east-1a")],
    });
    expect(result).toMatchObject({ mountTargets: 1 });
  });
});

describe(`F1/F2 NFS over TCP 2049 through both sides' security groups (${EFS}/network-access.html)`, () => {
  it("mounts when the mount target's SG allows 2049 from the instance SG and the instance has default outbound", () => {
    const result = runEfs({ securityGroups: GROUPS, ops: [mt("us-east-1a"), mount("us-east-1a")] });
    expect(result).toMatchObject({ mounted: true, crossAz: false, mountTargets: 1 });
    expect(result.reason).toBeUndefined();
  });

  it("the mount target SG may allow the instance's private IP by CIDR instead", () => {
    const groups = [
      { id: "sg-app", inbound: [] },
      { id: "sg-efs", inbound: [{ protocol: "tcp", fromPort: 2049, toPort: 2049, source: "10.0.1.0/24" }] },
    ];
    expect(runEfs({ securityGroups: groups, ops: [mt("us-east-1a"), mount("us-east-1a")] }).mounted).toBe(true);
    expect(
      runEfs({ securityGroups: groups, ops: [mt("us-east-1a"), mount("us-east-1a", { privateIp: "10.0.2.10" })] }),
    ).toMatchObject({
      mounted: false,
      reason: "SG_BLOCKED",
    });
  });

  it("no inbound 2049 on the mount target is SG_BLOCKED at the mount target", () => {
    const groups = [
      { id: "sg-app", inbound: [] },
      { id: "sg-efs", inbound: [{ protocol: "tcp", fromPort: 22, toPort: 22, source: "sg-app" }] },
    ];
    const result = runEfs({ securityGroups: groups, ops: [mt("us-east-1a"), mount("us-east-1a")] });
    expect(result).toMatchObject({ mounted: false, reason: "SG_BLOCKED" });
    expect((result.steps as Record<string, unknown>[])[1]).toMatchObject({ blockedAt: "mount-target-ingress" });
  });

  it("an instance SG with no outbound rule to 2049 is SG_BLOCKED at the instance", () => {
    const groups = [
      {
        id: "sg-app",
        inbound: [],
        outbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, destination: "0.0.0.0/0" }],
      },
      GROUPS[1],
    ];
    const result = runEfs({ securityGroups: groups, ops: [mt("us-east-1a"), mount("us-east-1a")] });
    expect(result).toMatchObject({ mounted: false, reason: "SG_BLOCKED" });
    expect((result.steps as Record<string, unknown>[])[1]).toMatchObject({ blockedAt: "instance-egress" });
  });

  it("an instance outbound rule to the mount target's SG is enough", () => {
    const groups = [
      {
        id: "sg-app",
        inbound: [],
        outbound: [{ protocol: "tcp", fromPort: 2049, toPort: 2049, destination: "sg-efs" }],
      },
      GROUPS[1],
    ];
    expect(runEfs({ securityGroups: groups, ops: [mt("us-east-1a"), mount("us-east-1a")] }).mounted).toBe(true);
  });

  it("an instance outbound rule by CIDR is checked against the mount target's IP when given", () => {
    const groups = [
      {
        id: "sg-app",
        inbound: [],
        outbound: [{ protocol: "tcp", fromPort: 2049, toPort: 2049, destination: "10.0.3.0/24" }],
      },
      GROUPS[1],
    ];
    const at = (ipAddress: string) =>
      runEfs({ securityGroups: groups, ops: [mt("us-east-1a", { ipAddress }), mount("us-east-1a")] });
    expect(at("10.0.3.7").mounted).toBe(true);
    expect(at("10.0.4.7")).toMatchObject({ mounted: false, reason: "SG_BLOCKED" });
  });

  it("a mount target created without SGs gets the VPC default SG, which admits only its own members", () => {
    const noSg = { op: "createMountTarget", subnetAz: "us-east-1a", vpc: "vpc-1" };
    expect(runEfs({ securityGroups: GROUPS, ops: [noSg, mount("us-east-1a")] })).toMatchObject({
      mounted: false,
      reason: "SG_BLOCKED",
    });
    expect(
      runEfs({ securityGroups: GROUPS, ops: [noSg, mount("us-east-1a", { securityGroups: ["sg-default"] })] }).mounted,
    ).toBe(true);
  });

  it("NFSv4.0 and 4.1 mount; NFSv3 and 4.2 are UNSUPPORTED_PROTOCOL", () => {
    const version = (v: unknown) =>
      runEfs({ securityGroups: GROUPS, ops: [mt("us-east-1a"), mount("us-east-1a", {}, v)] });
    expect(version("4.0").mounted).toBe(true);
    expect(version(4.1).mounted).toBe(true);
    expect(version("3")).toMatchObject({ mounted: false, reason: "UNSUPPORTED_PROTOCOL" });
    expect(version("4.2")).toMatchObject({ mounted: false, reason: "UNSUPPORTED_PROTOCOL" });
  });
});

describe(`F4 Linux only (${EFS}/limits.html)`, () => {
  it("a Windows instance gets UNSUPPORTED_OS, even when the SGs would block too", () => {
    const closed = [
      { id: "sg-app", inbound: [], outbound: [] },
      { id: "sg-efs", inbound: [] },
    ];
    const result = runEfs({ securityGroups: closed, ops: [mt("us-east-1a"), mount("us-east-1a", { os: "windows" })] });
    expect(result).toMatchObject({ mounted: false, reason: "UNSUPPORTED_OS" });
  });

  it("macOS on EC2 Mac is supported", () => {
    expect(
      runEfs({ securityGroups: GROUPS, ops: [mt("us-east-1a"), mount("us-east-1a", { os: "macos" })] }).mounted,
    ).toBe(true);
  });
});

describe(`F5 which mount target an instance uses; cross-AZ mounts (${EFS}/mounting-one-zone.html)`, () => {
  it("an instance in another AZ mounts a One Zone file system through its single mount target (crossAz)", () => {
    const result = runEfs({
      fileSystem: { type: "oneZone", az: "us-east-1a" },
      securityGroups: GROUPS,
      ops: [mt("us-east-1a"), mount("us-east-1b")],
    });
    expect(result).toMatchObject({ mounted: true, crossAz: true });
  });

  it("a Regional file system with a mount target in the instance's AZ is mounted locally", () => {
    const result = runEfs({ securityGroups: GROUPS, ops: [mt("us-east-1a"), mt("us-east-1b"), mount("us-east-1b")] });
    expect(result).toMatchObject({ mounted: true, crossAz: false });
    expect((result.steps as Record<string, unknown>[])[2]).toMatchObject({ mountTargetAz: "us-east-1b" });
  });

  it("a Regional file system without a mount target in the instance's AZ is reached across AZs", () => {
    expect(runEfs({ securityGroups: GROUPS, ops: [mt("us-east-1a"), mount("us-east-1c")] })).toMatchObject({
      mounted: true,
      crossAz: true,
    });
  });

  it("with no mount target in the instance's VPC there is nothing to mount", () => {
    expect(runEfs({ securityGroups: GROUPS, ops: [mount("us-east-1a")] })).toMatchObject({
      mounted: false,
      reason: "NO_MOUNT_TARGET",
    });
    expect(
      runEfs({ securityGroups: GROUPS, ops: [mt("us-east-1a"), mount("us-east-1a", { vpc: "vpc-9" })] }),
    ).toMatchObject({
      mounted: false,
      reason: "NO_MOUNT_TARGET",
    });
  });

  it("the top-level mount fields describe the last mount; steps keep each one", () => {
    const result = runEfs({
      securityGroups: GROUPS,
      ops: [mt("us-east-1a"), mount("us-east-1a", { os: "windows" }), mount("us-east-1a")],
    });
    expect(result).toMatchObject({ mounted: true });
    expect((result.steps as Record<string, unknown>[])[1]).toMatchObject({ mounted: false, reason: "UNSUPPORTED_OS" });
  });
});

describe("typed API", () => {
  it("simulateEfs gives the registry's result with a bilingual explanation", () => {
    const input = { securityGroups: GROUPS, ops: [mt("us-east-1a"), mount("us-east-1a")] };
    const run = simulateEfs(input);
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(run.result).toEqual(runEfs(input));
    expect(run.result.explanation.en).toContain("2049");
    expect(run.result.explanation.ko).toContain("2049");
  });
});
