import { describe, expect, it } from "vitest";
import { s3Simulator } from "@/lib/sim/s3";
import {
  ANONYMOUS,
  B,
  CLOUDTRAIL,
  KEY,
  O,
  S3_ADMIN,
  deny,
  grant,
  policy,
  runS3,
  scenario,
  userOf,
} from "./s3-fixtures";

// AWS_FACTS.md S3-15 … S3-24. Source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
const admin = { ...userOf(O), identityPolicies: [S3_ADMIN] };
const publicRead = [{ grantee: { group: "AllUsers" }, permission: "READ" }];

function isPublic(doc: unknown): { public: boolean; publicStatements: number[] } {
  const run = s3Simulator.run({ query: "isPublicPolicy", policy: doc });
  if (!run.ok) throw new Error(run.inputError);
  const { public: isPublicPolicy, publicStatements } = run.result as { public: boolean; publicStatements: number[] };
  return { public: isPublicPolicy, publicStatements };
}

describe("S3-15 the most restrictive combination of the account and bucket levels", () => {
  it("a flag is effective when either level sets it; an absent level or flag is false", () => {
    const result = runS3(
      scenario({
        bucket: { blockPublicAccess: { account: { BlockPublicPolicy: true }, bucket: { IgnorePublicAcls: true } } },
      }),
    );
    expect(result.effectiveBlockPublicAccess).toEqual({
      BlockPublicAcls: false,
      IgnorePublicAcls: true,
      BlockPublicPolicy: true,
      RestrictPublicBuckets: false,
    });
    expect(runS3(scenario({})).effectiveBlockPublicAccess).toEqual({
      BlockPublicAcls: false,
      IgnorePublicAcls: false,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: false,
    });
  });
});

describe('S3-16 BlockPublicAcls: "PutBucketAcl and PutObjectAcl fail if the ACL is public"; existing ACLs are not affected', () => {
  const bucket = { blockPublicAccess: { bucket: { BlockPublicAcls: true } } };

  it("rejects a public canned ACL or public grants in a PUT with 403 AccessDenied", () => {
    const putAcl = (request: Record<string, unknown>) =>
      runS3(scenario({ bucket, caller: admin, request: { action: "s3:PutObjectAcl", ...request } }));
    expect(putAcl({ acl: "public-read" })).toMatchObject({
      error: "AccessDenied",
      rejectedBy: "BlockPublicAcls",
      httpStatus: 403,
    });
    expect(putAcl({ grants: [{ grantee: { group: "AuthenticatedUsers" }, permission: "READ" }] })).toMatchObject({
      rejectedBy: "BlockPublicAcls",
    });
    expect(putAcl({ acl: "private" })).toMatchObject({ decision: "Allow" });
    expect(putAcl({ grants: [{ grantee: { group: "LogDelivery" }, permission: "WRITE" }] })).toMatchObject({
      decision: "Allow",
    });
  });

  it("an unauthorized request is never rejected: its result is its decision", () => {
    const result = runS3(
      scenario({ bucket, caller: userOf(B), request: { action: "s3:PutObjectAcl", acl: "public-read" } }),
    );
    expect(result).toMatchObject({ decision: "ImplicitDeny" });
    expect(result).not.toHaveProperty("error");
  });

  it("a public ACL already stored still grants access", () => {
    const objects = { [KEY]: { owner: O, acl: publicRead } };
    expect(runS3(scenario({ bucket, objects, caller: ANONYMOUS })).decision).toBe("Allow");
  });
});

describe('S3-17 IgnorePublicAcls: "S3 ignores all public ACLs"; PUTs with a public ACL are still accepted', () => {
  const bucket = { blockPublicAccess: { account: { IgnorePublicAcls: true } } };

  it("a grant to AllUsers no longer counts; a grant to an account still does", () => {
    const objects = { [KEY]: { owner: O, acl: [...publicRead, { grantee: { account: B }, permission: "READ" }] } };
    expect(runS3(scenario({ bucket, objects, caller: ANONYMOUS }))).toMatchObject({
      decision: "ImplicitDeny",
      ignored: [{ ref: "objectAcl[0]", reason: "IgnorePublicAcls" }],
    });
    expect(runS3(scenario({ bucket, objects }))).toMatchObject({
      decision: "Allow",
      decidedBy: ["identity[0].Statement[0]", "objectAcl[1]"],
    });
  });

  it("a PUT carrying a public ACL is not rejected", () => {
    const put = runS3(
      scenario({ bucket, caller: admin, request: { action: "s3:PutObject", key: "new.csv", acl: "public-read" } }),
    );
    expect(put).toMatchObject({ decision: "Allow", objectOwner: O });
  });
});

