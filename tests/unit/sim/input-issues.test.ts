import { describe, expect, it } from "vitest";
import { simulate, type InputIssue, type SimName } from "@/lib/sim";

function issueOf(sim: SimName, input: unknown): InputIssue | undefined {
  const run = simulate(sim, input);
  if (run.ok) throw new Error(`expected an input error, got ${JSON.stringify(run.result)}`);
  return run.issue;
}

const volume = { op: "createVolume", az: "us-east-1a", type: "gp3", sizeGiB: 10 };
const group = { id: "sg-web", inbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }] };
const traffic = { direction: "inbound", protocol: "tcp", port: 443, source: "203.0.113.9" };

describe("input errors as codes the interface can word in the learner's language (issue #12)", () => {
  it.each<[SimName, unknown, InputIssue]>([
    [
      "ebs",
      { ops: [volume, { op: "attach", volume: 0, instance: 0 }] },
      {
        path: ["ops", 1, "instance"],
        code: "dangling",
        params: { kind: "instance", index: 0, created: 0 },
      },
    ],
    [
      "ebs",
      { ops: [{ op: "createVolume", type: "gp3", sizeGiB: 1 }] },
      { path: ["ops", 0, "az"], code: "required", params: {} },
    ],
    ["ebs", { ops: [{ ...volume, az: "us-east-1" }] }, { path: ["ops", 0, "az"], code: "azName", params: {} }],
    [
      "ebs",
      { ops: [{ ...volume, sizeGiB: undefined }] },
      { path: ["ops", 0, "sizeGiB"], code: "sizeOrSnapshot", params: {} },
    ],
    [
      "ebs",
      { ops: [{ ...volume, sizeGiB: 1.5 }] },
      { path: ["ops", 0, "sizeGiB"], code: "wrongType", params: { expected: "int" } },
    ],
    ["ebs", { ops: [{ ...volume, sizeGib: 1 }] }, { path: ["ops", 0, "sizeGib"], code: "unknownField", params: {} }],
    [
      "ebs",
      { ops: [{ op: "attach", volume: -1, instance: 0 }] },
      { path: ["ops", 0, "volume"], code: "tooSmall", params: { minimum: 0 } },
    ],
    [
      "ebs",
      { ops: [{ op: "deleteVolume" }] },
      {
        path: ["ops", 0, "op"],
        code: "notOneOf",
        params: { value: "deleteVolume", expected: expect.stringContaining("createVolume") as unknown as string },
      },
    ],
    [
      "ec2",
      { ops: [{ op: "stop", instance: 0 }] },
      {
        path: ["ops", 0, "instance"],
        code: "dangling",
        params: { kind: "instance", index: 0, created: 0 },
      },
    ],
    [
      "sg",
      { securityGroups: [{ ...group, inbound: [{ ...group.inbound[0], fromPort: 444 }] }], traffic },
      {
        path: ["securityGroups", 0, "inbound", 0, "toPort"],
        code: "portOrder",
        params: {},
      },
    ],
    [
      "sg",
      { securityGroups: [group], traffic: { ...traffic, source: undefined } },
      {
        path: ["traffic", "source"],
        code: "requiredForDirection",
        params: { direction: "inbound" },
      },
    ],
    [
      "sg",
      { securityGroups: [group], instanceGroups: ["sg-db"], traffic },
      {
        path: ["instanceGroups", 0],
        code: "unknownGroup",
        params: { id: "sg-db" },
      },
    ],
    [
      "sg",
      { query: "nope" },
      { path: ["query"], code: "unknownQuery", params: expect.objectContaining({ name: "nope" }) as never },
    ],
    [
      "efs",
      { ops: [{ op: "mount", instance: { az: "us-east-1a" }, nfsVersion: "x" }] },
      {
        path: ["ops", 0, "nfsVersion"],
        code: "nfsVersion",
        params: {},
      },
    ],
    ["efs", { fileSystem: { type: "oneZone" } }, { path: ["fileSystem", "az"], code: "azForOneZone", params: {} }],
    [
      "elb-asg",
      { lb: { type: "alb" }, targets: [{ id: "i-1" }], events: [{ t: 0, op: "deregister", target: "i-9" }] },
      {
        path: ["events", 0, "target"],
        code: "unknownTarget",
        params: { id: "i-9" },
      },
    ],
    ["elb-asg", "not an object", { path: [], code: "wrongType", params: { expected: "object" } }],
  ])("%s %j", (sim, input, expected) => {
    expect(issueOf(sim, input)).toEqual(expected);
  });

  it("keeps the contract's English line beside the code", () => {
    const run = simulate("ebs", { ops: [volume, { op: "attach", volume: 0, instance: 0 }] });
    expect(run.ok ? null : run.inputError).toBe(
      "ops[1].instance: no instance 0 exists at this point (0 created by earlier ops)",
    );
  });
});

describe("iam input errors as codes (issue #12)", () => {
  const request = { action: "s3:GetObject", resource: "*", principal: "arn:aws:iam::111122223333:user/alice" };
  const policy = (document: unknown) => ({ policies: [{ kind: "identity", document }], request });

  it.each<[unknown, InputIssue]>([
    [
      { policies: [], request: { ...request, action: "GetObject" } },
      { path: ["request", "action"], code: "actionFormat", params: {} },
    ],
    [
      policy({ Version: "2012-10-17", Statement: [{ Effect: "Maybe", Action: "*", Resource: "*" }] }),
      {
        path: ["policies", 0, "document", "Statement", 0, "Effect"],
        code: "notOneOf",
        params: { value: '"Maybe"', expected: "Allow, Deny" },
      },
    ],
    [
      policy({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Resource: "*" }] }),
      {
        path: ["policies", 0, "document", "Statement", 0, "Action"],
        code: "iamElementRequired",
        params: { name: "Action", notName: "NotAction" },
      },
    ],
    [
      policy({
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: "*", Resource: "*", Condition: { Foo: { "aws:x": "1" } } }],
      }),
      {
        path: ["policies", 0, "document", "Statement", 0, "Condition", "Foo"],
        code: "iamConditionOperator",
        params: { value: "Foo" },
      },
    ],
    [{ query: "anything" }, { path: ["query"], code: "noQueries", params: {} }],
  ])("%j", (input, expected) => {
    expect(issueOf("iam", input)).toEqual(expected);
  });
});
