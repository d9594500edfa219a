import { describe, expect, it } from "vitest";
import { decideAccess, simulateIam, type AccessQuestion, type IamResult, type PolicyKind } from "@/lib/sim/iam";

// Cross-account evaluation, built once for `iam` and the S3 simulator (SIM_CONTRACT.md `s3`, Evaluation step 3).
// Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
const CROSS =
  "For cross-account requests, the requester in the trusted AccountA must have an identity-based policy. That policy " +
  "must allow them to make a request to the resource in the trusting AccountB. Additionally, the resource-based " +
  "policy in AccountB must allow the requester in AccountA to access the resource.";
const A = "111122223333";
const B = "444455556666";
const DAVE = `arn:aws:iam::${B}:user/dave`;
const DAVE_SESSION = `arn:aws:sts::${B}:assumed-role/auditor/dave`;
const QUEUE = `arn:aws:sqs:us-east-1:${A}:orders`;

type Statement = Record<string, unknown>;
type Policy = [PolicyKind, ...Statement[]];
const allow = (extra: Statement = {}): Statement => ({
  Effect: "Allow",
  Action: "sqs:SendMessage",
  Resource: "*",
  ...extra,
});
const identity: Policy = ["identity", allow()];
const toDave: Policy = ["resource", allow({ Principal: { AWS: DAVE } })];
const toAccountB: Policy = ["resource", allow({ Principal: { AWS: B } })];

function iam(policies: Policy[], request: Partial<Record<string, unknown>> = {}): IamResult {
  const run = simulateIam({
    policies: policies.map(([kind, ...Statement]) => ({ kind, document: { Version: "2012-10-17", Statement } })),
    request: { action: "sqs:SendMessage", resource: QUEUE, principal: DAVE, context: {}, ...request },
  });
  if (!run.ok) throw new Error(run.inputError);
  return run.result;
}

describe(`iam across accounts: "${CROSS}"`, () => {
  it("both the caller's identity policy and the resource policy must allow", () => {
    const both = iam([identity, toDave]);
    expect(both).toMatchObject({ decision: "Allow", crossAccount: true, resourceOwner: A });
    expect(both.decidedBy).toMatchObject({ layer: "allow", via: "identity-and-resource" });
    expect(iam([toDave]).decidedBy.layer).toBe("identity");
    expect(iam([identity]).decidedBy.layer).toBe("resource");
    expect(iam([identity]).explanation.en).toMatch(/account 111122223333/);
  });

  it('a grant naming the account delegates: the account\'s own policies must still allow ("An account grant to C is a delegation")', () => {
    expect(iam([identity, toAccountB]).decision).toBe("Allow");
    expect(iam([toAccountB]).decision).toBe("ImplicitDeny");
  });

  it("\"*\" does not bypass the other account's boundary or session policy: the caller's account must allow", () => {
    const everyone: Policy = ["resource", allow({ Principal: "*" })];
    expect(iam([everyone]).decidedBy.layer).toBe("identity");
    expect(iam([everyone, identity, ["boundary", allow({ Action: "s3:*" })]]).decidedBy.layer).toBe("boundary");
    const session = iam([everyone, identity, ["session", allow({ Action: "s3:*" })]], { principal: DAVE_SESSION });
    expect(session.decidedBy.layer).toBe("session");
  });

  it("the resource account comes from request.resourceOwner, else the ARN; an ARN without one is the caller's", () => {
    const bucket = { action: "s3:GetObject", resource: "arn:aws:s3:::amzn-s3-demo-bucket/a.csv" };
    const s3Identity: Policy = ["identity", allow({ Action: "s3:GetObject" })];
    expect(iam([s3Identity], bucket)).toMatchObject({ decision: "Allow", crossAccount: false, resourceOwner: B });
    const owned = iam([s3Identity], { ...bucket, resourceOwner: A });
    expect(owned).toMatchObject({ decision: "ImplicitDeny", crossAccount: true, decidedBy: { layer: "resource" } });
  });

  it("request.resourceOwner must be a 12-digit account id", () => {
    const run = simulateIam({
      policies: [],
      request: { action: "sqs:SendMessage", resource: QUEUE, principal: DAVE, resourceOwner: "prod" },
    });
    expect(run).toEqual({
      ok: false,
      inputError: expect.stringMatching(/^request\.resourceOwner: /),
      issue: { path: ["request", "resourceOwner"], code: "accountId", params: {} },
    });
  });

  it("the root user of another account is allowed only by a grant; the resource account's root needs none", () => {
    const root = `arn:aws:iam::${B}:root`;
    expect(iam([], { principal: root }).decidedBy.layer).toBe("resource");
    expect(iam([toAccountB], { principal: root }).decision).toBe("Allow");
    expect(iam([], { principal: `arn:aws:iam::${A}:root` }).decidedBy.via).toBe("root-user");
  });

  it("a role trust policy in another account must name the caller or its account, and the caller must be allowed", () => {
    const assume = { action: "sts:AssumeRole", resource: `arn:aws:iam::${A}:role/deploy` };
    const trust: Policy = [
      "resource",
      allow({ Action: "sts:AssumeRole", Principal: { AWS: `arn:aws:iam::${B}:root` } }),
    ];
    const mayAssume: Policy = ["identity", allow({ Action: "sts:AssumeRole" })];
    expect(iam([trust, mayAssume], assume).decision).toBe("Allow");
    expect(iam([trust], assume).decidedBy.layer).toBe("identity");
    expect(iam([mayAssume], assume).decidedBy.layer).toBe("resource");
  });
});

