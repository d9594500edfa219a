import type { Localized } from "./types";
import { publicStatements } from "./public-policy";

/**
 * A general purpose bucket created since April 2023: ACLs disabled (Bucket owner enforced) and all four bucket-level
 * Block Public Access settings on; no bucket policy and no extra ACL grants. No account-level setting is implied
 * (S3-9, S3-24). Sources: https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html ,
 * https://aws.amazon.com/blogs/aws/heads-up-amazon-s3-security-changes-are-coming-in-april-of-2023/
 */
export function defaultsQuery() {
  return {
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
    explanation: {
      ko: "2023년 4월부터 새 범용 버킷은 ACL이 비활성화되고(버킷 소유자 적용) 버킷 수준의 퍼블릭 액세스 차단 설정 네 가지가 모두 켜진 채 만들어집니다. 계정 수준 설정은 따로 정해지지 않습니다.",
      en: "Since April 2023 a new general purpose bucket has ACLs disabled (Bucket owner enforced) and all four bucket-level Block Public Access settings on. No account-level setting is implied.",
    } satisfies Localized,
  };
}

/**
 * Whether a bucket policy is public, and which of its Allow statements make it so (S3-22, S3-23). `document` must be
 * a valid bucket policy.
 * Source: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
 */
export function isPublicPolicyQuery(document: Readonly<Record<string, unknown>>) {
  const indexes = publicStatements(document);
  const numbers = indexes.map((index) => index + 1).join(", ");
  const explanation: Localized =
    indexes.length === 0
      ? {
          ko: "퍼블릭이 아닙니다: 모든 Allow 문이 고정된 보안 주체를 지정하거나, 고정된 값으로 제한하는 조건을 가집니다.",
          en: "Not public: every Allow statement names fixed principals or has a condition that restricts it to fixed values.",
        }
      : {
          ko: `퍼블릭입니다: 문 ${numbers}의 Allow가 고정된 보안 주체도, 고정된 값으로 제한하는 조건도 없이 액세스를 허용합니다.`,
          en: `Public: the Allow in ${indexes.length > 1 ? "statements" : "statement"} ${numbers} grants access with neither fixed principals nor a condition that restricts it to fixed values.`,
        };
  return { public: indexes.length > 0, publicStatements: indexes, explanation };
}
