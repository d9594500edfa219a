import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateIam, type IamResult, type PolicyKind } from "@/lib/sim/iam";

// Which same-account resource-policy grants a permissions boundary or session policy limits (issue #14).
// Source of every quotation below unless another is named:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
const ACCT = "111122223333";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
const ROLE = `arn:aws:iam::${ACCT}:role/app`;
const SESSION = `arn:aws:sts::${ACCT}:assumed-role/app/job-1`;
const FEDERATED = `arn:aws:sts::${ACCT}:federated-user/alice`;
const OBJECT = "arn:aws:s3:::amzn-s3-demo-bucket/report.csv";

type Statement = Record<string, unknown>;
type Policy = [PolicyKind, ...Statement[]];
const allow = (Action: string, extra: Statement = {}): Statement => ({
  Effect: "Allow",
  Action,
  Resource: "*",
  ...extra,
});
const onlySqs: Statement = allow("sqs:*");

function iam(policies: Policy[], request: Partial<Record<string, unknown>> = {}): IamResult {
  const input = {
    policies: policies.map(([kind, ...Statement]) => ({ kind, document: { Version: "2012-10-17", Statement } })),
    request: { action: "s3:GetObject", resource: OBJECT, principal: ALICE, context: {}, ...request },
  };
  const run = simulateIam(input);
  if (!run.ok) throw new Error(run.inputError);
  expect(simulate("iam", input)).toEqual(run);
  return run.result;
}

describe('iam: Principal "*" is not limited by a boundary or session policy', () => {
  const QUOTE =
    "Permissions boundaries and session policies do not limit permissions granted using the aws:PrincipalArn " +
    "condition key with a wildcard(*) in the Principal element, unless the identity-based policies contain an " +
    "explicit deny.";
  const everyone: Policy = ["resource", allow("s3:GetObject", { Principal: "*" })];
  const byArn: Policy = [
    "resource",
    allow("s3:GetObject", { Principal: { AWS: "*" }, Condition: { ArnEquals: { "aws:PrincipalArn": ALICE } } }),
  ];

  it(`a boundary allowing only SQS does not limit it: "${QUOTE}"`, () => {
    for (const grant of [everyone, byArn]) {
      const result = iam([grant, ["boundary", onlySqs]], { context: { "aws:PrincipalArn": ALICE } });
      expect(result.decision).toBe("Allow");
      expect(result.decidedBy).toMatchObject({ via: "resource-names-everyone" });
      expect(result.trace.find((step) => step.layer === "boundary")?.result).toBe("bypassed");
    }
  });

  it(`a session policy does not limit it either: "${QUOTE}"`, () => {
    const context = { "aws:PrincipalArn": ROLE };
    const roleArn: Policy = [
      "resource",
      allow("s3:GetObject", { Principal: "*", Condition: { ArnEquals: { "aws:PrincipalArn": ROLE } } }),
    ];
    const result = iam([roleArn, ["session", onlySqs], ["boundary", onlySqs]], { principal: SESSION, context });
    expect(result.decision).toBe("Allow");
    expect(result.trace.find((step) => step.layer === "session")?.result).toBe("bypassed");
  });

  it(`an explicit Deny still wins: "${QUOTE}"`, () => {
    const deny = { Effect: "Deny", Action: "s3:GetObject", Resource: "*" };
    expect(iam([everyone, ["boundary", onlySqs], ["identity", deny]]).decision).toBe("ExplicitDeny");
  });

  it('naming the role ARN, by contrast, is limited: "Resource-based policies that grant permissions to an IAM role ARN are limited by an implicit deny in a permissions boundary or session policy."', () => {
    const grant: Policy = ["resource", allow("s3:GetObject", { Principal: { AWS: ROLE } })];
    expect(iam([grant, ["boundary", onlySqs]], { principal: SESSION }).decidedBy.layer).toBe("boundary");
    expect(iam([grant, ["session", onlySqs]], { principal: SESSION }).decidedBy.layer).toBe("session");
  });

  it('one statement naming the role and "*" counts as "*" (SIM_CONTRACT.md s3: "A grant qualifies for S(X) if any of the ways its Principal names the caller qualifies")', () => {
    const both: Policy = ["resource", allow("s3:GetObject", { Principal: { AWS: [ROLE, "*"] } })];
    const result = iam([both, ["boundary", onlySqs]], { principal: SESSION });
    expect(result.decision).toBe("Allow");
    expect(result.decidedBy.statements[0]?.principalMatch).toBe("wildcard");
  });
});

