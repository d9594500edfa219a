import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BPA_FLAGS, S3_ACTIONS, s3Simulator } from "@/lib/sim/s3";
import {
  ANONYMOUS,
  B,
  BUCKET_ARN,
  C,
  CLOUDTRAIL,
  KEY,
  O,
  OBJECTS_ARN,
  policy,
  rootOf,
  sessionOf,
  userOf,
  type Json,
} from "./s3-fixtures";

// Small pools so that generated statements, grants and callers often meet.
const ACCOUNTS = [O, B, C];
const principalValue = fc.constantFrom<unknown>(
  "*",
  { AWS: "*" },
  { AWS: O },
  { AWS: B },
  { AWS: `arn:aws:iam::${B}:root` },
  { AWS: `arn:aws:iam::${O}:user/dave` },
  { AWS: `arn:aws:iam::${B}:user/dave` },
  { AWS: `arn:aws:iam::${O}:role/auditor` },
  { Service: "cloudtrail.amazonaws.com" },
  { Federated: "graph.facebook.com" },
);
const actionPattern = fc.constantFrom("s3:*", "s3:Get*", "s3:PutObject", "s3:ListBucket", "s3:*Policy", "s3:*Acl");
const resourcePattern = fc.constantFrom("*", BUCKET_ARN, OBJECTS_ARN, `${BUCKET_ARN}/reports/*`);
const condition = fc.constantFrom<Json | undefined>(
  undefined,
  { Bool: { "aws:SecureTransport": "false" } },
  { StringEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } },
  { StringNotEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } },
  { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } },
  { StringEquals: { "s3:x-amz-acl": "bucket-owner-full-control" } },
);
const statement = (withPrincipal: boolean) =>
  fc
    .record({
      Effect: fc.constantFrom("Allow", "Allow", "Deny"),
      Action: actionPattern,
      Resource: resourcePattern,
      Principal: principalValue,
      Condition: condition,
    })
    .map(({ Principal, Condition, ...rest }) => ({
      ...rest,
      ...(withPrincipal ? { Principal } : {}),
      ...(Condition === undefined ? {} : { Condition }),
    }));
