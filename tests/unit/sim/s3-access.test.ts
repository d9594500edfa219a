import { describe, expect, it } from "vitest";
import {
  ANONYMOUS,
  B,
  BUCKET_ARN,
  C,
  CLOUDTRAIL,
  KEY,
  O,
  OBJECTS_ARN,
  S3_ADMIN,
  allow,
  deny,
  grant,
  policy,
  rootOf,
  runS3,
  scenario,
  sessionOf,
  userOf,
} from "./s3-fixtures";

// AWS_FACTS.md "S3 access"; the S3 evaluation contexts and the IAM cross-account logic.
const S3_DOC = "https://docs.aws.amazon.com/AmazonS3/latest/userguide";
const IAM_DOC = "https://docs.aws.amazon.com/IAM/latest/UserGuide";

const toAccountB = policy(grant({ AWS: B }));

describe(`S3-2 cross account: both accounts must allow (${IAM_DOC}/reference_policies_evaluation-logic-cross-account.html)`, () => {
  it('"AWS evaluates the trusted account … and the trusting account …, and allows only if both allow"', () => {
    const both = runS3(scenario({ bucket: { policy: toAccountB } }));
    expect(both).toMatchObject({
      decision: "Allow",
      decidedBy: ["identity[0].Statement[0]", "bucketPolicy.Statement[0]"],
      crossAccount: true,
      resourceOwner: O,
      objectOwner: O,
      policyIsPublic: false,
    });
    const noIdentity = scenario({ bucket: { policy: toAccountB }, caller: userOf(B) });
    expect(runS3(noIdentity)).toMatchObject({ decision: "ImplicitDeny", decidedBy: [] });
    expect(runS3(scenario({}))).toMatchObject({ decision: "ImplicitDeny", decidedBy: [] });
  });

  it("an explicit Deny in the caller's own identity policy wins over both Allows", () => {
    const caller = { ...userOf(B), identityPolicies: [S3_ADMIN, policy(deny({ Action: "s3:GetObject" }))] };
    expect(runS3(scenario({ bucket: { policy: toAccountB }, caller }))).toMatchObject({
      decision: "ExplicitDeny",
      decidedBy: ["identity[1].Statement[0]"],
    });
  });
});

describe(`S3-3 a grant to an account delegates to it (${IAM_DOC}/reference_policies_elements_principal.html#principal-accounts)`, () => {
  it('"an administrator in that account must then grant access to an identity", in the bucket owner\'s account too', () => {
    const toOwnAccount = policy(grant({ AWS: `arn:aws:iam::${O}:root` }));
    expect(runS3(scenario({ bucket: { policy: toOwnAccount }, caller: userOf(O) })).decision).toBe("ImplicitDeny");
    const admin = { ...userOf(O), identityPolicies: [S3_ADMIN] };
    expect(runS3(scenario({ bucket: { policy: toOwnAccount }, caller: admin }))).toMatchObject({
      decision: "Allow",
      decidedBy: ["identity[0].Statement[0]"],
      crossAccount: false,
    });
  });
});

describe(`S3-4 Principal "*" (${IAM_DOC}/reference_policies_elements_principal.html#principal-anonymous)`, () => {
  const everyone = policy(grant("*", { Action: "s3:GetObject" }));

  it('grants "access to everyone, anonymous users included"', () => {
    expect(runS3(scenario({ bucket: { policy: everyone }, caller: ANONYMOUS }))).toMatchObject({
      decision: "Allow",
      decidedBy: ["bucketPolicy.Statement[0]"],
      crossAccount: true,
      policyIsPublic: true,
    });
  });

  it('"Same-account IAM users and roles need no other permission"', () => {
    expect(runS3(scenario({ bucket: { policy: everyone }, caller: userOf(O) }))).toMatchObject({
      decision: "Allow",
      decidedBy: ["bucketPolicy.Statement[0]"],
    });
  });

  it('"Principals in other accounts must also have identity-based permissions in their own account"', () => {
    expect(runS3(scenario({ bucket: { policy: everyone }, caller: userOf(B) })).decision).toBe("ImplicitDeny");
  });
});

describe(`S3-5 permissions boundaries in the bucket owner's account (${IAM_DOC}/access_policies_boundaries.html)`, () => {
  const boundary = policy(allow({ Action: "s3:ListBucket" }));

  it("a grant to the IAM user ARN is not limited by an implicit deny in the boundary", () => {
    const direct = policy(grant({ AWS: `arn:aws:iam::${O}:user/dave` }));
    const caller = { ...userOf(O), permissionsBoundary: boundary };
    expect(runS3(scenario({ bucket: { policy: direct }, caller }))).toMatchObject({
      decision: "Allow",
      decidedBy: ["bucketPolicy.Statement[0]"],
    });
  });

  it("a grant to a role ARN matches the role's sessions and is limited by the boundary", () => {
    const toRole = policy(grant({ AWS: `arn:aws:iam::${O}:role/auditor` }));
    expect(runS3(scenario({ bucket: { policy: toRole }, caller: sessionOf(O) })).decision).toBe("Allow");
    const limited = { ...sessionOf(O), permissionsBoundary: boundary };
    const result = runS3(scenario({ bucket: { policy: toRole }, caller: limited }));
    expect(result).toMatchObject({ decision: "ImplicitDeny", decidedBy: [] });
    expect((result.explanation as { en: string }).en).toMatch(/permissions boundary/);
  });
});

