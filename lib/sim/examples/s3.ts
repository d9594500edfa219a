import type { JsonObject, SimExample } from "./types";

const OWNER = "111122223333";
const PARTNER = "444455556666";
const BUCKET = "amzn-s3-demo-bucket";
const OBJECTS = `arn:aws:s3:::${BUCKET}/*`;

const policy = (...Statement: JsonObject[]): JsonObject => ({ Version: "2012-10-17", Statement });
const readAll = policy({ Effect: "Allow", Action: "s3:*", Resource: "*" });

/** S3 bucket and object access (AWS_FACTS "S3 access"). */
export const S3_EXAMPLES: readonly SimExample[] = [
  {
    id: "cross-account-both-sides",
    sim: "s3",
    title: {
      ko: "다른 계정에서 읽기: 양쪽 계정이 모두 허용해야 함",
      en: "Reading from another account: both sides must allow",
    },
    description: {
      ko: "버킷 정책이 계정 444455556666에 GetObject를 허용하지만 dave에게는 자격 증명 기반 정책이 없어 거부됩니다. dave에게 s3:GetObject를 허용하는 정책을 추가해 보세요.",
      en: "The bucket policy grants account 444455556666 GetObject, but dave has no identity-based policy, so the request is denied. Give dave a policy that allows s3:GetObject.",
    },
    input: {
      bucket: {
        name: BUCKET,
        owner: OWNER,
        objectOwnership: "BucketOwnerEnforced",
        policy: policy({ Effect: "Allow", Principal: { AWS: PARTNER }, Action: "s3:GetObject", Resource: OBJECTS }),
      },
      objects: { "reports/q1.csv": { owner: OWNER } },
      caller: {
        type: "principal",
        principal: `arn:aws:iam::${PARTNER}:user/dave`,
        account: PARTNER,
        identityPolicies: [],
      },
      request: { action: "s3:GetObject", key: "reports/q1.csv", context: { "aws:SecureTransport": "true" } },
    },
  },
  {
    id: "object-written-by-another-account",
    sim: "s3",
    title: {
      ko: "다른 계정이 올린 객체와 버킷 정책",
      en: "An object uploaded by another account and the bucket policy",
    },
    description: {
      ko: "객체 작성자 설정에서는 파트너 계정이 올린 객체를 파트너가 소유하므로, 버킷 소유자의 관리자도 버킷 정책만으로는 읽지 못합니다. 객체 소유권을 BucketOwnerEnforced로 바꾸거나, 객체 ACL에 계정 111122223333의 READ를 추가해 보세요.",
      en: "Under Object writer the partner account owns what it uploads, so even the bucket owner's admin cannot read it through the bucket policy. Switch Object Ownership to BucketOwnerEnforced, or add READ for account 111122223333 to the object ACL.",
    },
    input: {
      bucket: { name: BUCKET, owner: OWNER, objectOwnership: "ObjectWriter" },
      objects: { "uploads/invoice.pdf": { owner: PARTNER, acl: [] } },
      caller: {
        type: "principal",
        principal: `arn:aws:iam::${OWNER}:user/admin`,
        account: OWNER,
        identityPolicies: [readAll],
      },
      request: { action: "s3:GetObject", key: "uploads/invoice.pdf" },
    },
  },
  {
    id: "restrict-public-buckets",
    sim: "s3",
    title: { ko: "퍼블릭 정책과 RestrictPublicBuckets", en: "A public policy and RestrictPublicBuckets" },
    description: {
      ko: "문 3이 모두에게 허용해 정책이 퍼블릭이고 RestrictPublicBuckets가 켜져 있어, 파트너 계정의 허용(문 2)도 막힙니다. 문 3을 지우면 정책이 퍼블릭이 아니게 되어 파트너가 다시 쓸 수 있습니다.",
      en: "Statement 3 allows everyone, so the policy is public and RestrictPublicBuckets blocks even the partner's grant (statement 2). Delete statement 3: the policy is no longer public and the partner can write again.",
    },
    input: {
      bucket: {
        name: BUCKET,
        owner: OWNER,
        objectOwnership: "BucketOwnerEnforced",
        blockPublicAccess: { bucket: { RestrictPublicBuckets: true } },
        policy: policy(
          {
            Effect: "Allow",
            Principal: { Service: "cloudtrail.amazonaws.com" },
            Action: "s3:PutObject",
            Resource: OBJECTS,
          },
          { Effect: "Allow", Principal: { AWS: PARTNER }, Action: "s3:PutObject", Resource: OBJECTS },
          { Effect: "Allow", Principal: "*", Action: "s3:PutObject", Resource: OBJECTS },
        ),
      },
      caller: {
        type: "principal",
        principal: `arn:aws:sts::${PARTNER}:assumed-role/uploader/batch`,
        account: PARTNER,
        identityPolicies: [policy({ Effect: "Allow", Action: "s3:PutObject", Resource: OBJECTS })],
      },
      request: { action: "s3:PutObject", key: "incoming/batch-7.json" },
    },
  },
  {
    id: "public-acl-on-upload",
    sim: "s3",
    title: { ko: "업로드에 붙인 public-read ACL", en: "An upload that carries public-read" },
    description: {
      ko: "기본 설정 버킷(ACL 비활성화, 퍼블릭 액세스 차단 모두 켜짐)이라 ACL을 담은 업로드는 AccessControlListNotSupported로 실패합니다. 객체 소유권을 ObjectWriter로 바꾸면 이번에는 BlockPublicAcls가 막고, 그 설정까지 끄면 업로드됩니다.",
      en: "With the default bucket settings (ACLs disabled, all Block Public Access on) an upload carrying an ACL fails with AccessControlListNotSupported. Switch Object Ownership to ObjectWriter and BlockPublicAcls refuses it instead; turn that off too and the upload goes through.",
    },
    input: {
      bucket: {
        name: BUCKET,
        owner: OWNER,
        objectOwnership: "BucketOwnerEnforced",
        blockPublicAccess: {
          bucket: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: true,
            RestrictPublicBuckets: true,
          },
        },
      },
      caller: {
        type: "principal",
        principal: `arn:aws:iam::${OWNER}:user/web-deployer`,
        account: OWNER,
        identityPolicies: [policy({ Effect: "Allow", Action: "s3:PutObject", Resource: OBJECTS })],
      },
      request: { action: "s3:PutObject", key: "site/index.html", acl: "public-read" },
    },
  },
];
