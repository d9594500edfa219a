import { describe, expect, it } from "vitest";
import { evaluateIam, type IamDecision } from "@/lib/sim/iam";

// Rules where the differential test found Gureum right and the peer evaluator not (issue #14): pinned here so that a
// later change cannot drift towards the peer.
const ALICE = "arn:aws:iam::111122223333:user/alice";
const OBJECT = "arn:aws:s3:::amzn-s3-demo-bucket/alice/notes.txt";

type Statement = Record<string, unknown>;

function decide(statements: Statement[], context: Record<string, string> = {}, version?: string): IamDecision {
  const document = version === undefined ? { Statement: statements } : { Version: version, Statement: statements };
  return evaluateIam({
    policies: [{ kind: "identity", document }],
    request: { action: "s3:GetObject", resource: OBJECT, principal: ALICE, context },
  }).decision;
}

// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html ("Policy variables with no value")
describe("iam: policy variables with no value", () => {
  it('NotResource with an unresolved variable excludes nothing: "If a variable that has no value in the authorization context is used as part of the Resource or NotResource element of a policy, the resource that includes a policy variable with no value will not match any resource."', () => {
    const statement = {
      Effect: "Allow",
      Action: "s3:GetObject",
      NotResource: "arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*",
    };
    expect(decide([statement], {}, "2012-10-17")).toBe("Allow");
    expect(decide([statement], { "aws:username": "alice" }, "2012-10-17")).toBe("ImplicitDeny");
    const resource = { ...statement, NotResource: undefined, Resource: statement.NotResource };
    expect(decide([resource], {}, "2012-10-17")).toBe("ImplicitDeny");
  });

  it('StringNotEquals against an unresolved variable matches: "Inverted condition operators like StringNotEquals or StringNotLike do match against a null value, as the value of the condition key they are testing against is not equal to or like the effectively null value."', () => {
    const condition = (operator: string): Statement => ({
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "*",
      Condition: { [operator]: { "aws:PrincipalTag/team": "${aws:username}" } },
    });
    const context = { "aws:PrincipalTag/team": "red" };
    expect(decide([condition("StringNotEquals")], context, "2012-10-17")).toBe("Allow");
    expect(decide([condition("StringNotLike")], context, "2012-10-17")).toBe("Allow");
    expect(decide([condition("StringEquals")], context, "2012-10-17")).toBe("ImplicitDeny");
  });
});

describe("iam: date operators", () => {
  // Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Date
  it('compare ISO 8601 and epoch values alike: "You must specify date/time values with one of the W3C implementations of the ISO 8601 date formats or in epoch (UNIX) time."', () => {
    const before = (limit: string): Statement => ({
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "*",
      Condition: { DateLessThan: { "aws:CurrentTime": limit } },
    });
    const iso = { "aws:CurrentTime": "2026-12-07T12:00:00Z" };
    const epoch = { "aws:CurrentTime": "1796644800" }; // the same instant
    for (const context of [iso, epoch]) {
      expect(decide([before("2027-01-01T00:00:00Z")], context, "2012-10-17")).toBe("Allow");
      expect(decide([before("1798761600")], context, "2012-10-17")).toBe("Allow"); // 2027-01-01T00:00:00Z
      expect(decide([before("2026-12-07T11:59:59Z")], context, "2012-10-17")).toBe("ImplicitDeny");
      expect(decide([before("1796644799")], context, "2012-10-17")).toBe("ImplicitDeny");
    }
  });
});

describe("iam: policy variables need Version 2012-10-17", () => {
  // Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
  it('without it ${aws:username} is literal text: "If you don\'t include the Version element and set it to an appropriate version date, variables like ${aws:username} are treated as literal strings in the policy."', () => {
    const home = {
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::amzn-s3-demo-bucket/${aws:username}/*",
    };
    const context = { "aws:username": "alice" };
    expect(decide([home], context, "2012-10-17")).toBe("Allow");
    expect(decide([home], context)).toBe("ImplicitDeny");
    expect(decide([home], context, "2008-10-17")).toBe("ImplicitDeny");
  });
});

describe("iam: one linear-time glob matcher for actions, resources and StringLike", () => {
  it("decides a policy with 50 wildcards against a 1,000-character resource in well under 50 ms", () => {
    const pattern = `${"*a".repeat(49)}*b`;
    const key = "a".repeat(1000);
    const input = {
      policies: [
        {
          kind: "identity" as const,
          document: {
            Version: "2012-10-17",
            Statement: [
              { Effect: "Allow", Action: `s3:${pattern}`, Resource: `arn:aws:s3:::bucket/${pattern}` },
              { Effect: "Deny", Action: "s3:*", Resource: "*", Condition: { StringLike: { "s3:prefix": pattern } } },
            ],
          },
        },
      ],
      request: {
        action: `s3:${key}`,
        resource: `arn:aws:s3:::bucket/${key}`,
        principal: ALICE,
        context: { "s3:prefix": key },
      },
    };
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const start = performance.now();
      expect(evaluateIam(input).decision).toBe("ImplicitDeny");
      times.push(performance.now() - start);
    }
    const median = [...times].sort((a, b) => a - b)[2] ?? Infinity;
    expect(median).toBeLessThan(50);
  });
});
