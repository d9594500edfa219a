import { describe, expect, it } from "vitest";
import { labOverlapIssues, lintBank, renamedInputKey, type LabExample, type Scenario } from "@/lib/content";
import { bankOf, questionData } from "../../support/content-fixtures";

const SIMS = new Set(["sg", "iam", "ebs", "ec2", "elb-asg", "efs"]);
const ALL_OUT = { protocol: "-1", fromPort: -1, toPort: -1, destination: "0.0.0.0/0" };

/** A NACL rule-order scenario: deny 90 for 203.0.113.0/24 before allow 100, SSH from inside the denied block. */
const sgInput = {
  securityGroups: [
    {
      id: "sg-ssh",
      inbound: [{ protocol: "tcp", fromPort: 22, toPort: 22, source: "0.0.0.0/0" }],
      outbound: [ALL_OUT],
    },
  ],
  instanceGroups: ["sg-ssh"],
  nacl: {
    inbound: [
      { rule: 100, protocol: "tcp", fromPort: 22, toPort: 22, cidr: "0.0.0.0/0", action: "allow" },
      { rule: 90, protocol: "-1", fromPort: -1, toPort: -1, cidr: "203.0.113.0/24", action: "deny" },
    ],
    outbound: [{ rule: 100, protocol: "-1", fromPort: -1, toPort: -1, cidr: "0.0.0.0/0", action: "allow" }],
  },
  traffic: { direction: "inbound", protocol: "tcp", port: 22, source: "203.0.113.9", sourcePort: 52000 },
};

/** An explicit Deny in a bucket policy, with a Sid, ARNs naming a bucket, an object and a user. */
const iamInput = {
  policies: [
    {
      kind: "identity",
      document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] },
    },
    {
      kind: "resource",
      document: {
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "NoDeletes",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:DeleteObject",
            Resource: "arn:aws:s3:::reports-bucket/*",
          },
        ],
      },
    },
  ],
  request: {
    action: "s3:DeleteObject",
    resource: "arn:aws:s3:::reports-bucket/2025/q1.csv",
    principal: "arn:aws:iam::111122223333:user/alice",
    context: {},
  },
};

/** An Auto Scaling group whose instance ids are also map keys (`launchedAt`). */
const asgInput = {
  targets: [
    { id: "i-1", az: "us-east-1a" },
    { id: "i-2", az: "us-east-1b" },
  ],
  asg: { min: 2, desired: 2, max: 4, healthCheckType: "ELB", gracePeriodSec: 300, launchedAt: { "i-1": 0, "i-2": 0 } },
  events: [{ t: 600, op: "stopApp", instance: "i-1" }],
};

