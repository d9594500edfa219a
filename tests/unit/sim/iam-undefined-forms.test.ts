import { describe, expect, it } from "vitest";
import { evaluateIam, type IamResult } from "@/lib/sim/iam";

// Forms that AWS forbids or leaves undefined are read as matching nothing, and the trace says why (issue #14).
const ALICE = "arn:aws:iam::111122223333:user/alice";

type Statement = Record<string, unknown>;

function run(statements: Statement[], request: Partial<Record<string, unknown>> = {}): IamResult {
  return evaluateIam({
    policies: [{ kind: "identity", document: { Version: "2012-10-17", Statement: statements } }],
    request: { action: "iam:GetUser", resource: ALICE, principal: ALICE, context: {}, ...request },
  });
}

const notes = (result: IamResult) => result.trace.flatMap((step) => step.notes ?? []);

describe("iam: a wildcard in the resource-type part of an ARN matches nothing", () => {
  // Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html ("Incorrect wildcard usage")
  const QUOTE =
    "You cannot use a wildcard in the portion of the ARN that specifies the resource type, such as the term user in an IAM ARN.";
  const allowOn = (Resource: string): Statement => ({ Effect: "Allow", Action: "iam:GetUser", Resource });

  it.each(["arn:aws:iam::111122223333:u*/alice", "arn:aws:iam::111122223333:u*", "arn:aws:iam::111122223333:*/alice"])(
    `%s never matches, and the trace says so: "${QUOTE}"`,
    (pattern) => {
      const result = run([allowOn(pattern)]);
      expect(result.decision).toBe("ImplicitDeny");
      expect(notes(result)).toEqual([
        expect.objectContaining({
          code: "resource-type-wildcard",
          kind: "identity",
          statementIndex: 0,
          subject: pattern,
        }),
      ]);
      expect(notes(result)[0]?.message.en).toMatch(/resource-type part/);
    },
  );

  it(`wildcards after the resource type, and a resource part that is only "*", still match: "${QUOTE}"`, () => {
    for (const pattern of [
      "arn:aws:iam::111122223333:user/*",
      "arn:aws:iam::111122223333:user*",
      "arn:aws:iam::111122223333:user/al?ce",
      "arn:aws:iam::111122223333:*",
      "arn:aws:iam::*:user/alice",
    ]) {
      const result = run([allowOn(pattern)]);
      expect(result.decision, pattern).toBe("Allow");
      expect(notes(result), pattern).toEqual([]);
    }
  });

  it(`resources without a type (S3 buckets and keys, SQS queues) take wildcards anywhere: "${QUOTE}"`, () => {
    const s3 = { action: "s3:GetObject", resource: "arn:aws:s3:::amzn-s3-demo-bucket/2026/q1.csv" };
    expect(run([{ Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::amzn-*/*" }], s3).decision).toBe(
      "Allow",
    );
    const sqs = { action: "sqs:SendMessage", resource: "arn:aws:sqs:us-east-1:111122223333:orders" };
    expect(run([{ Effect: "Allow", Action: "sqs:*", Resource: "arn:aws:sqs:*:*:ord*" }], sqs).decision).toBe("Allow");
  });

  it(`in NotResource the refused pattern excludes nothing, and a Deny with it does not apply: "${QUOTE}"`, () => {
    const notResource = { Effect: "Allow", Action: "iam:GetUser", NotResource: "arn:aws:iam::111122223333:u*/alice" };
    expect(run([notResource]).decision).toBe("Allow");
    const everything = { Effect: "Allow", Action: "*", Resource: "*" };
    const deny = { Effect: "Deny", Action: "iam:GetUser", Resource: "arn:aws:iam::111122223333:u*" };
    const result = run([everything, deny]);
    expect(result.decision).toBe("Allow");
    expect(notes(result)[0]).toMatchObject({ statementIndex: 1, code: "resource-type-wildcard" });
  });

  it(`ArnLike reads ARNs the same way: "${QUOTE}"`, () => {
    const arnLike = (value: string): Statement => ({
      Effect: "Allow",
      Action: "iam:GetUser",
      Resource: "*",
      Condition: { ArnLike: { "aws:PrincipalArn": value } },
    });
    const context = { "aws:PrincipalArn": ALICE };
    expect(run([arnLike("arn:aws:iam::111122223333:u*")], { context }).decision).toBe("ImplicitDeny");
    expect(run([arnLike("arn:aws:iam::111122223333:user/*")], { context }).decision).toBe("Allow");
  });
});

describe("iam: a plain operator on a multivalued key is read as no match", () => {
  // Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
  const QUOTE = "Multivalued context keys require a condition set operator.";
  const allowIf = (Condition: unknown): Statement => ({ Effect: "Allow", Action: "*", Resource: "*", Condition });

  it(`StringEquals on aws:TagKeys is false even when a value matches: "${QUOTE}"`, () => {
    const result = run([allowIf({ StringEquals: { "aws:TagKeys": "env" } })], { context: { "aws:TagKeys": ["env"] } });
    expect(result.decision).toBe("ImplicitDeny");
    expect(notes(result)).toEqual([
      expect.objectContaining({ code: "plain-operator-on-multivalued-key", subject: "StringEquals aws:TagKeys" }),
    ]);
    expect(notes(result)[0]?.message.en).toMatch(/does not define/);
  });

  it(`negated operators and ...IfExists are false too: "${QUOTE}"`, () => {
    const context = { "aws:TagKeys": ["team"] };
    expect(run([allowIf({ StringNotEquals: { "aws:TagKeys": "env" } })], { context }).decision).toBe("ImplicitDeny");
    expect(run([allowIf({ StringLikeIfExists: { "aws:TagKeys": "*" } })], { context }).decision).toBe("ImplicitDeny");
    expect(
      run([allowIf({ StringEquals: { "aws:TagKeys": "env" } })], { context: { "aws:TagKeys": [] } }).decision,
    ).toBe("ImplicitDeny");
  });

  it(`a documented multivalued key given as one string is still multivalued; ForAnyValue works: "${QUOTE}"`, () => {
    const context = { "aws:CalledVia": "athena.amazonaws.com" };
    expect(run([allowIf({ StringEquals: { "aws:CalledVia": "athena.amazonaws.com" } })], { context }).decision).toBe(
      "ImplicitDeny",
    );
    expect(
      run([allowIf({ "ForAnyValue:StringEquals": { "aws:CalledVia": "athena.amazonaws.com" } })], { context }).decision,
    ).toBe("Allow");
  });

  it(`an absent key keeps the absent-key rules (negated operators match): "${QUOTE}"`, () => {
    expect(run([allowIf({ StringNotEquals: { "aws:TagKeys": "env" } })]).decision).toBe("Allow");
    expect(notes(run([allowIf({ StringNotEquals: { "aws:TagKeys": "env" } })]))).toEqual([]);
  });
});
