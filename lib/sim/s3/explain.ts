import { withJosa } from "@/lib/i18n/josa";
import type { Evaluation } from "./evaluate";
import { parseRef } from "./refs";
import type { IgnoreReason, Localized, S3Scenario } from "./types";

/** A ref in words, counted from 1 as the editors count: "statement 2 of the bucket policy", "버킷 ACL의 권한 부여 1". */
export function refWords(ref: string): Localized {
  const parsed = parseRef(ref);
  if (parsed === null) return { ko: ref, en: ref };
  const n = parsed.index + 1;
  switch (parsed.source) {
    case "identity":
      return {
        ko: `자격 증명 기반 정책 ${parsed.policy + 1}의 문 ${n}`,
        en: `statement ${n} of identity policy ${parsed.policy + 1}`,
      };
    case "boundary":
      return { ko: `권한 경계의 문 ${n}`, en: `statement ${n} of the permissions boundary` };
    case "bucketPolicy":
      return { ko: `버킷 정책의 문 ${n}`, en: `statement ${n} of the bucket policy` };
    case "bucketAcl":
      return { ko: `버킷 ACL의 권한 부여 ${n}`, en: `grant ${n} of the bucket ACL` };
    case "objectAcl":
      return { ko: `객체 ACL의 권한 부여 ${n}`, en: `grant ${n} of the object ACL` };
  }
}

function listWords(refs: readonly string[]): Localized {
  const words = refs.map(refWords);
  return { ko: words.map((w) => w.ko).join(", "), en: words.map((w) => w.en).join(", ") };
}

const REASONS: Readonly<Record<IgnoreReason, Localized>> = {
  AclsDisabled: {
    ko: "객체 소유권이 버킷 소유자 적용이라 ACL이 비활성화되어 권한에 영향을 주지 않습니다",
    en: "Object Ownership is Bucket owner enforced, so ACLs are disabled and grant nothing",
  },
  IgnorePublicAcls: {
    ko: "퍼블릭 액세스 차단의 IgnorePublicAcls가 켜져 있어 AllUsers·AuthenticatedUsers에 준 권한을 무시합니다",
    en: "Block Public Access IgnorePublicAcls is on, so grants to AllUsers or AuthenticatedUsers are ignored",
  },
  NotObjectOwner: {
    ko: "객체를 다른 계정이 소유하므로 버킷 소유자의 버킷 정책은 이 객체에 대한 액세스를 부여하지 못합니다",
    en: "another account owns the object, so the bucket owner's policy cannot grant access to it",
  },
  RestrictPublicBuckets: {
    ko: "버킷 정책이 퍼블릭이고 RestrictPublicBuckets가 켜져 있어 버킷 소유자 계정과 AWS 서비스만 정책으로 액세스할 수 있습니다",
    en: "the bucket policy is public and RestrictPublicBuckets is on, so only AWS services and the bucket owner's account get access through it",
  },
};

function ignoredNote(evaluation: Evaluation): Localized {
  if (evaluation.ignored.length === 0) return { ko: "", en: "" };
  const byReason = new Map<IgnoreReason, string[]>();
  for (const entry of evaluation.ignored)
    byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), entry.ref]);
  const parts = [...byReason].map(([reason, refs]) => {
    const words = listWords(refs);
    return {
      ko: `${withJosa(words.ko, "은/는")} 제외했습니다: ${REASONS[reason].ko}.`,
      en: `Set aside ${words.en}: ${REASONS[reason].en}.`,
    };
  });
  return { ko: ` ${parts.map((p) => p.ko).join(" ")}`, en: ` ${parts.map((p) => p.en).join(" ")}` };
}

function callerWords(scenario: S3Scenario): Localized {
  const { caller } = scenario;
  if (caller.type === "anonymous") return { ko: "익명(서명되지 않은) 요청", en: "the anonymous (unsigned) request" };
  if (caller.type === "service")
    return { ko: `서비스 보안 주체 ${caller.service}`, en: `the service principal ${caller.service}` };
  if (caller.kind === "root")
    return { ko: `계정 ${caller.account}의 루트 사용자`, en: `the root user of account ${caller.account}` };
  return { ko: `계정 ${caller.account}의 ${caller.arn}`, en: `${caller.arn} of account ${caller.account}` };
}

