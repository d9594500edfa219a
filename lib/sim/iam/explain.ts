import { withJosa } from "@/lib/i18n/josa";
import type { Localized } from "@/lib/i18n/localized";
import type { Evaluation } from "./evaluate";
import type { IamStatementRef, PolicyKind } from "./types";

const KIND_KO: Readonly<Record<PolicyKind, string>> = {
  identity: "자격 증명 기반 정책",
  resource: "리소스 기반 정책",
  boundary: "권한 경계",
  scp: "SCP",
  session: "세션 정책",
};

const KIND_EN: Readonly<Record<PolicyKind, string>> = {
  identity: "identity-based policy",
  resource: "resource-based policy",
  boundary: "permissions boundary",
  scp: "SCP",
  session: "session policy",
};

function sid(ref: IamStatementRef): string {
  return ref.sid === undefined ? "" : ` (Sid "${ref.sid}")`;
}

function refsEn(refs: readonly IamStatementRef[]): string {
  return refs
    .map((ref) => `statement ${ref.statementIndex + 1}${sid(ref)} of ${KIND_EN[ref.kind]} ${ref.policyIndex + 1}`)
    .join(", ");
}

/** "자격 증명 기반 정책 1의 문 1": policies and statements counted from 1, as the editors count them. */
function refsKo(refs: readonly IamStatementRef[]): string {
  return refs
    .map((ref) => `${KIND_KO[ref.kind]} ${ref.policyIndex + 1}의 문 ${ref.statementIndex + 1}${sid(ref)}`)
    .join(", ");
}

