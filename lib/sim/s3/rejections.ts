import { isBucketPolicyAction, takesAcl } from "./actions";
import { isPublicAcl, isPublicPolicy } from "./public-policy";
import type { BpaFlags, S3ErrorCode, S3RejectedBy, S3Scenario } from "./types";

/** An authorized request that S3 still refuses, with the HTTP status AWS documents. */
export interface Rejection {
  error: S3ErrorCode;
  rejectedBy: S3RejectedBy;
  httpStatus: 400 | 403 | 405;
}

/**
 * Under Bucket owner enforced, a PUT may carry an ACL only if it is `bucket-owner-full-control` (canned, or grants
 * that all give FULL_CONTROL to the bucket owner) (S3-10).
 * Source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html
 */
function ownerFullControlOnly(request: S3Scenario["request"], owner: string): boolean {
  if (request.acl !== null) return request.acl === "bucket-owner-full-control";
  return (request.grants ?? []).every(
    (grant) => "account" in grant.grantee && grant.grantee.account === owner && grant.permission === "FULL_CONTROL",
  );
}

/**
 * SIM_CONTRACT.md `s3`, Evaluation step 4, for a request step 3 allowed; the first rule that applies wins:
 * 1. the bucket-policy APIs from outside the bucket owner's account: 405 MethodNotAllowed (S3-25);
 * 2. PutBucketPolicy of a public policy with BlockPublicPolicy on: 403 AccessDenied (S3-18);
 * 3. an ACL other than bucket-owner-full-control on a Bucket owner enforced bucket: 400 AccessControlListNotSupported
 *    (S3-10);
 * 4. a public ACL in a PUT with BlockPublicAcls on: 403 AccessDenied (S3-16).
 * Sources: https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketPolicy.html ,
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html ,
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-error-responses.html
 */
export function rejection(scenario: S3Scenario, flags: BpaFlags, ownAccount: boolean): Rejection | null {
  const { bucket, request } = scenario;
  const { action } = request;
  if (isBucketPolicyAction(action) && !ownAccount) {
    return { error: "MethodNotAllowed", rejectedBy: "BucketOwnerAccountOnly", httpStatus: 405 };
  }
  if (action === "s3:PutBucketPolicy" && flags.BlockPublicPolicy && request.policy !== null) {
    if (isPublicPolicy(request.policy.raw)) {
      return { error: "AccessDenied", rejectedBy: "BlockPublicPolicy", httpStatus: 403 };
    }
  }
  const carriesAcl = takesAcl(action) && (request.acl !== null || request.grants !== null);
  if (!carriesAcl) return null;
  if (bucket.objectOwnership === "BucketOwnerEnforced" && !ownerFullControlOnly(request, bucket.owner)) {
    return { error: "AccessControlListNotSupported", rejectedBy: "ObjectOwnership", httpStatus: 400 };
  }
  if (flags.BlockPublicAcls && isPublicAcl({ canned: request.acl, grants: request.grants })) {
    return { error: "AccessDenied", rejectedBy: "BlockPublicAcls", httpStatus: 403 };
  }
  return null;
}
