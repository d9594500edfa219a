import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateIam, type IamDecision } from "@/lib/sim/iam";

// Condition operators: AWS_FACTS §8 rows I11–I17.
// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
const ALICE = "arn:aws:iam::111122223333:user/alice";
type Context = Record<string, string | string[]>;

function run(effect: "Allow" | "Deny", Condition: unknown, context: Context, Version = "2012-10-17"): IamDecision {
  const statements: Record<string, unknown>[] = [{ Effect: effect, Action: "s3:*", Resource: "*", Condition }];
  if (effect === "Deny") statements.unshift({ Effect: "Allow", Action: "*", Resource: "*" });
  const input = {
    policies: [{ kind: "identity", document: { Version, Statement: statements } }],
    request: { action: "s3:GetObject", resource: "arn:aws:s3:::bucket/a", principal: ALICE, context },
  };
  const result = simulateIam(input);
  if (!result.ok) throw new Error(result.inputError);
  expect(simulate("iam", input)).toEqual(result);
  return result.result.decision;
}

/** True when an Allow statement with this Condition applies to a request with this context. */
const holds = (condition: unknown, context: Context = {}) => run("Allow", condition, context) === "Allow";

describe("iam: string conditions (I11, I12, reference_policies_elements_condition.html)", () => {
  it("I11: condition key names are case-insensitive, StringEquals values are case-sensitive", () => {
    expect(holds({ StringEquals: { "AWS:USERNAME": "alice" } }, { "aws:username": "alice" })).toBe(true);
    expect(holds({ StringEquals: { "aws:username": "alice" } }, { "aws:username": "Alice" })).toBe(false);
  });

  it("I11: the ...IgnoreCase operators ignore case", () => {
    expect(holds({ StringEqualsIgnoreCase: { "aws:username": "ALICE" } }, { "aws:username": "alice" })).toBe(true);
    expect(holds({ StringNotEqualsIgnoreCase: { "aws:username": "ALICE" } }, { "aws:username": "alice" })).toBe(false);
  });

  it("StringLike takes * and ?; StringEquals treats them literally", () => {
    expect(holds({ StringLike: { "s3:prefix": "home/*" } }, { "s3:prefix": "home/alice/x" })).toBe(true);
    expect(holds({ StringLike: { "s3:prefix": "v?" } }, { "s3:prefix": "v10" })).toBe(false);
    expect(holds({ StringEquals: { "s3:prefix": "home/*" } }, { "s3:prefix": "home/alice" })).toBe(false);
    expect(holds({ StringNotLike: { "s3:prefix": "tmp/*" } }, { "s3:prefix": "home/a" })).toBe(true);
  });

  it("I12: several values for one key are ORed", () => {
    expect(
      holds(
        { StringEquals: { "aws:RequestedRegion": ["eu-west-1", "us-east-1"] } },
        { "aws:RequestedRegion": "us-east-1" },
      ),
    ).toBe(true);
  });

  it("I12: several keys, and several operators, are ANDed", () => {
    const condition = {
      StringEquals: { "aws:RequestedRegion": "us-east-1", "aws:username": "alice" },
      Bool: { "aws:SecureTransport": "true" },
    };
    expect(
      holds(condition, { "aws:RequestedRegion": "us-east-1", "aws:username": "alice", "aws:SecureTransport": "true" }),
    ).toBe(true);
    expect(
      holds(condition, { "aws:RequestedRegion": "us-east-1", "aws:username": "bob", "aws:SecureTransport": "true" }),
    ).toBe(false);
    expect(
      holds(condition, { "aws:RequestedRegion": "us-east-1", "aws:username": "alice", "aws:SecureTransport": "false" }),
    ).toBe(false);
  });

  it("I12: a negated operator with several values must match none of them", () => {
    const condition = { StringNotEquals: { "aws:RequestedRegion": ["eu-west-1", "us-east-1"] } };
    expect(holds(condition, { "aws:RequestedRegion": "us-east-1" })).toBe(false);
    expect(holds(condition, { "aws:RequestedRegion": "ap-northeast-2" })).toBe(true);
  });

  it("I18: policy variables work in string condition values", () => {
    const condition = { StringLike: { "s3:prefix": "home/${aws:username}/*" } };
    expect(holds(condition, { "s3:prefix": "home/alice/a", "aws:username": "alice" })).toBe(true);
    expect(holds(condition, { "s3:prefix": "home/bob/a", "aws:username": "alice" })).toBe(false);
  });
});

