import { describe, expect, it } from "vitest";
import { S3_EXAMPLES } from "@/lib/sim/examples/s3";
import { runS3, type Json } from "./s3-fixtures";

function example(id: string): Json {
  const found = S3_EXAMPLES.find((e) => e.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return structuredClone(found.input) as Json;
}

describe("s3 lab examples show what their descriptions promise", () => {
  it("cross-account-both-sides: denied until dave's own account allows GetObject", () => {
    const input = example("cross-account-both-sides");
    expect(runS3(input)).toMatchObject({ decision: "ImplicitDeny", crossAccount: true });
    const caller = input.caller as Json;
    caller.identityPolicies = [
      { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }] },
    ];
    expect(runS3(input)).toMatchObject({ decision: "Allow" });
  });

  it("object-written-by-another-account: enforced ownership or an object ACL grant to the bucket owner lets the admin read", () => {
    const input = example("object-written-by-another-account");
    expect(runS3(input)).toMatchObject({ decision: "ImplicitDeny", resourceOwner: "444455556666" });
    const enforced = structuredClone(input);
    (enforced.bucket as Json).objectOwnership = "BucketOwnerEnforced";
    expect(runS3(enforced)).toMatchObject({ decision: "Allow", resourceOwner: "111122223333" });
    const objects = input.objects as Record<string, Json>;
    objects["uploads/invoice.pdf"]!.acl = [{ grantee: { account: "111122223333" }, permission: "READ" }];
    expect(runS3(input)).toMatchObject({ decision: "Allow", decidedBy: ["identity[0].Statement[0]", "objectAcl[0]"] });
  });

  it("restrict-public-buckets: deleting the public statement gives the partner its access back", () => {
    const input = example("restrict-public-buckets");
    expect(runS3(input)).toMatchObject({ decision: "ImplicitDeny", policyIsPublic: true });
    const policy = (input.bucket as Json).policy as { Statement: unknown[] };
    policy.Statement.pop();
    expect(runS3(input)).toMatchObject({ decision: "Allow", policyIsPublic: false });
  });

  it("public-acl-on-upload: Object Ownership refuses first, then BlockPublicAcls, then the upload goes through", () => {
    const input = example("public-acl-on-upload");
    expect(runS3(input)).toMatchObject({ error: "AccessControlListNotSupported" });
    const bucket = input.bucket as Json;
    bucket.objectOwnership = "ObjectWriter";
    expect(runS3(input)).toMatchObject({ error: "AccessDenied", rejectedBy: "BlockPublicAcls" });
    ((bucket.blockPublicAccess as Json).bucket as Json).BlockPublicAcls = false;
    expect(runS3(input)).toMatchObject({ decision: "Allow", objectOwner: "111122223333" });
  });
});
