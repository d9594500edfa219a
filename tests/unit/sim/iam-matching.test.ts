import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateIam, type IamDecision, type PolicyKind } from "@/lib/sim/iam";

// Action, Resource, Principal and policy-variable matching: AWS_FACTS §8 rows I7–I10, I18.
const ACCT = "111122223333";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;

type Statement = Record<string, unknown>;
interface Case {
  policies: [PolicyKind, unknown][];
  action?: string;
  resource?: string;
  principal?: string;
  context?: Record<string, string | string[]>;
}

function decide({ policies, ...request }: Case): IamDecision {
  const input = {
    policies: policies.map(([kind, document]) => ({ kind, document })),
    request: { action: "s3:GetObject", resource: "*", principal: ALICE, context: {}, ...request },
  };
  const run = simulateIam(input);
  if (!run.ok) throw new Error(run.inputError);
  expect(simulate("iam", input)).toEqual(run);
  return run.result.decision;
}

const identity = (statement: Statement, Version = "2012-10-17"): [PolicyKind, unknown] => [
  "identity",
  { Version, Statement: [statement] },
];
const allowOn = (Action: unknown, Resource: unknown = "*") => identity({ Effect: "Allow", Action, Resource });

describe("iam: Action matching (I7, reference_policies_elements_action.html)", () => {
  it("I7: action names are case-insensitive", () => {
    expect(decide({ policies: [allowOn("iam:ListAccessKeys")], action: "IAM:listaccesskeys" })).toBe("Allow");
  });

  it("I7: * may appear anywhere, ? is one character", () => {
    expect(decide({ policies: [allowOn("iam:*AccessKey*")], action: "iam:UpdateAccessKey" })).toBe("Allow");
    expect(decide({ policies: [allowOn("s3:Get?bject")], action: "s3:GetObject" })).toBe("Allow");
    expect(decide({ policies: [allowOn("s3:Get?bject")], action: "s3:GetXXObject" })).toBe("ImplicitDeny");
  });

  it("Action may be a single string or a list (reference_policies_elements_action.html)", () => {
    expect(decide({ policies: [allowOn(["ec2:RunInstances", "s3:GetObject"])] })).toBe("Allow");
  });

  it("I8: NotAction with Allow allows every other action, even in other services", () => {
    const policies = [identity({ Effect: "Allow", NotAction: "iam:*", Resource: "*" })];
    expect(decide({ policies, action: "ec2:RunInstances" })).toBe("Allow");
    expect(decide({ policies, action: "iam:CreateUser" })).toBe("ImplicitDeny");
  });

  it("I8: NotAction with Deny denies everything not listed", () => {
    const policies = [allowOn("*"), identity({ Effect: "Deny", NotAction: "s3:*", Resource: "*" })];
    expect(decide({ policies, action: "ec2:RunInstances" })).toBe("ExplicitDeny");
    expect(decide({ policies, action: "s3:GetObject" })).toBe("Allow");
  });
});