describe(`S3-6 the resource owner's root user (${IAM_DOC}/reference_policies_evaluation-logic.html)`, () => {
  it('"all requests are implicitly denied with the exception of the AWS account root user"', () => {
    expect(runS3(scenario({ caller: rootOf(O) }))).toMatchObject({ decision: "Allow", decidedBy: ["rootUser"] });
  });

  it("the root user of another account needs a grant, and an account grant suffices for it", () => {
    expect(runS3(scenario({ caller: rootOf(B) })).decision).toBe("ImplicitDeny");
    expect(runS3(scenario({ bucket: { policy: toAccountB }, caller: rootOf(B) }))).toMatchObject({
      decision: "Allow",
      decidedBy: ["bucketPolicy.Statement[0]"],
    });
  });

  it("the root user can still be denied by the bucket policy for other actions", () => {
    const denyAll = policy(deny({ Principal: "*" }));
    expect(runS3(scenario({ bucket: { policy: denyAll }, caller: rootOf(O) }))).toMatchObject({
      decision: "ExplicitDeny",
      decidedBy: ["bucketPolicy.Statement[0]"],
    });
  });
});

describe(`S3-7, S3-8 objects owned by another account (${S3_DOC}/example-walkthroughs-managing-access.html)`, () => {
  const owned = { [KEY]: { owner: B, acl: [{ grantee: { account: O }, permission: "READ" }] } };

  it('"A bucket owner … can explicitly deny access to objects in the bucket regardless of who owns it"', () => {
    const denyAll = policy(deny({ Principal: "*", Resource: OBJECTS_ARN }));
    const result = runS3(scenario({ bucket: { policy: denyAll }, objects: owned, caller: rootOf(B) }));
    expect(result).toMatchObject({ decision: "ExplicitDeny", resourceOwner: B, objectOwner: B });
  });

  it('"the policy does not apply to objects that are owned by other accounts"', () => {
    const toAccountC = policy(grant({ AWS: C }));
    const caller = { ...userOf(C), identityPolicies: [S3_ADMIN] };
    expect(runS3(scenario({ bucket: { policy: toAccountC }, objects: owned, caller }))).toMatchObject({
      decision: "ImplicitDeny",
      ignored: [{ ref: "bucketPolicy.Statement[0]", reason: "NotObjectOwner" }],
      resourceOwner: B,
    });
  });

  it("the object owner's ACL grant to the bucket owner lets the bucket owner delegate to its own users", () => {
    const toDave = policy(grant({ AWS: `arn:aws:iam::${O}:user/dave` }));
    const result = runS3(scenario({ bucket: { policy: toDave }, objects: owned, caller: userOf(O) }));
    // The kept statement is not listed in `ignored` (contract clarification).
    expect(result).toMatchObject({
      decision: "Allow",
      decidedBy: ["bucketPolicy.Statement[0]", "objectAcl[0]"],
      ignored: [],
      crossAccount: true,
    });
    const noAcl = { [KEY]: { owner: B } };
    expect(runS3(scenario({ bucket: { policy: toDave }, objects: noAcl, caller: userOf(O) })).decision).toBe(
      "ImplicitDeny",
    );
  });

  it("Bucket owner enforced makes the bucket owner the owner of every object, and the policy applies again", () => {
    const admin = { ...userOf(O), identityPolicies: [S3_ADMIN] };
    const result = runS3(
      scenario({ bucket: { objectOwnership: "BucketOwnerEnforced" }, objects: owned, caller: admin }),
    );
    expect(result).toMatchObject({ decision: "Allow", resourceOwner: O, objectOwner: O, crossAccount: false });
  });
});