function denied(scenario: S3Scenario, evaluation: Evaluation): Localized {
  const { answer, resourceOwner } = evaluation;
  const note = ignoredNote(evaluation);
  const who = callerWords(scenario);
  if (answer.gap === "boundary") {
    return {
      ko: `암묵적 거부: 권한 경계가 요청을 허용하지 않습니다. 권한 경계는 최대 권한을 제한할 뿐 권한을 부여하지 않으며, 역할 ARN을 지정한 버킷 정책의 허용도 이 제한을 받습니다.${note.ko}`,
      en: `Implicit deny: the permissions boundary does not allow the request; it only limits permissions, and it limits a bucket-policy grant to a role ARN too.${note.en}`,
    };
  }
  if (answer.gap === "identity") {
    return evaluation.crossAccount
      ? {
          ko: `암묵적 거부: 다른 계정(${resourceOwner})의 리소스이므로 호출자 계정의 자격 증명 기반 정책도 요청을 허용해야 하는데, 그런 Allow가 없습니다.${note.ko}`,
          en: `Implicit deny: the resource belongs to account ${resourceOwner}, so the caller's own account must allow the request too, and no identity-based policy does.${note.en}`,
        }
      : {
          ko: `암묵적 거부: 요청을 허용하는 자격 증명 기반 정책이 없고, 호출자를 직접 지정하거나 모두("*")에게 주는 버킷 정책·ACL 허용도 없습니다. 계정만 지정한 허용은 계정의 IAM 정책에 위임할 뿐입니다.${note.ko}`,
          en: `Implicit deny: no identity-based policy allows the request, and no bucket-policy or ACL grant names the caller directly or everyone ("*"); a grant to the account only delegates to its IAM policies.${note.en}`,
        };
  }
  return {
    ko: `암묵적 거부: 리소스 소유자(${resourceOwner})의 버킷 정책이나 ACL 가운데 ${withJosa(who.ko, "을/를")} 허용하는 것이 없습니다.${note.ko}`,
    en: `Implicit deny: nothing in the bucket policy or ACL of the resource owner (${resourceOwner}) grants ${who.en} access.${note.en}`,
  };
}

function allowed(scenario: S3Scenario, evaluation: Evaluation): Localized {
  const { allowedBy, answer, resourceOwner } = evaluation;
  const note = ignoredNote(evaluation);
  if (evaluation.rootPolicyAccess) {
    return {
      ko: "허용: 버킷 소유자 계정의 루트 사용자는 버킷 정책이 거부하더라도 버킷 정책을 읽고, 바꾸고, 지울 수 있습니다(잠금 방지). 버킷 정책은 평가하지 않습니다.",
      en: "Allowed: the bucket owner's root user can always get, put and delete the bucket policy, even if the policy denies it (lock-out protection); the bucket policy is not evaluated.",
    };
  }
  if (answer.rootOfResourceAccount) {
    return {
      ko: `허용: 리소스 소유자 계정(${resourceOwner})의 루트 사용자에게는 정책이 필요 없고, 명시적 거부도 없습니다.${note.ko}`,
      en: `Allowed: the root user of the resource owner's account (${resourceOwner}) needs no policy, and no explicit Deny applies.${note.en}`,
    };
  }
  const words = listWords(allowedBy);
  if (scenario.caller.type !== "principal" || scenario.caller.kind === "root") {
    return {
      ko: `허용: ${withJosa(words.ko, "이/가")} ${withJosa(callerWords(scenario).ko, "을/를")} 지정해 리소스 소유자(${resourceOwner})가 허용합니다.${note.ko}`,
      en: `Allowed: ${words.en} of the resource owner (${resourceOwner}) grant ${callerWords(scenario).en} access.${note.en}`,
    };
  }
  if (evaluation.crossAccount) {
    return {
      ko: `허용: 다른 계정(${resourceOwner})의 리소스이므로 호출자 계정과 리소스 소유자가 모두 허용해야 하며, ${withJosa(words.ko, "이/가")} 그렇게 허용합니다.${note.ko}`,
      en: `Allowed across accounts: both the caller's account and the resource owner (${resourceOwner}) must allow, and ${words.en} do.${note.en}`,
    };
  }
  return {
    ko: `허용: 같은 계정 안에서는 자격 증명 기반 정책이나 호출자를 지정한 버킷 정책·ACL 중 하나만 허용해도 되며, ${withJosa(words.ko, "이/가")} 허용합니다.${note.ko}`,
    en: `Allowed: within one account an identity-based Allow or a grant naming the caller is enough, and ${words.en} allow the request.${note.en}`,
  };
}