describe("S3-18 BlockPublicPolicy: a PutBucketPolicy that allows public access fails with 403", () => {
  const put = (doc: unknown, level: "account" | "bucket" = "account") =>
    runS3(
      scenario({
        bucket: { blockPublicAccess: { [level]: { BlockPublicPolicy: true } } },
        caller: admin,
        request: { action: "s3:PutBucketPolicy", policy: doc },
      }),
    );

  it("rejects a public policy at either level and accepts a non-public one; the stored policy is not judged", () => {
    expect(put(policy(grant("*")))).toMatchObject({ error: "AccessDenied", rejectedBy: "BlockPublicPolicy" });
    expect(put(policy(grant("*")), "bucket")).toMatchObject({ rejectedBy: "BlockPublicPolicy" });
    expect(put(policy(grant({ AWS: B })))).toMatchObject({ decision: "Allow", policyIsPublic: false });
    expect(put(policy(deny({ Principal: "*" })))).toMatchObject({ decision: "Allow" });
  });
});

describe("S3-19, S3-20 RestrictPublicBuckets: the documentation's three-statement example", () => {
  const example = policy(
    grant({ Service: "cloudtrail.amazonaws.com" }, { Action: "s3:PutObject" }),
    grant({ AWS: B }, { Action: "s3:PutObject" }),
    grant("*", { Action: "s3:PutObject" }),
  );
  const restrict = { blockPublicAccess: { bucket: { RestrictPublicBuckets: true } } };
  const put = { action: "s3:PutObject", key: "AWSLogs/x.gz" };

  it('with the public statement, "only CloudTrail keeps access"', () => {
    expect(
      runS3(scenario({ bucket: { ...restrict, policy: example }, caller: CLOUDTRAIL, request: put })),
    ).toMatchObject({
      decision: "Allow",
      decidedBy: ["bucketPolicy.Statement[0]", "bucketPolicy.Statement[2]"],
      policyIsPublic: true,
    });
    const account2 = runS3(scenario({ bucket: { ...restrict, policy: example }, request: put }));
    expect(account2).toMatchObject({
      decision: "ImplicitDeny",
      ignored: [
        { ref: "bucketPolicy.Statement[1]", reason: "RestrictPublicBuckets" },
        { ref: "bucketPolicy.Statement[2]", reason: "RestrictPublicBuckets" },
      ],
    });
    expect(
      runS3(scenario({ bucket: { ...restrict, policy: example }, caller: ANONYMOUS, request: put })).decision,
    ).toBe("ImplicitDeny");
  });

  it('"Remove the public statement and Account-2 regains access with the flag still on"', () => {
    const withoutPublic = policy(
      grant({ Service: "cloudtrail.amazonaws.com" }, { Action: "s3:PutObject" }),
      grant({ AWS: B }, { Action: "s3:PutObject" }),
    );
    expect(runS3(scenario({ bucket: { ...restrict, policy: withoutPublic }, request: put }))).toMatchObject({
      decision: "Allow",
      policyIsPublic: false,
      ignored: [],
    });
  });

  it("authorized users of the bucket owner's account keep access through a public policy", () => {
    expect(
      runS3(scenario({ bucket: { ...restrict, policy: example }, caller: userOf(O), request: put })),
    ).toMatchObject({
      decision: "Allow",
      decidedBy: ["bucketPolicy.Statement[2]"],
    });
  });
});