describe(`S3-9, S3-10 Object Ownership and ACLs (${S3_DOC}/about-object-ownership.html)`, () => {
  const readers = [{ grantee: { group: "AllUsers" }, permission: "READ" }];

  it('ACLs disabled: they "no longer affect access permissions"', () => {
    const result = runS3(
      scenario({
        bucket: { objectOwnership: "BucketOwnerEnforced" },
        objects: { [KEY]: { owner: O, acl: readers } },
        caller: ANONYMOUS,
      }),
    );
    expect(result).toMatchObject({
      decision: "ImplicitDeny",
      ignored: [{ ref: "objectAcl[0]", reason: "AclsDisabled" }],
    });
  });

  it('requests that "set or update ACLs fail" with 400 AccessControlListNotSupported, except bucket-owner-full-control', () => {
    const enforced = { objectOwnership: "BucketOwnerEnforced" };
    const writer = { ...userOf(O), identityPolicies: [S3_ADMIN] };
    const put = (request: Record<string, unknown>) =>
      runS3(
        scenario({ bucket: enforced, caller: writer, request: { action: "s3:PutObject", key: "new.csv", ...request } }),
      );
    expect(put({ acl: "public-read" })).toMatchObject({
      error: "AccessControlListNotSupported",
      rejectedBy: "ObjectOwnership",
    });
    expect(put({ acl: "private" })).toMatchObject({ error: "AccessControlListNotSupported" });
    expect(put({ acl: "bucket-owner-full-control" })).toMatchObject({ decision: "Allow", objectOwner: O });
    expect(put({ grants: [{ grantee: { account: O }, permission: "FULL_CONTROL" }] }).decision).toBe("Allow");
    expect(put({})).toMatchObject({ decision: "Allow", objectOwner: O });
  });

  it("the written object's owner: the writer, or the bucket owner when preferred with bucket-owner-full-control", () => {
    const putBy = (ownership: string, acl?: string) =>
      runS3(
        scenario({
          bucket: { objectOwnership: ownership, policy: toAccountB },
          request: { action: "s3:PutObject", key: "new.csv", ...(acl ? { acl } : {}) },
        }),
      ).objectOwner;
    expect(putBy("ObjectWriter", "bucket-owner-full-control")).toBe(B);
    expect(putBy("BucketOwnerPreferred")).toBe(B);
    expect(putBy("BucketOwnerPreferred", "bucket-owner-full-control")).toBe(O);
    expect(putBy("BucketOwnerEnforced")).toBe(O);
  });
});

describe(`S3-11, S3-12 ACL grantees and permissions (${S3_DOC}/acl-overview.html)`, () => {
  const bucketAcl = (permission: string, grantee: unknown = { account: B }) => [{ grantee, permission }];

  it("bucket ACL READ = ListBucket, WRITE = PutObject; object READ_ACP = GetObjectAcl; FULL_CONTROL = all", () => {
    const run = (acl: unknown, request: Record<string, unknown>, objects?: Record<string, unknown>) =>
      runS3(scenario({ bucket: { acl }, request, ...(objects ? { objects } : {}) })).decision;
    expect(run(bucketAcl("READ"), { action: "s3:ListBucket", key: undefined })).toBe("Allow");
    expect(run(bucketAcl("READ"), { action: "s3:GetObject" })).toBe("ImplicitDeny");
    expect(run(bucketAcl("WRITE"), { action: "s3:PutObject", key: "new.csv" })).toBe("Allow");
    expect(run(bucketAcl("WRITE"), { action: "s3:ListBucket", key: undefined })).toBe("ImplicitDeny");
    expect(run(bucketAcl("FULL_CONTROL"), { action: "s3:GetBucketAcl" })).toBe("Allow");
    const objectAcl = { [KEY]: { owner: O, acl: bucketAcl("READ_ACP") } };
    expect(run([], { action: "s3:GetObjectAcl" }, objectAcl)).toBe("Allow");
    expect(run([], { action: "s3:GetObject" }, objectAcl)).toBe("ImplicitDeny");
    expect(run(bucketAcl("FULL_CONTROL"), { action: "s3:GetBucketPolicy" })).toBe("ImplicitDeny");
  });

  it('"AuthenticatedUsers … requests must be signed": an anonymous request is not named', () => {
    const objects = { [KEY]: { owner: O, acl: bucketAcl("READ", { group: "AuthenticatedUsers" }) } };
    expect(runS3(scenario({ objects, caller: ANONYMOUS })).decision).toBe("ImplicitDeny");
    expect(runS3(scenario({ objects, caller: rootOf(C) }))).toMatchObject({
      decision: "Allow",
      decidedBy: ["objectAcl[0]"],
    });
  });
});

