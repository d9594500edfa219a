import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { simulate } from "@/lib/sim";

const EFS = "https://docs.aws.amazon.com/efs/latest/ug";

function runEfs(input: unknown): Record<string, unknown> {
  const run = simulate("efs", input);
  if (!run.ok) throw new Error(`unexpected input error: ${run.inputError}`);
  return run.result;
}

function inputError(input: unknown): string {
  const run = simulate("efs", input);
  expect(run.ok).toBe(false);
  return run.ok ? "" : run.inputError;
}

const lifecycle = (values: Record<string, string>) => ({ op: "putLifecycleConfiguration", ...values });

describe(`F7 performance modes (${EFS}/performance.html#performancemodes)`, () => {
  it("Max I/O is not supported on One Zone: the file system is not created", () => {
    const result = runEfs({
      fileSystem: { type: "oneZone", az: "us-east-1a", performanceMode: "maxIO", throughputMode: "bursting" },
      ops: [],
    });
    expect(result).toMatchObject({ error: "UNSUPPORTED_CONFIGURATION", atOp: "createFileSystem" });
  });

  it("Max I/O can't use Elastic throughput", () => {
    const result = runEfs({ fileSystem: { performanceMode: "maxIO", throughputMode: "elastic" } });
    expect(result).toMatchObject({ error: "UNSUPPORTED_CONFIGURATION", atOp: "createFileSystem" });
  });

  it("Max I/O on a Regional file system with Bursting or Provisioned throughput is fine", () => {
    expect(runEfs({ fileSystem: { performanceMode: "maxIO", throughputMode: "bursting" } }).error).toBeUndefined();
    expect(runEfs({ fileSystem: { performanceMode: "maxIO", throughputMode: "provisioned" } }).error).toBeUndefined();
  });

  it("the performance mode can't be changed after creation (UNSUPPORTED_OPERATION)", () => {
    const result = runEfs({
      fileSystem: { performanceMode: "generalPurpose" },
      ops: [{ op: "updateFileSystem", performanceMode: "maxIO" }],
    });
    expect(result).toMatchObject({
      error: "UNSUPPORTED_OPERATION",
      atOp: 0,
      fileSystem: { performanceMode: "generalPurpose" },
    });
  });
});

describe(`F8 throughput modes (${EFS}/managing-throughput.html)`, () => {
  it("the throughput mode can be changed", () => {
    const result = runEfs({
      fileSystem: { throughputMode: "bursting" },
      ops: [{ op: "updateFileSystem", throughputMode: "elastic" }],
    });
    expect(result).toMatchObject({ fileSystem: { throughputMode: "elastic" } });
  });

  it("switching a Max I/O file system to Elastic is refused (Elastic needs General Purpose)", () => {
    const result = runEfs({
      fileSystem: { performanceMode: "maxIO", throughputMode: "bursting" },
      ops: [{ op: "updateFileSystem", throughputMode: "elastic" }],
    });
    expect(result).toMatchObject({ error: "UNSUPPORTED_CONFIGURATION", atOp: 0 });
  });

  it("an omitted file system uses the CreateFileSystem API defaults: Regional, generalPurpose, bursting", () => {
    expect(runEfs({ ops: [] })).toMatchObject({
      fileSystem: { type: "regional", performanceMode: "generalPurpose", throughputMode: "bursting" },
    });
  });
});

describe(`F6 lifecycle configuration (${EFS}/API_PutLifecycleConfiguration.html)`, () => {
  const elastic = { fileSystem: { throughputMode: "elastic" } };

  it("valid values are echoed in the result", () => {
    const values = {
      transitionToIA: "AFTER_30_DAYS",
      transitionToArchive: "AFTER_90_DAYS",
      transitionToPrimaryStorageClass: "AFTER_1_ACCESS",
    };
    expect(runEfs({ ...elastic, ops: [lifecycle(values)] })).toMatchObject({ lifecycle: values });
  });

  it.each([
    "AFTER_1_DAY",
    "AFTER_7_DAYS",
    "AFTER_14_DAYS",
    "AFTER_60_DAYS",
    "AFTER_180_DAYS",
    "AFTER_270_DAYS",
    "AFTER_365_DAYS",
  ])("%s is a valid TransitionToIA value", (value) => {
    expect(runEfs({ ops: [lifecycle({ transitionToIA: value })] })).toMatchObject({
      lifecycle: { transitionToIA: value },
    });
  });

  it.each(["AFTER_2_DAYS", "AFTER_1_DAYS", "AFTER_400_DAYS", "30", "NEVER"])("%s is INVALID_LIFECYCLE", (value) => {
    expect(runEfs({ ops: [lifecycle({ transitionToIA: value })] })).toMatchObject({
      error: "INVALID_LIFECYCLE",
      atOp: 0,
    });
  });

  it("TransitionToPrimaryStorageClass accepts only AFTER_1_ACCESS", () => {
    expect(runEfs({ ops: [lifecycle({ transitionToPrimaryStorageClass: "AFTER_2_ACCESSES" })] })).toMatchObject({
      error: "INVALID_LIFECYCLE",
    });
  });

  it("Archive must come later than IA", () => {
    expect(
      runEfs({
        ...elastic,
        ops: [lifecycle({ transitionToIA: "AFTER_90_DAYS", transitionToArchive: "AFTER_30_DAYS" })],
      }),
    ).toMatchObject({
      error: "INVALID_LIFECYCLE",
      atOp: 0,
    });
    expect(
      runEfs({
        ...elastic,
        ops: [lifecycle({ transitionToIA: "AFTER_30_DAYS", transitionToArchive: "AFTER_30_DAYS" })],
      }),
    ).toMatchObject({
      error: "INVALID_LIFECYCLE",
    });
  });

  it("Archive without IA is allowed (TransitionToArchive must be unset or later than IA)", () => {
    expect(runEfs({ ...elastic, ops: [lifecycle({ transitionToArchive: "AFTER_90_DAYS" })] })).toMatchObject({
      lifecycle: { transitionToArchive: "AFTER_90_DAYS" },
    });
  });

  it("Archive needs Elastic throughput and General Purpose mode", () => {
    const values = { transitionToIA: "AFTER_30_DAYS", transitionToArchive: "AFTER_90_DAYS" };
    expect(runEfs({ fileSystem: { throughputMode: "bursting" }, ops: [lifecycle(values)] })).toMatchObject({
      error: "UNSUPPORTED_CONFIGURATION",
      atOp: 0,
    });
    expect(
      runEfs({ fileSystem: { performanceMode: "maxIO", throughputMode: "provisioned" }, ops: [lifecycle(values)] }),
    ).toMatchObject({
      error: "UNSUPPORTED_CONFIGURATION",
    });
    expect(
      runEfs({ fileSystem: { throughputMode: "bursting" }, ops: [lifecycle({ transitionToIA: "AFTER_30_DAYS" })] })
        .error,
    ).toBeUndefined();
  });

  it("after switching to Elastic, Archive is accepted", () => {
    const ops = [
      { op: "updateFileSystem", throughputMode: "elastic" },
      lifecycle({ transitionToArchive: "AFTER_180_DAYS" }),
    ];
    expect(runEfs({ fileSystem: { throughputMode: "bursting" }, ops }).error).toBeUndefined();
  });

  it("an empty configuration turns lifecycle management off", () => {
    expect(runEfs({ ops: [lifecycle({ transitionToIA: "AFTER_30_DAYS" }), lifecycle({})] })).toMatchObject({
      lifecycle: {},
    });
  });
});