describe("iam: absent keys, IfExists and Null (I13)", () => {
  it("I13: an absent key makes a condition false", () => {
    expect(holds({ StringEquals: { "aws:PrincipalTag/team": "red" } })).toBe(false);
  });

  it("I13: negated operators are true when the key is absent", () => {
    for (const condition of [
      { StringNotEquals: { "aws:PrincipalTag/team": "red" } },
      { StringNotLike: { "aws:PrincipalTag/team": "r*" } },
      { ArnNotLike: { "aws:SourceArn": "arn:aws:sns:*:*:topic" } },
      { NotIpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
    ]) {
      expect(holds(condition)).toBe(true);
    }
  });

  it("I13: ...IfExists is true when the key is absent and tests the value when present", () => {
    expect(holds({ StringEqualsIfExists: { "ec2:InstanceType": "t3.micro" } })).toBe(true);
    expect(
      holds({ StringEqualsIfExists: { "ec2:InstanceType": "t3.micro" } }, { "ec2:InstanceType": "m5.large" }),
    ).toBe(false);
  });

  it("I13: Deny + StringNotEqualsIfExists with a missing key still denies", () => {
    expect(run("Deny", { StringNotEqualsIfExists: { "aws:RequestedRegion": "us-east-1" } }, {})).toBe("ExplicitDeny");
  });

  it('I13: Null "true" means the key is absent, "false" that it is present', () => {
    expect(holds({ Null: { "aws:TokenIssueTime": "true" } })).toBe(true);
    expect(holds({ Null: { "aws:TokenIssueTime": "false" } })).toBe(false);
    expect(holds({ Null: { "aws:TokenIssueTime": false } }, { "aws:TokenIssueTime": "2024-01-01T00:00:00Z" })).toBe(
      true,
    );
  });
});

describe("iam: IP address conditions (I14)", () => {
  it("I14: IpAddress matches an IPv4 CIDR", () => {
    expect(holds({ IpAddress: { "aws:SourceIp": "203.0.113.0/24" } }, { "aws:SourceIp": "203.0.113.77" })).toBe(true);
    expect(holds({ IpAddress: { "aws:SourceIp": "203.0.113.0/24" } }, { "aws:SourceIp": "198.51.100.1" })).toBe(false);
  });

  it("I14: a bare IP address means /32", () => {
    expect(holds({ IpAddress: { "aws:SourceIp": "203.0.113.5" } }, { "aws:SourceIp": "203.0.113.5" })).toBe(true);
    expect(holds({ IpAddress: { "aws:SourceIp": "203.0.113.5" } }, { "aws:SourceIp": "203.0.113.6" })).toBe(false);
  });

  it("I14: IPv6 CIDRs work, and IPv4 and IPv6 never match each other", () => {
    const condition = { IpAddress: { "aws:SourceIp": ["2001:db8::/32"] } };
    expect(holds(condition, { "aws:SourceIp": "2001:db8:1234::1" })).toBe(true);
    expect(holds(condition, { "aws:SourceIp": "203.0.113.5" })).toBe(false);
  });

  it("I14: NotIpAddress is true for addresses outside every listed range", () => {
    const condition = { NotIpAddress: { "aws:SourceIp": ["192.0.2.0/24", "203.0.113.0/24"] } };
    expect(holds(condition, { "aws:SourceIp": "198.51.100.9" })).toBe(true);
    expect(holds(condition, { "aws:SourceIp": "192.0.2.9" })).toBe(false);
  });
});

describe("iam: Bool, numeric and date conditions (I15, I16)", () => {
  it("I15: Bool compares true/false", () => {
    expect(holds({ Bool: { "aws:SecureTransport": "true" } }, { "aws:SecureTransport": "true" })).toBe(true);
    expect(holds({ Bool: { "aws:SecureTransport": true } }, { "aws:SecureTransport": "false" })).toBe(false);
  });

  it("I15: Deny + Bool false does not deny a long-term-key request (MFA key absent); BoolIfExists does", () => {
    expect(run("Deny", { Bool: { "aws:MultiFactorAuthPresent": "false" } }, {})).toBe("Allow");
    expect(run("Deny", { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } }, {})).toBe("ExplicitDeny");
  });

  it("NumericLessThanEquals compares numbers", () => {
    expect(holds({ NumericLessThanEquals: { "s3:max-keys": "10" } }, { "s3:max-keys": "10" })).toBe(true);
    expect(holds({ NumericLessThanEquals: { "s3:max-keys": 10 } }, { "s3:max-keys": "11" })).toBe(false);
    expect(holds({ NumericGreaterThan: { "s3:max-keys": "2.5" } }, { "s3:max-keys": "3" })).toBe(true);
  });

  it("I16: DateLessThan compares ISO 8601 times", () => {
    const condition = { DateLessThan: { "aws:CurrentTime": "2025-07-01T00:00:00Z" } };
    expect(holds(condition, { "aws:CurrentTime": "2025-06-30T23:59:59Z" })).toBe(true);
    expect(holds(condition, { "aws:CurrentTime": "2025-07-01T00:00:00Z" })).toBe(false);
    expect(holds(condition, { "aws:CurrentTime": "2025-07-01T08:30:00+09:00" })).toBe(true);
  });

  it("I16: date operators accept epoch seconds as well as ISO 8601", () => {
    expect(holds({ DateGreaterThan: { "aws:EpochTime": "1735689600" } }, { "aws:EpochTime": "1735689601" })).toBe(true);
    expect(
      holds({ DateGreaterThan: { "aws:CurrentTime": 1735689600 } }, { "aws:CurrentTime": "2024-12-31T23:59:59Z" }),
    ).toBe(false);
  });
});