const REJECTIONS: Readonly<Record<string, Localized>> = {
  BucketOwnerAccountOnly: {
    ko: "버킷 정책 API는 권한이 있어도 버킷 소유자 계정의 자격 증명만 호출할 수 있어 405 Method Not Allowed로 거절됩니다.",
    en: "only identities of the bucket owner's account may call the bucket-policy APIs, so S3 answers 405 Method Not Allowed even with permission.",
  },
  BlockPublicPolicy: {
    ko: "BlockPublicPolicy가 켜져 있어 퍼블릭 액세스를 허용하는 버킷 정책은 저장되지 않습니다(403).",
    en: "BlockPublicPolicy is on, so S3 refuses a bucket policy that allows public access (403).",
  },
  ObjectOwnership: {
    ko: "객체 소유권이 버킷 소유자 적용이라 ACL이 비활성화되어, bucket-owner-full-control이 아닌 ACL을 담은 요청은 400 AccessControlListNotSupported로 실패합니다.",
    en: "Object Ownership is Bucket owner enforced, so ACLs are disabled and a request carrying any ACL but bucket-owner-full-control fails with 400 AccessControlListNotSupported.",
  },
  BlockPublicAcls: {
    ko: "BlockPublicAcls가 켜져 있어 퍼블릭 ACL을 담은 요청은 거부됩니다(403).",
    en: "BlockPublicAcls is on, so a request carrying a public ACL is refused (403).",
  },
};

/** One or two sentences in Korean and English naming what decided the request: statements, grants or a setting. */
export function explain(scenario: S3Scenario, evaluation: Evaluation): Localized {
  if (evaluation.rejection !== null) {
    const rule = REJECTIONS[evaluation.rejection.rejectedBy] ?? { ko: "", en: "" };
    return {
      ko: `정책으로는 허용되지만 S3가 요청을 거절합니다: ${rule.ko}`,
      en: `The policies allow the request, but S3 refuses it: ${rule.en}`,
    };
  }
  if (evaluation.denies.length > 0) {
    const words = listWords(evaluation.denies);
    const ownerDeny =
      evaluation.resourceOwner !== scenario.bucket.owner &&
      evaluation.denies.some((ref) => ref.startsWith("bucketPolicy"))
        ? {
            ko: " 버킷 소유자는 누가 소유한 객체든 버킷 정책으로 액세스를 거부할 수 있습니다.",
            en: " The bucket owner can deny access to any object in its bucket, whoever owns it.",
          }
        : { ko: "", en: "" };
    return {
      ko: `명시적 거부: ${withJosa(words.ko, "이/가")} 요청과 일치합니다. 명시적 Deny는 어떤 Allow보다도 우선합니다.${ownerDeny.ko}`,
      en: `Explicit deny: ${words.en} match the request, and an explicit Deny overrides every Allow.${ownerDeny.en}`,
    };
  }
  return evaluation.allowedBy.length > 0 ? allowed(scenario, evaluation) : denied(scenario, evaluation);
}