/** One or two sentences, in Korean and English, naming the rule, layer and statements that decided the request. */
export function explain(evaluation: Evaluation): Localized {
  const { decidedBy } = evaluation;
  const refs = decidedBy.statements;
  const roleGrant = evaluation.trace.some(
    (step) =>
      step.layer === "resource" &&
      step.statements.some((ref) => ref.principalMatch === "role" || ref.principalMatch === "federating-user"),
  );
  switch (decidedBy.layer) {
    case "explicit-deny":
      return {
        ko: `명시적 거부: ${withJosa(refsKo(refs), "이/가")} 요청과 일치합니다. 명시적 Deny는 어떤 Allow보다도 우선합니다.`,
        en: `Explicit deny: ${refsEn(refs)} matches the request, and an explicit Deny overrides every Allow.`,
      };
    case "scp":
      return {
        ko: `암묵적 거부: SCP(정책 #${decidedBy.policyIndex})에 요청과 일치하는 Allow 문이 없습니다. 루트부터 계정까지 OU 계층마다 SCP가 허용해야 합니다.`,
        en: `Implicit deny: the SCP at policy #${decidedBy.policyIndex} has no Allow statement matching the request; every OU level from the root to the account must allow it.`,
      };
    case "resource":
      if (evaluation.crossAccount) {
        return {
          ko: `암묵적 거부: 다른 계정(${evaluation.resourceOwner ?? "?"})의 리소스에 접근하려면 리소스 기반 정책이 호출자나 호출자의 계정을 허용해야 하는데, 그런 Allow가 없습니다.`,
          en: `Implicit deny: across accounts the resource-based policy of account ${evaluation.resourceOwner ?? "?"} must allow the caller or the caller's account, and it has no such Allow.`,
        };
      }
      return {
        ko: "암묵적 거부: 역할 신뢰 정책과 KMS 키 정책은 호출자를 직접 허용하거나 계정에 위임(이 경우 IAM 정책도 허용해야 함)해야 하는데, 리소스 기반 정책에 그런 Allow가 없습니다.",
        en: "Implicit deny: a role trust policy or KMS key policy must itself allow the caller, or name the account so that an IAM policy allowing it counts; the resource-based policy has no such Allow.",
      };
    case "identity":
      return {
        ko: "암묵적 거부: 다른 계정의 리소스에 접근할 때는 리소스 기반 정책이 허용하더라도 호출자 계정의 자격 증명 기반 정책도 요청을 허용해야 하는데, 그런 Allow가 없습니다.",
        en: "Implicit deny: across accounts the caller's identity-based policies must allow the request as well as the resource-based policy, and no identity-based policy allows it.",
      };
    case "identity-or-resource":
      if (refs.length > 0) {
        return {
          ko: `암묵적 거부: ${withJosa(refsKo(refs), "은/는")} 계정만 Principal로 지정하므로 권한을 계정의 IAM 정책에 위임할 뿐 직접 부여하지 않으며, 요청을 허용하는 자격 증명 기반 정책이 없습니다.`,
          en: `Implicit deny: ${refsEn(refs)} names only the account as Principal, which delegates to the account's IAM policies instead of granting access, and no identity-based policy allows the request.`,
        };
      }
      return {
        ko: "암묵적 거부: 요청을 허용하는 자격 증명 기반 정책도 리소스 기반 정책도 없습니다(기본값은 거부).",
        en: "Implicit deny: neither an identity-based policy nor a resource-based policy allows the request (the default is deny).",
      };
    case "boundary":
    case "session": {
      const [subject, topic] =
        decidedBy.layer === "boundary" ? ["권한 경계가", "권한 경계는"] : ["세션 정책이", "세션 정책은"];
      const en = KIND_EN[decidedBy.layer];
      return {
        ko: `암묵적 거부: ${subject} 요청을 허용하지 않습니다. ${topic} 최대 권한을 제한할 뿐 스스로 권한을 부여하지 않습니다${roleGrant ? ". 역할 ARN(또는 페더레이션한 IAM 사용자의 ARN)을 지정한 리소스 기반 정책의 허용도 이 제한을 받습니다" : ""}.`,
        en: `Implicit deny: the ${en} does not allow the request; it only limits the maximum permissions and never grants any${roleGrant ? ", and a resource-based policy that names a role ARN (or the IAM user who federated) is limited by it too" : ""}.`,
      };
    }
    case "allow":
      switch (decidedBy.via) {
        case "root-user":
          return {
            ko: "허용: 루트 사용자는 자격 증명 기반 정책의 제한을 받지 않으며, 명시적 Deny도 SCP의 거부도 없습니다.",
            en: "Allowed: the root user is not limited by identity-based policies, and no explicit Deny or SCP blocks the request.",
          };
        case "resource-names-principal":
          return {
            ko: `허용: ${withJosa(refsKo(refs), "이/가")} 호출자의 ARN을 직접 지정하므로 같은 계정에서는 권한 경계나 세션 정책의 제한을 받지 않습니다.`,
            en: `Allowed: ${refsEn(refs)} names the caller's ARN directly, so within the same account a permissions boundary or session policy does not limit it.`,
          };
        case "resource-names-everyone":
          return {
            ko: `허용: ${withJosa(refsKo(refs), "이/가")} Principal "*"로 모두에게 허용하며, 같은 계정에서는 권한 경계나 세션 정책이 이 허용을 제한하지 않습니다.`,
            en: `Allowed: ${refsEn(refs)} allows everyone (Principal "*"), and within the same account a permissions boundary or session policy does not limit that grant.`,
          };
        default:
          if (evaluation.crossAccount) {
            return {
              ko: `허용: 다른 계정의 리소스이므로 호출자 계정의 정책과 리소스 기반 정책이 모두 허용해야 하며, ${withJosa(refsKo(refs), "이/가")} 그렇게 허용합니다.`,
              en: `Allowed across accounts: both the caller's account and the resource-based policy must allow, and ${refsEn(refs)} do.`,
            };
          }
          return {
            ko: `허용: ${withJosa(refsKo(refs), "이/가")} 요청을 허용하며, 명시적 Deny가 없고 적용되는 모든 계층(SCP, 권한 경계, 세션 정책)이 허용합니다.`,
            en: `Allowed by ${refsEn(refs)}; no explicit Deny applies and every applicable layer (SCP, permissions boundary, session policy) allows the request.`,
          };
      }
  }
}
