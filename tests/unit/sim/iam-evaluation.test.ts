import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { simulateIam, type IamResult, type PolicyKind } from "@/lib/sim/iam";

// Layered evaluation: AWS_FACTS §8 rows I1–I6 and I20. Every request is same-account (111122223333).
const ACCT = "111122223333";
const ALICE = `arn:aws:iam::${ACCT}:user/alice`;
const ROLE = `arn:aws:iam::${ACCT}:role/app`;
const SESSION = `arn:aws:sts::${ACCT}:assumed-role/app/job-1`;
const OBJECT = "arn:aws:s3:::amzn-s3-demo-bucket/report.csv";

type Statement = Record<string, unknown>;
const doc = (...Statement: Statement[]) => ({ Version: "2012-10-17", Statement });
const allow = (Action: string | string[], extra: Statement = {}) => ({
  Effect: "Allow",
  Action,
  Resource: "*",
  ...extra,
});
const deny = (Action: string | string[], extra: Statement = {}) => ({
  Effect: "Deny",
  Action,
  Resource: "*",
  ...extra,
});

function iam(policies: [PolicyKind, ...Statement[]][], request: Partial<Record<string, unknown>> = {}): IamResult {
  const input = {
    policies: policies.map(([kind, ...statements]) => ({ kind, document: doc(...statements) })),
    request: { action: "s3:GetObject", resource: OBJECT, principal: ALICE, context: {}, ...request },
  };
  const run = simulateIam(input);
  if (!run.ok) throw new Error(run.inputError);
  expect(simulate("iam", input)).toEqual(run);
  return run.result;
}

describe("iam: deny, allow and the default (I1, reference_policies_evaluation-logic.html)", () => {
  it("I1: with no applicable Allow the default is ImplicitDeny", () => {
    const result = iam([]);
    expect(result.decision).toBe("ImplicitDeny");
    expect(result.decidedBy.layer).toBe("identity-or-resource");
  });

  it("I1: an explicit Deny overrides an Allow in the same policy", () => {
    const result = iam([["identity", allow("s3:*"), deny("s3:GetObject", { Sid: "NoGet" })]]);
    expect(result.decision).toBe("ExplicitDeny");
    expect(result.decidedBy.statements).toEqual([
      { policyIndex: 0, kind: "identity", statementIndex: 1, sid: "NoGet", effect: "Deny" },
    ]);
  });

  it.each<PolicyKind>(["boundary", "scp", "session", "resource"])(
    "I1: an explicit Deny in a %s policy wins over every Allow",
    (kind) => {
      const denyStatement = kind === "resource" ? deny("s3:GetObject", { Principal: "*" }) : deny("s3:GetObject");
      const result = iam([
        ["identity", allow("*")],
        ["boundary", allow("*")],
        ["scp", allow("*")],
        ["session", allow("*")],
        [kind, denyStatement],
      ]);
      expect(result.decision).toBe("ExplicitDeny");
      expect(result.decidedBy.statements[0]).toMatchObject({ policyIndex: 4, kind });
    },
  );
});

describe("iam: identity and resource policies are a union in one account (I2, policy-eval-basics)", () => {
  it("I2: an identity Allow alone is enough", () => {
    expect(iam([["identity", allow("s3:GetObject")]]).decidedBy).toMatchObject({ layer: "allow", via: "identity" });
  });

  it("I2: a resource-policy Allow naming the user is enough without any identity policy", () => {
    const result = iam([["resource", allow("s3:GetObject", { Principal: { AWS: ALICE } })]]);
    expect(result.decision).toBe("Allow");
  });

  it("an Allow that names only the account delegates to IAM and grants nothing by itself (reference_policies_elements_principal.html)", () => {
    const grant = allow("s3:GetObject", { Principal: { AWS: ACCT } });
    const alone = iam([["resource", grant]]);
    expect(alone.decision).toBe("ImplicitDeny");
    expect(alone.decidedBy).toMatchObject({
      layer: "identity-or-resource",
      statements: [{ principalMatch: "account" }],
    });
    expect(
      iam([
        ["resource", grant],
        ["identity", allow("s3:*")],
      ]).decision,
    ).toBe("Allow");
  });
});