describe("iam: Resource matching (I9, I10, reference_policies_elements_resource.html)", () => {
  it("I9: resource ARNs are case-sensitive", () => {
    const policies = [allowOn("s3:GetObject", "arn:aws:s3:::bucket/Reports/*")];
    expect(decide({ policies, resource: "arn:aws:s3:::bucket/Reports/a.csv" })).toBe("Allow");
    expect(decide({ policies, resource: "arn:aws:s3:::bucket/reports/a.csv" })).toBe("ImplicitDeny");
  });

  it("I9: * crosses / (bucket/*/test/* matches bucket/1/2/test/3/x.jpg, not bucket/test/x.jpg)", () => {
    const policies = [allowOn("s3:GetObject", "arn:aws:s3:::bucket/*/test/*")];
    expect(decide({ policies, resource: "arn:aws:s3:::bucket/1/2/test/3/x.jpg" })).toBe("Allow");
    expect(decide({ policies, resource: "arn:aws:s3:::bucket/test/x.jpg" })).toBe("ImplicitDeny");
  });

  it("I9: wildcards work inside ARN segments, ? is exactly one character", () => {
    const policies = [allowOn("ec2:StartInstances", "arn:aws:ec2:us-east-?:*:instance/*")];
    const instance = `arn:aws:ec2:us-east-1:${ACCT}:instance/i-0abc`;
    expect(decide({ policies, action: "ec2:StartInstances", resource: instance })).toBe("Allow");
    expect(
      decide({ policies, action: "ec2:StartInstances", resource: instance.replace("us-east-1", "us-west-2") }),
    ).toBe("ImplicitDeny");
  });

  it('"Resource": "*" matches a request for "*" (actions without resource-level permissions)', () => {
    expect(decide({ policies: [allowOn("ec2:DescribeInstances")], action: "ec2:DescribeInstances" })).toBe("Allow");
    expect(
      decide({
        policies: [allowOn("ec2:DescribeInstances", "arn:aws:ec2:*:*:instance/*")],
        action: "ec2:DescribeInstances",
      }),
    ).toBe("ImplicitDeny");
  });

  it("I10: NotResource with Deny denies every resource except those listed", () => {
    const policies = [
      allowOn("s3:*"),
      identity({ Effect: "Deny", Action: "s3:*", NotResource: ["arn:aws:s3:::public", "arn:aws:s3:::public/*"] }),
    ];
    expect(decide({ policies, resource: "arn:aws:s3:::public/a.txt" })).toBe("Allow");
    expect(decide({ policies, resource: "arn:aws:s3:::private/a.txt" })).toBe("ExplicitDeny");
  });

  it("I10: NotResource with Allow allows every resource except those listed", () => {
    const policies = [identity({ Effect: "Allow", Action: "s3:GetObject", NotResource: "arn:aws:s3:::secret/*" })];
    expect(decide({ policies, resource: "arn:aws:s3:::other/a.txt" })).toBe("Allow");
    expect(decide({ policies, resource: "arn:aws:s3:::secret/a.txt" })).toBe("ImplicitDeny");
  });

  it("Statement may be a single object instead of a list (reference_policies_elements_statement.html)", () => {
    const document = { Version: "2012-10-17", Statement: { Effect: "Allow", Action: "s3:GetObject", Resource: "*" } };
    expect(decide({ policies: [["identity", document]] })).toBe("Allow");
  });
});