describe("iam: set operators on multivalued keys (I17, reference_policies_condition-single-vs-multi-valued-context-keys.html)", () => {
  const forAll = { "ForAllValues:StringEquals": { "aws:TagKeys": ["team", "env"] } };
  const forAny = { "ForAnyValue:StringEquals": { "aws:TagKeys": ["team", "env"] } };

  it("I17: ForAllValues is true when every request value is listed", () => {
    expect(holds(forAll, { "aws:TagKeys": ["team"] })).toBe(true);
    expect(holds(forAll, { "aws:TagKeys": ["team", "owner"] })).toBe(false);
  });

  it("I17: ForAllValues is true for an absent key or an empty set", () => {
    expect(holds(forAll)).toBe(true);
    expect(holds(forAll, { "aws:TagKeys": [] })).toBe(true);
  });

  it("I17: ForAnyValue needs at least one listed value and is false for an absent key or empty set", () => {
    expect(holds(forAny, { "aws:TagKeys": ["owner", "env"] })).toBe(true);
    expect(holds(forAny, { "aws:TagKeys": ["owner"] })).toBe(false);
    expect(holds(forAny)).toBe(false);
    expect(holds(forAny, { "aws:TagKeys": [] })).toBe(false);
  });

  it("ForAllValues:StringLike and a negated set test", () => {
    expect(
      holds({ "ForAllValues:StringLike": { "aws:TagKeys": "cost-*" } }, { "aws:TagKeys": ["cost-a", "cost-b"] }),
    ).toBe(true);
    const noSecret = { "ForAnyValue:StringNotLike": { "aws:TagKeys": "secret*" } };
    expect(holds(noSecret, { "aws:TagKeys": ["secret-a", "team"] })).toBe(true);
    expect(holds(noSecret, { "aws:TagKeys": ["secret-a"] })).toBe(false);
  });
});

describe("iam: ARN conditions (condition operators, ARN)", () => {
  it("ArnLike matches each ARN component separately, case-sensitively", () => {
    const condition = { ArnLike: { "aws:SourceArn": "arn:aws:sns:*:111122223333:alerts-*" } };
    expect(holds(condition, { "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:alerts-prod" })).toBe(true);
    expect(holds(condition, { "aws:SourceArn": "arn:aws:sns:us-east-1:444455556666:alerts-prod" })).toBe(false);
    expect(holds(condition, { "aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:Alerts-prod" })).toBe(false);
  });

  it("ArnEquals also accepts wildcards; ArnNotEquals negates", () => {
    expect(
      holds(
        { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::*:role/admin" } },
        { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/admin" },
      ),
    ).toBe(true);
    expect(
      holds(
        { ArnNotEquals: { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/admin" } },
        { "aws:PrincipalArn": "arn:aws:iam::111122223333:role/admin" },
      ),
    ).toBe(false);
  });
});