function question(id: string, scenario: Omit<Scenario, "outcome" | "fix">) {
  return questionData(id, {
    scenario: {
      ...scenario,
      outcome: Object.fromEntries(["a", "b", "c", "d"].map((l) => [l, { path: "x", equals: l }])),
    },
  });
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const example = (sim: LabExample["sim"], input: object, id = "the-example"): LabExample => ({
  id,
  sim,
  input: input as LabExample["input"],
});

function overlaps(sim: LabExample["sim"], questionInput: object, exampleInput: object) {
  const bank = bankOf({
    "content/ec2/x.yaml": { questions: [question("ec2-the-question", { sim, input: questionInput as never })] },
  });
  return labOverlapIssues(bank.questions, [example(sim, exampleInput)]);
}

describe("Lab examples that give a question's scenario away", () => {
  it("fails an exact copy, naming the question, its file and the example, through the bank lint", () => {
    // Key order does not matter: the comparison is on canonical JSON.
    const reordered = {
      traffic: sgInput.traffic,
      nacl: sgInput.nacl,
      instanceGroups: ["sg-ssh"],
      securityGroups: sgInput.securityGroups,
    };
    const bank = bankOf({
      "content/ec2/x.yaml": { questions: [question("ec2-rule-order", { sim: "sg", input: sgInput })] },
    });
    const issues = lintBank(bank, SIMS, [example("sg", reordered, "nacl-rule-order")]).filter(
      (i) => i.field === "scenario.input",
    );
    expect(issues).toEqual([
      {
        file: "content/ec2/x.yaml",
        id: "ec2-rule-order",
        field: "scenario.input",
        message: expect.stringMatching(
          /Lab example sg\/nacl-rule-order \(lib\/sim\/examples\/sg\.ts\) is identical to this scenario/,
        ),
      },
    ]);
  });

  it("fails a copy whose groups, host addresses, Sids, ARN names and instance ids are renamed", () => {
    const sg = clone(sgInput);
    sg.securityGroups[0]!.id = "sg-bastion";
    sg.instanceGroups = ["sg-bastion"];
    sg.traffic.source = "203.0.113.77"; // another host in the same denied block
    expect(overlaps("sg", sgInput, sg)[0]?.message).toMatch(/is a renamed copy of this scenario/);

    const iam = JSON.parse(
      JSON.stringify(iamInput)
        .replaceAll("reports-bucket", "audit-logs")
        .replace("2025/q1.csv", "archive/march.json")
        .replace("NoDeletes", "DenyDelete")
        .replace("user/alice", "user/minjun")
        .replace("111122223333", "444455556666"),
    ) as object;
    expect(overlaps("iam", iamInput, iam)).toHaveLength(1);

    const asg = JSON.parse(JSON.stringify(asgInput).replaceAll("i-1", "i-web1").replaceAll("i-2", "i-web2")) as object;
    expect(overlaps("elb-asg", asgInput, asg)).toHaveLength(1);
  });

  it("passes a different scenario of the same concept", () => {
    const variants: [string, (input: typeof sgInput) => void][] = [
      ["another port", (i) => (i.traffic.port = 443)],
      ["another rule number", (i) => (i.nacl.inbound[1]!.rule = 110)],
      ["another CIDR", (i) => (i.nacl.inbound[1]!.cidr = "198.51.100.0/24")],
      ["a source outside the denied block", (i) => (i.traffic.source = "198.51.100.7")],
      ["a private source", (i) => (i.traffic.source = "10.0.1.9")],
      ["another action", (i) => (i.nacl.inbound[1]!.action = "allow")],
      ["rules in another order", (i) => i.nacl.inbound.reverse()],
    ];
    for (const [name, change] of variants) {
      const input = clone(sgInput);
      change(input);
      expect(overlaps("sg", sgInput, input), name).toEqual([]);
    }
    // A renamed group that now points somewhere else is not a rename: who refers to whom is kept.
    const twoGroups = {
      ...clone(sgInput),
      securityGroups: [
        { id: "sg-a", inbound: [], outbound: [] },
        { id: "sg-b", inbound: [{ protocol: "tcp", fromPort: 22, toPort: 22, source: "sg-a" }], outbound: [] },
      ],
      instanceGroups: ["sg-b"],
    };
    const selfReference = clone(twoGroups);
    selfReference.securityGroups[1]!.inbound[0]!.source = "sg-b";
    expect(renamedInputKey(selfReference)).not.toBe(renamedInputKey(twoGroups));
    // The same input for another simulator is another scenario.
    expect(
      labOverlapIssues(
        bankOf({ "content/ec2/x.yaml": { questions: [question("ec2-q", { sim: "sg", input: sgInput })] } }).questions,
        [example("efs", sgInput)],
      ),
    ).toEqual([]);
    // An IAM variant with another action, or a bucket the Deny does not cover, is different.
    const otherAction = { ...clone(iamInput), request: { ...iamInput.request, action: "s3:GetObject" } };
    const otherBucket = {
      ...clone(iamInput),
      request: { ...iamInput.request, resource: "arn:aws:s3:::other-bucket/2025/q1.csv" },
    };
    expect(overlaps("iam", iamInput, otherAction)).toEqual([]);
    expect(overlaps("iam", iamInput, otherBucket)).toEqual([]);
  });

  it("keeps services, resource types, wildcards and policy variables of ARNs", () => {
    const key = renamedInputKey({
      principal: "arn:aws:sts::111122223333:assumed-role/BatchRole/i-0abc",
      root: "arn:aws:iam::111122223333:root",
      resource: "arn:aws:s3:::media/*/${aws:username}/x.png",
    });
    expect(JSON.parse(key)).toEqual({
      principal: "arn:aws:sts::<name#0>:assumed-role/<name#1>/<name#2>",
      resource: "arn:aws:s3:::<name#3>/*/${aws:username}/<name#4>",
      root: "arn:aws:iam::<name#0>:root",
    });
  });
});