describe("iam: role trust policies and KMS key policies must allow explicitly (I2 exception)", () => {
  const BOB = `arn:aws:iam::${ACCT}:user/bob`;
  const assume = { action: "sts:AssumeRole", resource: ROLE };

  it("I2: an identity Allow for sts:AssumeRole is not enough when the trust policy does not allow the caller", () => {
    const trust: [PolicyKind, ...Statement[]] = ["resource", allow("sts:AssumeRole", { Principal: { AWS: BOB } })];
    const result = iam([["identity", allow("sts:AssumeRole")], trust], assume);
    expect(result.decision).toBe("ImplicitDeny");
    expect(result.decidedBy.layer).toBe("resource");
  });

  it("I2: a trust policy naming the account delegates to IAM policies, which must then allow", () => {
    const trust: [PolicyKind, ...Statement[]] = [
      "resource",
      allow("sts:AssumeRole", { Principal: { AWS: `arn:aws:iam::${ACCT}:root` } }),
    ];
    expect(iam([["identity", allow("sts:AssumeRole")], trust], assume).decision).toBe("Allow");
    expect(iam([trust], assume).decision).toBe("ImplicitDeny");
  });

  it("I2: a trust policy naming the user allows without an identity policy", () => {
    expect(iam([["resource", allow("sts:AssumeRole", { Principal: { AWS: ALICE } })]], assume).decision).toBe("Allow");
  });

  it("I2: IAM policies allow a KMS key only if the key policy enables them (kms key-policies.html)", () => {
    const key = {
      action: "kms:Decrypt",
      resource: `arn:aws:kms:us-east-1:${ACCT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    };
    const adminsOnly: [PolicyKind, ...Statement[]] = ["resource", allow("kms:*", { Principal: { AWS: BOB } })];
    const enableIam: [PolicyKind, ...Statement[]] = [
      "resource",
      allow("kms:*", { Principal: { AWS: `arn:aws:iam::${ACCT}:root` } }),
    ];
    expect(iam([["identity", allow("kms:Decrypt")], adminsOnly], key).decidedBy.layer).toBe("resource");
    expect(iam([["identity", allow("kms:Decrypt")], enableIam], key).decision).toBe("Allow");
  });
});

describe("iam: SCPs, one entry per OU level (I3, I6, orgs_manage_policies_scps_evaluation.html)", () => {
  const levels: [PolicyKind, ...Statement[]][] = [
    ["scp", allow("*")],
    ["scp", allow("s3:*")],
    ["scp", allow("*")],
    ["identity", allow("*")],
  ];

  it("I3: every level (root, OU, account) allows → Allow", () => {
    expect(iam(levels).decision).toBe("Allow");
  });

  it("I3/I6: a level without a matching Allow gives ImplicitDeny and names that level", () => {
    const result = iam(levels, { action: "ec2:RunInstances", resource: "*" });
    expect(result.decision).toBe("ImplicitDeny");
    expect(result.decidedBy).toEqual({ layer: "scp", policyIndex: 1, statements: [] });
    expect(result.trace.filter((step) => step.layer === "scp").map((step) => step.result)).toEqual([
      "allow",
      "no-allow",
      "allow",
    ]);
  });

  it("I3: an SCP never grants on its own", () => {
    expect(iam([["scp", allow("*")]]).decidedBy.layer).toBe("identity-or-resource");
  });
});

describe("iam: permissions boundaries (I3, I5, access_policies_boundaries.html)", () => {
  it("I3: the identity policy allows iam:CreateUser but the boundary does not → ImplicitDeny at the boundary", () => {
    const boundary: [PolicyKind, ...Statement[]] = ["boundary", allow(["s3:*", "cloudwatch:*", "ec2:*"])];
    const result = iam([["identity", allow("iam:CreateUser")], boundary], { action: "iam:CreateUser", resource: "*" });
    expect(result.decision).toBe("ImplicitDeny");
    expect(result.decidedBy.layer).toBe("boundary");
  });

  it("I3: a boundary never grants on its own", () => {
    expect(iam([["boundary", allow("*")]]).decidedBy.layer).toBe("identity-or-resource");
  });

  it("I5: a same-account resource policy naming the IAM user ARN is not limited by the boundary", () => {
    const result = iam([
      ["boundary", allow("ec2:*")],
      ["resource", allow("s3:GetObject", { Principal: { AWS: ALICE } })],
    ]);
    expect(result.decision).toBe("Allow");
    expect(result.decidedBy).toMatchObject({
      via: "resource-names-principal",
      statements: [{ principalMatch: "direct" }],
    });
  });

  it("a role trust policy naming the user still needs the user's boundary to allow sts:AssumeRole (id_roles_update-role-trust-policy.html)", () => {
    const trust: [PolicyKind, ...Statement[]] = ["resource", allow("sts:AssumeRole", { Principal: { AWS: ALICE } })];
    const request = { action: "sts:AssumeRole", resource: `arn:aws:iam::${ACCT}:role/app` };
    const limited = iam([trust, ["boundary", allow("s3:*")]], request);
    expect(limited.decision).toBe("ImplicitDeny");
    expect(limited.decidedBy.layer).toBe("boundary");
    expect(iam([trust, ["boundary", allow(["s3:*", "sts:AssumeRole"])]], request).decision).toBe("Allow");
    expect(iam([trust], request).decision).toBe("Allow");
  });

  it("I5: a resource policy naming the role ARN matches its sessions but is limited by the boundary", () => {
    const grant: [PolicyKind, ...Statement[]] = ["resource", allow("s3:GetObject", { Principal: { AWS: ROLE } })];
    expect(iam([grant], { principal: SESSION }).decision).toBe("Allow");
    const limited = iam([grant, ["boundary", allow("ec2:*")]], { principal: SESSION });
    expect(limited.decision).toBe("ImplicitDeny");
    expect(limited.decidedBy.layer).toBe("boundary");
    expect(iam([grant, ["boundary", allow("s3:*")]], { principal: SESSION }).decision).toBe("Allow");
  });

  it("I5: a role ARN with a path still matches the session arn:aws:sts::acct:assumed-role/<name>/<session>", () => {
    const grant = allow("s3:GetObject", { Principal: { AWS: `arn:aws:iam::${ACCT}:role/team/app` } });
    expect(iam([["resource", grant]], { principal: SESSION }).decidedBy.statements[0]?.principalMatch).toBe("role");
  });

  it("I5: a resource policy naming the role-session ARN is not limited by the boundary or session policy", () => {
    const grant = allow("s3:GetObject", { Principal: { AWS: SESSION } });
    const result = iam(
      [
        ["resource", grant],
        ["boundary", allow("ec2:*")],
        ["session", allow("ec2:*")],
      ],
      { principal: SESSION },
    );
    expect(result.decision).toBe("Allow");
  });

  it("I5: SCPs still apply to a resource policy that names the user", () => {
    const result = iam([
      ["scp", allow("ec2:*")],
      ["resource", allow("s3:GetObject", { Principal: { AWS: ALICE } })],
    ]);
    expect(result.decidedBy.layer).toBe("scp");
  });

  it("Deny with NotPrincipal always denies a caller that has a permissions boundary (access_policies_boundaries.html)", () => {
    const notPrincipal = deny("s3:*", { NotPrincipal: { AWS: [ALICE, `arn:aws:iam::${ACCT}:root`] } });
    expect(
      iam([
        ["identity", allow("*")],
        ["resource", notPrincipal],
      ]).decision,
    ).toBe("Allow");
    expect(
      iam([
        ["identity", allow("*")],
        ["resource", notPrincipal],
        ["boundary", allow("*")],
      ]).decision,
    ).toBe("ExplicitDeny");
  });
});

describe("iam: session policies (I4, access_policies.html#policies_session)", () => {
  const role: [PolicyKind, ...Statement[]] = ["identity", allow("s3:*")];
  const session: [PolicyKind, ...Statement[]] = ["session", allow("s3:GetObject")];

  it("I4: effective permissions are identity ∩ session", () => {
    expect(iam([role, session], { principal: SESSION }).decision).toBe("Allow");
    const put = iam([role, session], { principal: SESSION, action: "s3:PutObject" });
    expect(put.decision).toBe("ImplicitDeny");
    expect(put.decidedBy.layer).toBe("session");
  });

  it("I4/I5: a resource policy naming the role ARN is limited by the session policy", () => {
    const grant: [PolicyKind, ...Statement[]] = ["resource", allow("s3:PutObject", { Principal: { AWS: ROLE } })];
    expect(iam([grant, session], { principal: SESSION, action: "s3:PutObject" }).decidedBy.layer).toBe("session");
  });
});

describe("iam: the root user (I20, reference_policies_evaluation-logic.html)", () => {
  const ROOT = `arn:aws:iam::${ACCT}:root`;

  it("I20: the root user needs no identity policy", () => {
    expect(iam([], { principal: ROOT }).decidedBy).toMatchObject({ layer: "allow", via: "root-user" });
  });

  it("I20: SCPs and explicit Denies still limit the root user", () => {
    expect(iam([["scp", allow("ec2:*")]], { principal: ROOT }).decision).toBe("ImplicitDeny");
    expect(iam([["resource", deny("s3:*", { Principal: "*" })]], { principal: ROOT }).decision).toBe("ExplicitDeny");
  });
});

describe("iam: trace and explanation", () => {
  it("names the deciding statements with policy index, kind, Sid and statement index", () => {
    const result = iam([["identity", allow("ec2:*"), allow("s3:Get*", { Sid: "ReadReports" })]]);
    expect(result.decidedBy.statements).toEqual([
      { policyIndex: 0, kind: "identity", statementIndex: 1, sid: "ReadReports", effect: "Allow" },
    ]);
    expect(result.explanation.en).toContain('Sid "ReadReports"');
    expect(result.explanation.ko).toContain("ReadReports");
  });

  it("reports which layer lacked an Allow", () => {
    const result = iam(
      [
        ["identity", allow("*")],
        ["boundary", allow("ec2:*")],
        ["session", allow("*")],
      ],
      { principal: SESSION },
    );
    expect(result.trace.map((step) => [step.layer, step.result])).toEqual([
      ["explicit-deny", "no-deny"],
      ["identity", "allow"],
      ["boundary", "no-allow"],
      ["session", "allow"],
    ]);
    expect(result.explanation.en).toMatch(/permissions boundary does not allow/);
  });
});