describe("iam: federated-user sessions and the IAM user who federated", () => {
  const viaUser: Policy = ["resource", allow("s3:GetObject", { Principal: { AWS: ALICE } })];

  it('a grant to the user who federated applies to the federated-user session (SIM_CONTRACT.md iam: "A grant to an IAM user\'s ARN also applies to a federated-user session that user created")', () => {
    const result = iam([viaUser], { principal: FEDERATED });
    expect(result.decision).toBe("Allow");
    expect(result.decidedBy.statements[0]?.principalMatch).toBe("federating-user");
  });

  it('it is limited by a boundary and a session policy: "However, if a resource-based policy grants permission to the ARN of the IAM user who federated, then requests made by the federated user during the session are limited by an implicit deny in a permission boundary or session policy."', () => {
    expect(iam([viaUser, ["boundary", onlySqs]], { principal: FEDERATED }).decidedBy.layer).toBe("boundary");
    expect(iam([viaUser, ["session", onlySqs]], { principal: FEDERATED }).decidedBy.layer).toBe("session");
    expect(iam([viaUser, ["session", allow("s3:*")]], { principal: FEDERATED }).decision).toBe("Allow");
  });

  it('a grant to the federated-user ARN itself is not: "Permissions granted directly to a session are not limited by an implicit deny in an identity-based policy, a permissions boundary, or session policy."', () => {
    const direct: Policy = ["resource", allow("s3:GetObject", { Principal: { AWS: FEDERATED } })];
    const result = iam([direct, ["boundary", onlySqs], ["session", onlySqs]], { principal: FEDERATED });
    expect(result.decision).toBe("Allow");
    expect(result.decidedBy.via).toBe("resource-names-principal");
  });

  it("another user's ARN, or a user with the same name in another account, grants nothing to the session", () => {
    const bob: Policy = ["resource", allow("s3:GetObject", { Principal: { AWS: `arn:aws:iam::${ACCT}:user/bob` } })];
    expect(iam([bob], { principal: FEDERATED }).decision).toBe("ImplicitDeny");
    const elsewhere: Policy = [
      "resource",
      allow("s3:GetObject", { Principal: { AWS: "arn:aws:iam::444455556666:user/alice" } }),
    ];
    expect(iam([elsewhere], { principal: FEDERATED }).decision).toBe("ImplicitDeny");
  });
});

describe("iam: where Gureum was right and stays right (pinned against the peer evaluator)", () => {
  it('a resource policy naming the role-session ARN is not limited by the session policy: "Permissions granted directly to a session are not limited by an implicit deny in an identity-based policy, a permissions boundary, or session policy."', () => {
    const grant: Policy = ["resource", allow("s3:GetObject", { Principal: { AWS: SESSION } })];
    const result = iam([grant, ["session", onlySqs]], { principal: SESSION });
    expect(result.decision).toBe("Allow");
    expect(result.trace.find((step) => step.layer === "session")?.result).toBe("bypassed");
  });

  it('the root user needs no policy: "By default, all requests are implicitly denied with the exception of the AWS account root user, which has full access."', () => {
    const root = `arn:aws:iam::${ACCT}:root`;
    expect(iam([], { principal: root }).decidedBy).toMatchObject({ layer: "allow", via: "root-user" });
    expect(iam([["boundary", onlySqs]], { principal: root }).decision).toBe("Allow");
  });
});