describe("decideAccess: the shared core (SIM_CONTRACT.md s3, Evaluation step 3)", () => {
  const question = (extra: Partial<AccessQuestion<string>>): AccessQuestion<string> => ({
    caller: { type: "principal", account: B },
    resourceAccount: A,
    identityAllows: [],
    boundaryAllows: null,
    sessionAllows: null,
    grants: [],
    ...extra,
  });

  it("decidedBy lists the identity and boundary Allows, then the grants counted for the user context, then G when C ≠ R", () => {
    const answer = decideAccess(
      question({
        identityAllows: ["identity[0].Statement[0]"],
        boundaryAllows: ["boundary.Statement[0]"],
        grants: [{ ref: "bucketPolicy.Statement[1]", ways: ["account"] }],
      }),
    );
    expect(answer).toMatchObject({ allowed: true, crossAccount: true, userContext: true, ownerContext: true });
    expect(answer.decidedBy).toEqual([
      "identity[0].Statement[0]",
      "boundary.Statement[0]",
      "bucketPolicy.Statement[1]",
    ]);
  });

  it("in one account S(G) alone suffices: direct and star always, role only when the boundary allows", () => {
    const same = (extra: Partial<AccessQuestion<string>>) =>
      decideAccess(question({ resourceAccount: B, boundaryAllows: [], ...extra }));
    expect(same({ grants: [{ ref: "p0", ways: ["star"] }] }).allowed).toBe(true);
    expect(same({ grants: [{ ref: "p0", ways: ["direct"] }] }).decidedBy).toEqual(["p0"]);
    expect(same({ grants: [{ ref: "p0", ways: ["role"] }] })).toMatchObject({ allowed: false, gap: "boundary" });
    expect(same({ grants: [{ ref: "p0", ways: ["account"] }] })).toMatchObject({ allowed: false, gap: "identity" });
  });

  it("user-context-only statements count for the bucket owner's principals when the object has another owner (C = O ≠ R)", () => {
    const answer = decideAccess(
      question({
        caller: { type: "principal", account: A },
        resourceAccount: B,
        grants: [{ ref: "objectAcl[0]", ways: ["account"] }],
        userContextOnly: { ownerAccount: A, grants: [{ ref: "bucketPolicy.Statement[0]", ways: ["direct"] }] },
      }),
    );
    expect(answer).toMatchObject({ allowed: true, userGrants: ["bucketPolicy.Statement[0]"] });
    expect(answer.decidedBy).toEqual(["bucketPolicy.Statement[0]", "objectAcl[0]"]);
  });

  it("anonymous and service callers, and another account's root, need a grant in G", () => {
    for (const caller of [{ type: "anonymous" }, { type: "service" }, { type: "root", account: B }] as const) {
      expect(decideAccess(question({ caller })).allowed).toBe(false);
      expect(decideAccess(question({ caller, grants: [{ ref: "g", ways: ["star"] }] })).decidedBy).toEqual(["g"]);
    }
    expect(decideAccess(question({ caller: { type: "root", account: A } }))).toMatchObject({
      allowed: true,
      rootOfResourceAccount: true,
      decidedBy: [],
    });
  });
});
