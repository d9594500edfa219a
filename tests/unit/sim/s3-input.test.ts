import { describe, expect, it } from "vitest";
import {
  B,
  KEY,
  O,
  S3_ADMIN,
  allow,
  grant,
  inputErrorOf,
  policy,
  rootOf,
  runS3,
  scenario,
  userOf,
} from "./s3-fixtures";

// SIM_CONTRACT.md `s3`, "Input errors": each is an input error naming the field, never a throw or a result.
describe("s3 input errors", () => {
  it.each<[string, Record<string, unknown>, string, string]>([
    ["an unknown field", scenario({ bucket: { polcy: {} } }), "bucket.polcy", "unknownField"],
    ["a missing bucket owner", scenario({ bucket: { owner: undefined } }), "bucket.owner", "required"],
    ["an account id that is not 12 digits", scenario({ bucket: { owner: "1111" } }), "bucket.owner", "accountId"],
    [
      "an unknown Object Ownership",
      scenario({ bucket: { objectOwnership: "BucketOwner" } }),
      "bucket.objectOwnership",
      "notOneOf",
    ],
    [
      "an unknown BPA flag",
      scenario({ bucket: { blockPublicAccess: { bucket: { BlockPublicAcl: true } } } }),
      "bucket.blockPublicAccess.bucket.BlockPublicAcl",
      "unknownField",
    ],
    [
      "an unknown permission",
      scenario({ bucket: { acl: [{ grantee: { account: B }, permission: "WRITE_ALL" }] } }),
      "bucket.acl[0].permission",
      "notOneOf",
    ],
    [
      "an unknown group",
      scenario({ bucket: { acl: [{ grantee: { group: "Everyone" }, permission: "READ" }] } }),
      "bucket.acl[0].grantee.group",
      "notOneOf",
    ],
    [
      "a grantee with both an account and a group",
      scenario({ bucket: { acl: [{ grantee: { account: B, group: "AllUsers" }, permission: "READ" }] } }),
      "bucket.acl[0].grantee",
      "badShape",
    ],
    [
      "an unknown canned ACL",
      scenario({ request: { action: "s3:PutObject", acl: "public" } }),
      "request.acl",
      "notOneOf",
    ],
    ["an unknown action", scenario({ request: { action: "s3:DeleteObject" } }), "request.action", "notOneOf"],
    [
      "a caller ARN of another kind",
      scenario({ caller: { ...userOf(B), principal: `arn:aws:iam::${B}:role/auditor` } }),
      "caller.principal",
      "callerArn",
    ],
    [
      "caller.account ≠ the ARN's account",
      scenario({ caller: { ...userOf(B), account: O } }),
      "caller.account",
      "accountMismatch",
    ],
    [
      "a root caller with identity policies",
      scenario({ caller: { ...rootOf(B), identityPolicies: [S3_ADMIN] } }),
      "caller.identityPolicies",
      "rootPolicies",
    ],
    [
      "a root caller with a boundary",
      scenario({ caller: { ...rootOf(B), permissionsBoundary: S3_ADMIN } }),
      "caller.permissionsBoundary",
      "rootPolicies",
    ],
    [
      "acl and grants both",
      scenario({ request: { action: "s3:PutObject", acl: "private", grants: [] } }),
      "request.grants",
      "aclAndGrants",
    ],
    ["an ACL on GetObject", scenario({ request: { acl: "private" } }), "request.acl", "aclNotTaken"],
    [
      "PutBucketAcl without an ACL",
      scenario({ request: { action: "s3:PutBucketAcl" } }),
      "request.acl",
      "requiredForAction",
    ],
    [
      "PutBucketPolicy without a policy",
      scenario({ request: { action: "s3:PutBucketPolicy" } }),
      "request.policy",
      "requiredForAction",
    ],
    [
      "an object action without a key",
      scenario({ request: { action: "s3:PutObject", key: undefined } }),
      "request.key",
      "requiredForAction",
    ],
    ["a key missing from objects", scenario({ request: { key: "missing.csv" } }), "request.key", "unknownObjectKey"],
    [
      "s3:x-amz-acl in the context",
      scenario({ request: { context: { "S3:X-Amz-Acl": "private" } } }),
      "request.context.S3:X-Amz-Acl",
      "derivedContextKey",
    ],
    [
      "NotPrincipal",
      scenario({ bucket: { policy: policy({ ...allow(), NotPrincipal: { AWS: B } }) } }),
      "bucket.policy.Statement[0].NotPrincipal",
      "notPrincipal",
    ],
    [
      "a wildcard inside a principal ARN",
      scenario({ bucket: { policy: policy(grant({ AWS: `arn:aws:iam::${B}:user/*` })) } }),
      "bucket.policy.Statement[0].Principal.AWS",
      "principalWildcard",
    ],
    [
      "a bucket-policy statement without Principal",
      scenario({ bucket: { policy: policy(allow()) } }),
      "bucket.policy.Statement[0].Principal",
      "",
    ],
    [
      "an invalid identity policy",
      scenario({
        caller: { ...userOf(B), identityPolicies: [policy({ Effect: "Permit", Action: "s3:*", Resource: "*" })] },
      }),
      "caller.identityPolicies[0].Statement[0].Effect",
      "",
    ],
    [
      "an invalid policy being put",
      scenario({ request: { action: "s3:PutBucketPolicy", policy: "{not json" } }),
      "request.policy",
      "",
    ],
  ])("%s", (_name, input, field, code) => {
    const failure = inputErrorOf(input);
    expect(failure.inputError.startsWith(`${field}: `), failure.inputError).toBe(true);
    if (code !== "") expect(failure.issue?.code).toBe(code);
    expect(failure.issue?.path.length).toBeGreaterThan(0);
  });

  it("accepts what the contract allows: [] identity policies for root, an empty grants list, an object without an owner", () => {
    expect(runS3(scenario({ caller: { ...rootOf(O), identityPolicies: [] } })).decision).toBe("Allow");
    const grants = scenario({
      caller: { ...userOf(O), identityPolicies: [S3_ADMIN] },
      request: { action: "s3:PutObjectAcl", grants: [] },
    });
    expect(runS3(grants).decision).toBe("Allow");
    expect(runS3(scenario({ objects: { [KEY]: {} }, caller: rootOf(O) })).objectOwner).toBe(O);
    expect(runS3(scenario({ bucket: { policy: null } })).policyIsPublic).toBe(false);
  });

  it("unknown queries and a query without its policy are input errors", () => {
    expect(inputErrorOf({ query: "limits" }).issue).toMatchObject({ path: ["query"], code: "unknownQuery" });
    expect(inputErrorOf({ query: "isPublicPolicy" }).issue).toMatchObject({ path: ["policy"], code: "required" });
    expect(
      inputErrorOf({ query: "isPublicPolicy", policy: policy({ ...allow(), NotPrincipal: "*" }) }).issue?.code,
    ).toBe("notPrincipal");
  });

  it("stays linear on long principal ARNs and keys", () => {
    const long = "a/".repeat(50_000);
    const started = performance.now();
    runS3(
      scenario({
        bucket: { policy: policy(grant({ AWS: `arn:aws:iam::${O}:role/${long}x` })) },
        request: { key: KEY },
      }),
    );
    const input = scenario({ caller: { ...userOf(B), principal: `arn:aws:iam::${B}:user/${long}` } });
    inputErrorOf(input);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