describe("iam: Principal in resource policies (reference_policies_elements_principal.html)", () => {
  const bucketPolicy = (statement: Statement): [PolicyKind, unknown] => [
    "resource",
    { Version: "2012-10-17", Statement: [{ Action: "s3:GetObject", Resource: "*", ...statement }] },
  ];
  const everyone = allowOn("s3:*");

  it('"*" and {"AWS": "*"} match every caller', () => {
    expect(decide({ policies: [bucketPolicy({ Effect: "Allow", Principal: "*" })] })).toBe("Allow");
    expect(decide({ policies: [bucketPolicy({ Effect: "Allow", Principal: { AWS: "*" } })] })).toBe("Allow");
  });

  it("an account id and the account root ARN match every principal of that account (not only the root user)", () => {
    const root = `arn:aws:iam::${ACCT}:root`;
    for (const AWS of [ACCT, root]) {
      const policies = [everyone, bucketPolicy({ Effect: "Deny", Principal: { AWS } })];
      expect(decide({ policies })).toBe("ExplicitDeny");
      expect(decide({ policies, principal: `arn:aws:sts::${ACCT}:assumed-role/app/s1` })).toBe("ExplicitDeny");
      expect(decide({ policies, principal: "arn:aws:iam::444455556666:user/bob" })).toBe("Allow");
    }
  });

  it("a user ARN matches only that user; a list of principals is ORed", () => {
    const policies = [bucketPolicy({ Effect: "Allow", Principal: { AWS: [`arn:aws:iam::${ACCT}:user/bob`, ALICE] } })];
    expect(decide({ policies })).toBe("Allow");
    expect(decide({ policies, principal: `arn:aws:iam::${ACCT}:user/carol` })).toBe("ImplicitDeny");
  });

  it('a partial wildcard in a principal ARN is not a wildcard (only "*" is)', () => {
    const policies = [bucketPolicy({ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCT}:user/*` } })];
    expect(decide({ policies })).toBe("ImplicitDeny");
  });

  it("a service principal matches by exact name", () => {
    const policies = [bucketPolicy({ Effect: "Allow", Principal: { Service: "cloudtrail.amazonaws.com" } })];
    expect(decide({ policies, principal: "cloudtrail.amazonaws.com" })).toBe("Allow");
    expect(decide({ policies })).toBe("ImplicitDeny");
  });

  it("NotPrincipal with Deny exempts a user only when the user's account is listed too (reference_policies_elements_notprincipal.html)", () => {
    const withAccount = bucketPolicy({ Effect: "Deny", NotPrincipal: { AWS: [ALICE, `arn:aws:iam::${ACCT}:root`] } });
    expect(decide({ policies: [everyone, withAccount] })).toBe("Allow");
    expect(decide({ policies: [everyone, withAccount], principal: `arn:aws:iam::${ACCT}:user/bob` })).toBe(
      "ExplicitDeny",
    );
    const userOnly = bucketPolicy({ Effect: "Deny", NotPrincipal: { AWS: ALICE } });
    expect(decide({ policies: [everyone, userOnly] })).toBe("ExplicitDeny");
  });

  it("NotPrincipal with Deny exempts an assumed-role session only with its session, role and account ARNs", () => {
    const session = `arn:aws:sts::${ACCT}:assumed-role/audit/app`;
    const role = `arn:aws:iam::${ACCT}:role/audit`;
    const root = `arn:aws:iam::${ACCT}:root`;
    const all = bucketPolicy({ Effect: "Deny", NotPrincipal: { AWS: [session, role, root] } });
    expect(decide({ policies: [everyone, all], principal: session })).toBe("Allow");
    const noRole = bucketPolicy({ Effect: "Deny", NotPrincipal: { AWS: [session, root] } });
    expect(decide({ policies: [everyone, noRole], principal: session })).toBe("ExplicitDeny");
  });
});

describe("iam: policy variables (I18, reference_policies_variables.html)", () => {
  const home = (Version?: string): [PolicyKind, unknown] => [
    "identity",
    {
      ...(Version ? { Version } : {}),
      Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "arn:aws:s3:::home/${aws:username}/*" }],
    },
  ];
  const aliceFile = "arn:aws:s3:::home/alice/notes.txt";

  it("I18: ${aws:username} in Resource is replaced by the context value", () => {
    expect(decide({ policies: [home("2012-10-17")], resource: aliceFile, context: { "aws:username": "alice" } })).toBe(
      "Allow",
    );
    expect(decide({ policies: [home("2012-10-17")], resource: aliceFile, context: { "aws:username": "bob" } })).toBe(
      "ImplicitDeny",
    );
  });

  it("I18: an absent key makes the element match nothing", () => {
    expect(decide({ policies: [home("2012-10-17")], resource: aliceFile })).toBe("ImplicitDeny");
  });

  it('I18: with Version "2008-10-17" or no Version the variable is literal text', () => {
    const literal = "arn:aws:s3:::home/${aws:username}/notes.txt";
    for (const policy of [home("2008-10-17"), home()]) {
      expect(decide({ policies: [policy], resource: aliceFile, context: { "aws:username": "alice" } })).toBe(
        "ImplicitDeny",
      );
      expect(decide({ policies: [policy], resource: literal, context: { "aws:username": "alice" } })).toBe("Allow");
    }
  });

  it("I18: a default value is used when the key is absent; key names ignore case", () => {
    const policies = [allowOn("s3:GetObject", "arn:aws:s3:::team/${aws:PrincipalTag/team, 'shared'}/*")];
    expect(decide({ policies, resource: "arn:aws:s3:::team/shared/a" })).toBe("Allow");
    expect(decide({ policies, resource: "arn:aws:s3:::team/red/a", context: { "AWS:principaltag/TEAM": "red" } })).toBe(
      "Allow",
    );
  });

  it("I18: ${*}, ${?} and ${$} are literal characters, not wildcards", () => {
    const policies = [allowOn("s3:GetObject", "arn:aws:s3:::bucket/${*}${?}${$}")];
    expect(decide({ policies, resource: "arn:aws:s3:::bucket/*?$" })).toBe("Allow");
    expect(decide({ policies, resource: "arn:aws:s3:::bucket/ab$" })).toBe("ImplicitDeny");
  });

  it("I18: '' inside a default value is one quote; a key named like an object property is just a key", () => {
    const quoted = [allowOn("s3:GetObject", "arn:aws:s3:::bucket/${aws:userid, 'o''brien'}")];
    expect(decide({ policies: quoted, resource: "arn:aws:s3:::bucket/o'brien" })).toBe("Allow");
    const odd = [allowOn("s3:GetObject", "arn:aws:s3:::bucket/${constructor}")];
    expect(decide({ policies: odd, resource: "arn:aws:s3:::bucket/x", context: { constructor: "x" } })).toBe("Allow");
    expect(decide({ policies: odd, resource: "arn:aws:s3:::bucket/x" })).toBe("ImplicitDeny");
  });

  it("a multivalued context key cannot be a policy variable", () => {
    const policies = [allowOn("s3:GetObject", "arn:aws:s3:::bucket/${aws:TagKeys}")];
    expect(decide({ policies, resource: "arn:aws:s3:::bucket/team", context: { "aws:TagKeys": ["team"] } })).toBe(
      "ImplicitDeny",
    );
  });
});