const aclGrant = fc.record({
  grantee: fc.oneof(
    fc.constantFrom(...ACCOUNTS).map((account) => ({ account })),
    fc.constantFrom("AllUsers", "AuthenticatedUsers", "LogDelivery").map((group) => ({ group })),
  ),
  permission: fc.constantFrom("READ", "WRITE", "READ_ACP", "WRITE_ACP", "FULL_CONTROL"),
});
const flags = fc.record(
  Object.fromEntries(BPA_FLAGS.map((flag) => [flag, fc.boolean()])) as Record<string, fc.Arbitrary<boolean>>,
);
const caller = fc.oneof(
  fc.constant<Json>(ANONYMOUS),
  fc.constant<Json>(CLOUDTRAIL),
  fc.constantFrom(...ACCOUNTS).map((account): Json => rootOf(account)),
  fc
    .record({
      who: fc.constantFrom(...ACCOUNTS).chain((account) => fc.constantFrom(userOf(account), sessionOf(account))),
      identity: fc.array(statement(false), { maxLength: 2 }),
      boundary: fc.option(fc.array(statement(false), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    })
    .map(({ who, identity, boundary }): Json => ({
      ...who,
      identityPolicies: identity.length > 0 ? [policy(...identity)] : [],
      ...(boundary ? { permissionsBoundary: policy(...boundary) } : {}),
    })),
);
const request = fc
  .record({
    action: fc.constantFrom(...S3_ACTIONS),
    acl: fc.constantFrom(undefined, "private", "public-read", "bucket-owner-full-control"),
    context: fc.constantFrom<Json>(
      {},
      { "aws:SecureTransport": "true" },
      { "aws:SecureTransport": "false", "aws:SourceIp": "10.1.2.3" },
    ),
  })
  .map(({ action, acl, context }): Json => {
    const needs = action === "s3:PutObjectAcl" || action === "s3:PutBucketAcl";
    const takes = needs || action === "s3:PutObject";
    return {
      action,
      key: KEY,
      context,
      ...(takes && (acl !== undefined || needs) ? { acl: acl ?? "private" } : {}),
      ...(action === "s3:PutBucketPolicy"
        ? { policy: policy({ Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: OBJECTS_ARN }) }
        : {}),
    };
  });
const input = fc
  .record({
    objectOwnership: fc.constantFrom("BucketOwnerEnforced", "BucketOwnerPreferred", "ObjectWriter"),
    account: flags,
    bucketLevel: flags,
    statements: fc.array(statement(true), { maxLength: 4 }),
    bucketAcl: fc.array(aclGrant, { maxLength: 3 }),
    objectOwner: fc.constantFrom(O, B, "anonymous"),
    objectAcl: fc.array(aclGrant, { maxLength: 3 }),
    caller,
    request,
  })
  .map((x): Json => ({
    bucket: {
      name: "amzn-s3-demo-bucket",
      owner: O,
      objectOwnership: x.objectOwnership,
      blockPublicAccess: { account: x.account, bucket: x.bucketLevel },
      policy: x.statements.length > 0 ? policy(...x.statements) : null,
      acl: x.bucketAcl,
    },
    objects: { [KEY]: { owner: x.objectOwner, acl: x.objectAcl } },
    caller: x.caller,
    request: x.request,
  }));

function run(value: unknown): Json {
  const outcome = s3Simulator.run(value);
  if (!outcome.ok) throw new Error(outcome.inputError);
  return outcome.result;
}

/** The request goes through: allowed and not rejected. */
const granted = (result: Json) => result.decision === "Allow";
const withBucket = (value: Json, change: (bucket: Json) => Json): Json => ({
  ...value,
  bucket: change(value.bucket as Json),
});

describe("s3 invariants", () => {
  it("every generated input runs, deterministically, with the contract's result shape", () => {
    fc.assert(
      fc.property(input, (value) => {
        const result = run(value);
        expect(run(structuredClone(value))).toEqual(result);
        expect(Object.keys(result.effectiveBlockPublicAccess as Json).sort()).toEqual([...BPA_FLAGS].sort());
        const refs = (result.decidedBy ?? result.authorizedBy) as string[];
        expect(new Set(refs).size).toBe(refs.length);
        if ("error" in result) expect(result).not.toHaveProperty("decision");
        else if (result.decision === "ImplicitDeny") expect(result.decidedBy).toEqual([]);
        else expect((result.decidedBy as string[]).length).toBeGreaterThan(0);
        if ((value.caller as Json).type !== "principal") expect(result.crossAccount).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("Block Public Access only restricts: turning a flag on never lets a request through", () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...BPA_FLAGS), fc.constantFrom("account", "bucket"), (value, flag, level) => {
        const stricter = withBucket(value, (bucket) => {
          const bpa = bucket.blockPublicAccess as Record<string, Json>;
          return { ...bucket, blockPublicAccess: { ...bpa, [level]: { ...bpa[level], [flag]: true } } };
        });
        if (granted(run(stricter))) expect(granted(run(value))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("the two levels combine symmetrically (the most restrictive combination)", () => {
    fc.assert(
      fc.property(input, (value) => {
        const swapped = withBucket(value, (bucket) => {
          const bpa = bucket.blockPublicAccess as Json;
          return { ...bucket, blockPublicAccess: { account: bpa.bucket, bucket: bpa.account } };
        });
        expect(run(swapped)).toEqual(run(value));
      }),
      { numRuns: 200 },
    );
  });

  it("a Deny of everything in the bucket policy denies every request but the owner root's bucket-policy calls", () => {
    const denyAll = { Effect: "Deny", Principal: "*", Action: "s3:*", Resource: "*" };
    fc.assert(
      fc.property(input, (value) => {
        const denied = withBucket(value, (bucket) => {
          const statements = ((bucket.policy as Json | null)?.Statement as Json[] | undefined) ?? [];
          return { ...bucket, policy: policy(...statements, denyAll) };
        });
        const result = run(denied);
        const lockOut = (result.decidedBy as string[] | undefined)?.includes("bucketOwnerRootPolicyAccess");
        if (!lockOut && !(result.rejectedBy !== undefined)) expect(result.decision).toBe("ExplicitDeny");
      }),
      { numRuns: 200 },
    );
  });

  it("an extra identity Allow never takes access away", () => {
    fc.assert(
      fc.property(input, (value) => {
        const who = value.caller as Json;
        if (who.type !== "principal" || String(who.principal).endsWith(":root")) return;
        const more = {
          ...value,
          caller: {
            ...who,
            identityPolicies: [
              ...((who.identityPolicies as Json[]) ?? []),
              policy({ Effect: "Allow", Action: "s3:*", Resource: "*" }),
            ],
          },
        };
        if (granted(run(value))) expect(granted(run(more))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("under Bucket owner enforced, stored ACLs change nothing", () => {
    fc.assert(
      fc.property(input, (value) => {
        const enforced = withBucket(value, (bucket) => ({ ...bucket, objectOwnership: "BucketOwnerEnforced" }));
        const stripped = {
          ...withBucket(enforced, (bucket) => ({ ...bucket, acl: [] })),
          objects: { [KEY]: { owner: B, acl: [] } },
        };
        const [a, b] = [run(enforced), run(stripped)];
        expect([a.decision, a.error, a.decidedBy, a.resourceOwner]).toEqual([
          b.decision,
          b.error,
          b.decidedBy,
          b.resourceOwner,
        ]);
      }),
      { numRuns: 200 },
    );
  });

  it("Deny statements never make a policy public", () => {
    fc.assert(
      fc.property(fc.array(statement(true), { minLength: 1, maxLength: 5 }), (statements) => {
        const query = (doc: unknown) => {
          const outcome = s3Simulator.run({ query: "isPublicPolicy", policy: doc });
          if (!outcome.ok) throw new Error(outcome.inputError);
          return outcome.result;
        };
        const result = query(policy(...statements));
        const allows = statements.map((s, i) => (s.Effect === "Allow" ? i : -1)).filter((i) => i >= 0);
        expect((result.publicStatements as number[]).every((i) => allows.includes(i))).toBe(true);
        const denies = statements.map((s) => ({ ...s, Effect: "Deny" }));
        expect(query(policy(...denies)).public).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