describe(`S3-14 requiring bucket-owner-full-control (${S3_DOC}/ensure-object-ownership.html)`, () => {
  it("s3:x-amz-acl comes from request.acl; an upload without it is denied", () => {
    const requireAcl = policy(
      grant(
        { AWS: B },
        { Action: "s3:PutObject", Condition: { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control" } } },
      ),
    );
    const put = (acl?: string) =>
      runS3(
        scenario({
          bucket: { policy: requireAcl },
          request: { action: "s3:PutObject", key: "new.csv", ...(acl ? { acl } : {}) },
        }),
      );
    expect(put().decision).toBe("ImplicitDeny");
    expect(put("bucket-owner-full-control").decision).toBe("Allow");
  });
});

describe(`S3-25, S3-26 the bucket-policy APIs (https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html)`, () => {
  const getPolicy = { action: "s3:GetBucketPolicy", key: undefined };

  it("with permission but from another account: 405 Method Not Allowed; without permission: 403 (a deny)", () => {
    expect(runS3(scenario({ bucket: { policy: toAccountB }, request: getPolicy }))).toMatchObject({
      error: "MethodNotAllowed",
      rejectedBy: "BucketOwnerAccountOnly",
      httpStatus: 405,
    });
    expect(runS3(scenario({ request: getPolicy })).decision).toBe("ImplicitDeny");
  });

  it('the root user can always call them "even if their bucket policy explicitly denies the root principal\'s access"', () => {
    const denyAll = policy(deny({ Principal: "*" }));
    for (const action of ["s3:GetBucketPolicy", "s3:DeleteBucketPolicy"]) {
      expect(runS3(scenario({ bucket: { policy: denyAll }, caller: rootOf(O), request: { action } }))).toMatchObject({
        decision: "Allow",
        decidedBy: ["bucketOwnerRootPolicyAccess"],
        ignored: [],
      });
    }
    const admin = { ...userOf(O), identityPolicies: [S3_ADMIN] };
    expect(runS3(scenario({ bucket: { policy: denyAll }, caller: admin, request: getPolicy })).decision).toBe(
      "ExplicitDeny",
    );
  });

  it("the root user's lock-out protection still meets BlockPublicPolicy (contract clarification)", () => {
    const request = { action: "s3:PutBucketPolicy", policy: policy(grant("*")) };
    const bucket = { blockPublicAccess: { account: { BlockPublicPolicy: true } } };
    expect(runS3(scenario({ bucket, caller: rootOf(O), request }))).toMatchObject({
      error: "AccessDenied",
      rejectedBy: "BlockPublicPolicy",
    });
  });
});

describe(`S3-27 to S3-30 common bucket-policy patterns (${S3_DOC}/example-bucket-policies.html)`, () => {
  const admin = { ...userOf(O), identityPolicies: [S3_ADMIN] };

  it("HTTPS only: Deny with Bool aws:SecureTransport false; nothing is added to the context by default", () => {
    const httpsOnly = policy(deny({ Principal: "*", Condition: { Bool: { "aws:SecureTransport": "false" } } }));
    const run = (context: Record<string, string>) =>
      runS3(scenario({ bucket: { policy: httpsOnly }, caller: admin, request: { context } })).decision;
    expect(run({ "aws:SecureTransport": "false" })).toBe("ExplicitDeny");
    expect(run({ "aws:SecureTransport": "true" })).toBe("Allow");
    expect(run({})).toBe("Allow");
  });

  it("IP allow-list: Deny with NotIpAddress denies a request without aws:SourceIp (a VPC endpoint request)", () => {
    const ipOnly = policy(deny({ Principal: "*", Condition: { NotIpAddress: { "aws:SourceIp": "192.0.2.0/24" } } }));
    const run = (context: Record<string, string>) =>
      runS3(scenario({ bucket: { policy: ipOnly }, caller: admin, request: { context } })).decision;
    expect(run({ "aws:SourceIp": "192.0.2.7" })).toBe("Allow");
    expect(run({ "aws:SourceVpce": "vpce-1a2b3c4d" })).toBe("ExplicitDeny");
  });

  it("a grant on bucket/* does not cover ListBucket, which acts on the bucket ARN", () => {
    const objectsOnly = policy(grant({ AWS: B }, { Resource: OBJECTS_ARN }));
    expect(runS3(scenario({ bucket: { policy: objectsOnly } })).decision).toBe("Allow");
    expect(
      runS3(scenario({ bucket: { policy: objectsOnly }, request: { action: "s3:ListBucket", key: undefined } }))
        .decision,
    ).toBe("ImplicitDeny");
    const onBucket = policy(grant({ AWS: B }, { Resource: BUCKET_ARN }));
    expect(runS3(scenario({ bucket: { policy: onBucket }, request: { action: "s3:listbucket" } })).decision).toBe(
      "Allow",
    );
  });

  it("a service principal is named by Service, and has no account (crossAccount is true)", () => {
    const cloudtrail = policy(grant({ Service: "cloudtrail.amazonaws.com" }, { Action: "s3:PutObject" }));
    expect(
      runS3(
        scenario({
          bucket: { policy: cloudtrail },
          caller: CLOUDTRAIL,
          request: { action: "s3:PutObject", key: "AWSLogs/x.gz" },
        }),
      ),
    ).toMatchObject({
      decision: "Allow",
      crossAccount: true,
      objectOwner: null,
    });
  });
});