describe("S3-21 … S3-23 what makes a policy public", () => {
  const everyone = (extra: Record<string, unknown> = {}) => grant("*", { Action: "s3:GetObject", ...extra });

  it('the documentation\'s examples: Federated, "*" without a condition, and "*" with StringLike vpc-* are public', () => {
    expect(isPublic(policy(grant({ Federated: "graph.facebook.com" })))).toEqual({
      public: true,
      publicStatements: [0],
    });
    expect(isPublic(policy(everyone()))).toMatchObject({ public: true });
    expect(isPublic(policy(everyone({ Condition: { StringLike: { "aws:SourceVpc": "vpc-*" } } })))).toMatchObject({
      public: true,
    });
    expect(isPublic(policy(everyone({ Condition: { StringEquals: { "aws:SourceVpc": "vpc-91237329" } } })))).toEqual({
      public: false,
      publicStatements: [],
    });
  });

  it("fixed principals, services and canonical users are non-public; Deny statements never make a policy public", () => {
    const fixed = policy(
      grant({ AWS: [B, `arn:aws:iam::${O}:role/auditor`] }),
      grant({ Service: "logging.s3.amazonaws.com" }),
      grant({ CanonicalUser: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" }),
      deny({ Principal: "*" }),
      everyone(),
    );
    expect(isPublic(fixed)).toEqual({ public: true, publicStatements: [4] });
    expect(isPublic(policy(deny({ Principal: "*" })))).toEqual({ public: false, publicStatements: [] });
  });

  it('aws:SourceIp ranges "broader than /8 (IPv4) or /32 (IPv6)" are public', () => {
    const ip = (value: unknown, operator = "IpAddress") =>
      isPublic(policy(everyone({ Condition: { [operator]: { "aws:SourceIp": value } } }))).public;
    expect(ip("10.0.0.0/8")).toBe(false);
    expect(ip("203.0.113.5")).toBe(false);
    expect(ip("0.0.0.0/1")).toBe(true);
    expect(ip(["10.0.0.0/8", "0.0.0.0/0"])).toBe(true);
    expect(ip("2001:db8::/32")).toBe(false);
    expect(ip("2001:db8::/16")).toBe(true);
    expect(ip("10.0.0.0/8", "NotIpAddress")).toBe(true);
    expect(ip("10.0.0.0/8", "IpAddressIfExists")).toBe(true);
  });

  it("only fixed values restrict: wildcards, policy variables, negated operators, IfExists and set operators do not", () => {
    const restricts = (operator: string, key: string, value: unknown) =>
      !isPublic(policy(everyone({ Condition: { [operator]: { [key]: value } } }))).public;
    expect(restricts("StringEquals", "aws:PrincipalOrgID", "o-a1b2c3d4e5")).toBe(true);
    expect(restricts("StringEquals", "aws:principalorgid", "o-a1b2c3d4e5")).toBe(true);
    expect(restricts("ArnLike", "aws:SourceArn", "arn:aws:cloudtrail:us-east-1:111122223333:trail/t")).toBe(true);
    expect(restricts("StringEquals", "aws:SourceAccount", ["111122223333", "444455556666"])).toBe(true);
    expect(restricts("StringLike", "aws:SourceAccount", "1111*")).toBe(false);
    expect(restricts("StringEquals", "aws:PrincipalArn", "arn:aws:iam::111122223333:user/${aws:username}")).toBe(false);
    expect(restricts("StringNotEquals", "aws:SourceVpce", "vpce-1a2b3c4d")).toBe(false);
    expect(restricts("StringEqualsIfExists", "aws:SourceVpce", "vpce-1a2b3c4d")).toBe(false);
    expect(restricts("ForAnyValue:StringEquals", "aws:SourceVpce", "vpce-1a2b3c4d")).toBe(false);
    expect(restricts("Bool", "aws:SecureTransport", "true")).toBe(false);
    expect(restricts("StringEquals", "aws:Referer", "https://example.com")).toBe(false);
    const accessPoint = "arn:aws:s3:us-east-1:111122223333:accesspoint/*";
    expect(restricts("ArnLike", "s3:DataAccessPointArn", accessPoint)).toBe(true);
    expect(restricts("ArnLike", "s3:DataAccessPointArn", "arn:aws:s3:us-east-1:*:accesspoint/*")).toBe(false);
  });

  it("the result reports the stored policy's status", () => {
    const result = runS3(scenario({ bucket: { policy: policy(everyone()) }, caller: ANONYMOUS }));
    expect(result).toMatchObject({ policyIsPublic: true, decision: "Allow" });
  });
});

describe("S3-24 the defaults of a bucket created since April 2023", () => {
  it("answers the contract's defaults query", () => {
    const run = s3Simulator.run({ query: "defaults" });
    expect(run.ok && run.result).toMatchObject({
      objectOwnership: "BucketOwnerEnforced",
      aclsEnabled: false,
      blockPublicAccess: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
      bucketPolicy: null,
      bucketAcl: [],
    });
  });
});
