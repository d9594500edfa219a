import type { SimExample } from "./types";

const ALICE = "arn:aws:iam::111122223333:user/alice";

/** IAM policy evaluation in one account (AWS_FACTS §8). */
export const IAM_EXAMPLES: readonly SimExample[] = [
  {
    id: "mfa-condition",
    sim: "iam",
    title: { ko: "MFA가 있어야 인스턴스 중지 허용", en: "Stopping instances requires MFA" },
    description: {
      ko: "Allow 문에 Bool 조건이 있습니다. MFA 키를 '아니요'로 바꾸거나 없애 보세요. 키가 없으면 조건은 거짓입니다.",
      en: "The Allow statement has a Bool condition. Set the MFA key to false, or remove it: an absent key makes the condition false.",
    },
    input: {
      policies: [
        {
          kind: "identity",
          document: {
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "StopWithMfa",
                Effect: "Allow",
                Action: "ec2:StopInstances",
                Resource: "*",
                Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } },
              },
            ],
          },
        },
      ],
      request: {
        action: "ec2:StopInstances",
        resource: "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc",
        principal: ALICE,
        context: { "aws:MultiFactorAuthPresent": "true" },
      },
    },
  },
  {
    id: "explicit-deny-wins",
    sim: "iam",
    title: { ko: "명시적 Deny는 모든 Allow를 이김", en: "An explicit Deny beats every Allow" },
    description: {
      ko: "자격 증명 정책은 s3:*를 허용하지만 버킷 정책이 삭제를 거부합니다. 요청 작업을 s3:GetObject로 바꿔 보세요.",
      en: "The identity policy allows s3:*, but the bucket policy denies deletes. Change the request's action to s3:GetObject.",
    },
    input: {
      policies: [
        {
          kind: "identity",
          document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] },
        },
        {
          kind: "resource",
          document: {
            Version: "2012-10-17",
            Statement: [
              {
                Sid: "NoDeletes",
                Effect: "Deny",
                Principal: "*",
                Action: "s3:DeleteObject",
                Resource: "arn:aws:s3:::reports-bucket/*",
              },
            ],
          },
        },
      ],
      request: {
        action: "s3:DeleteObject",
        resource: "arn:aws:s3:::reports-bucket/2025/q1.csv",
        principal: ALICE,
        context: {},
      },
    },
  },
  {
    id: "permissions-boundary",
    sim: "iam",
    title: { ko: "권한 경계는 권한을 부여하지 않음", en: "A permissions boundary grants nothing" },
    description: {
      ko: "자격 증명 정책은 IAM 사용자 생성을 허용하지만 경계는 S3만 허용합니다. 경계에 iam:CreateUser를 추가해 보세요.",
      en: "The identity policy allows creating IAM users but the boundary allows only S3. Add iam:CreateUser to the boundary.",
    },
    input: {
      policies: [
        {
          kind: "identity",
          document: {
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: ["s3:*", "iam:CreateUser"], Resource: "*" }],
          },
        },
        {
          kind: "boundary",
          document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }] },
        },
      ],
      request: {
        action: "iam:CreateUser",
        resource: "arn:aws:iam::111122223333:user/bob",
        principal: ALICE,
        context: {},
      },
    },
  },
  {
    id: "scp-every-level",
    sim: "iam",
    title: { ko: "SCP는 모든 계층이 허용해야 함", en: "Every SCP level must allow" },
    description: {
      ko: "루트 SCP는 전부 허용하지만 OU SCP는 EC2와 S3만 허용합니다. OU SCP에 dynamodb:*를 추가해 보세요.",
      en: "The root SCP allows everything, but the OU's SCP allows only EC2 and S3. Add dynamodb:* to the OU's SCP.",
    },
    input: {
      policies: [
        {
          kind: "scp",
          document: {
            Version: "2012-10-17",
            Statement: [{ Sid: "FullAWSAccess", Effect: "Allow", Action: "*", Resource: "*" }],
          },
        },
        {
          kind: "scp",
          document: {
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Action: ["ec2:*", "s3:*"], Resource: "*" }],
          },
        },
        {
          kind: "identity",
          document: { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: "dynamodb:*", Resource: "*" }] },
        },
      ],
      request: {
        action: "dynamodb:GetItem",
        resource: "arn:aws:dynamodb:us-east-1:111122223333:table/orders",
        principal: ALICE,
        context: {},
      },
    },
  },
];