describe("efs queries", () => {
  const query = (name: string) => runEfs({ query: name });

  it(`defaults: API defaults generalPurpose and bursting; console uses Elastic, IA 30 days, Archive 90 days (F7, F8, ${EFS}/enable-lifecycle-management.html)`, () => {
    expect(query("defaults")).toMatchObject({
      performanceMode: "generalPurpose",
      throughputMode: "bursting",
      consoleThroughputMode: "elastic",
      transitionToIA: "AFTER_30_DAYS",
      transitionToArchive: "AFTER_90_DAYS",
      apiLifecycle: {},
      nfsPort: 2049,
      maxSecurityGroupsPerMountTarget: 5,
    });
  });

  it(`maxConnectionsPerFileSystem is 25,000 (F10, ${EFS}/limits.html)`, () => {
    expect(query("maxConnectionsPerFileSystem")).toMatchObject({ maxConnectionsPerFileSystem: 25000 });
  });

  it("an unknown query is an input error", () => {
    expect(inputError({ query: "maxThroughput" })).toMatch(/^query: unknown query/);
  });
});

describe("efs input errors name the field", () => {
  it("an unknown op", () => {
    expect(inputError({ ops: [{ op: "createFileSystem" }] })).toMatch(/^ops\[0\]\.op: unknown op "createFileSystem"/);
  });

  it("a missing field inside an op", () => {
    expect(inputError({ ops: [{ op: "createMountTarget" }] })).toBe("ops[0].subnetAz: required");
  });

  it("a One Zone file system without an AZ", () => {
    expect(inputError({ fileSystem: { type: "oneZone" } })).toBe("fileSystem.az: required for a One Zone file system");
  });

  it("an unknown performance or throughput mode", () => {
    expect(inputError({ fileSystem: { performanceMode: "turbo" } })).toMatch(/^fileSystem\.performanceMode:/);
    expect(inputError({ ops: [{ op: "updateFileSystem", throughputMode: "fast" }] })).toMatch(
      /^ops\[0\]\.throughputMode:/,
    );
  });

  it("an instance in a security group that is not defined, a bad IP, an unknown OS", () => {
    const mount = (instance: Record<string, unknown>) => ({
      ops: [{ op: "mount", instance: { az: "us-east-1a", securityGroups: ["sg-app"], ...instance } }],
      securityGroups: [{ id: "sg-app" }],
    });
    expect(inputError(mount({ securityGroups: ["sg-ghost"] }))).toBe(
      "ops[0].instance.securityGroups[0]: unknown security group sg-ghost",
    );
    expect(inputError(mount({ privateIp: "10.0.0.256" }))).toBe("ops[0].instance.privateIp: not an IP address");
    expect(inputError(mount({ os: "plan9" }))).toMatch(/^ops\[0\]\.instance\.os:/);
  });

  it("a malformed security group reuses the sg simulator's messages", () => {
    expect(
      inputError({
        securityGroups: [{ id: "sg-efs", inbound: [{ protocol: "tcp", fromPort: 2049, toPort: 2049, source: "vpc" }] }],
      }),
    ).toBe("securityGroups[0].inbound[0].source: not a CIDR or sg id");
  });

  it("never throws, whatever JSON it gets", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(typeof simulate("efs", value).ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc
            .record({
              op: fc.constantFrom("mount", "createMountTarget", "updateFileSystem", "putLifecycleConfiguration"),
            })
            .chain((o) => fc.dictionary(fc.string(), fc.jsonValue()).map((d) => ({ ...d, ...o }))),
        ),
        (ops) => {
          expect(typeof simulate("efs", { ops }).ok).toBe("boolean");
        },
      ),
    );
  });
});
