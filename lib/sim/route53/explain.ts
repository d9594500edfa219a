import type { BatchError, BatchErrorReason, Localized, Rcode, Route53Scenario, Routing } from "./types";

/** Why each reason rejects the batch, with the rule it enforces (the facts are R-n in AWS_FACTS.md). */
const REASONS: Record<BatchErrorReason, Localized> = {
  ALIAS_WITH_TTL: {
    en: "an alias record takes neither a TTL nor values: Route 53 uses the target's",
    ko: "별칭 레코드에는 TTL도 값도 넣지 않습니다. Route 53이 대상의 값과 TTL을 씁니다",
  },
  MISSING_TTL_OR_VALUES: {
    en: "a non-alias record needs both a TTL and at least one value",
    ko: "별칭이 아닌 레코드에는 TTL과 값이 하나 이상 있어야 합니다",
  },
  WEIGHT_OUT_OF_RANGE: { en: "a weight is an integer from 0 to 255", ko: "가중치는 0부터 255까지의 정수입니다" },
  BIAS_OUT_OF_RANGE: {
    en: "a geoproximity bias runs from -99 to 99",
    ko: "지리 근접성 편향 값은 -99부터 99까지입니다",
  },
  MISSING_SET_IDENTIFIER: {
    en: "every routing policy except simple needs a set identifier",
    ko: "단순 라우팅이 아닌 정책에는 세트 식별자가 필요합니다",
  },
  UNEXPECTED_SET_IDENTIFIER: {
    en: "a simple record has no set identifier",
    ko: "단순 라우팅 레코드에는 세트 식별자를 넣지 않습니다",
  },
  MULTIVALUE_ALIAS: {
    en: "multivalue answer records cannot be alias records",
    ko: "다중 응답 레코드는 별칭 레코드일 수 없습니다",
  },
  HEALTH_CHECK_NOT_FOUND: {
    en: "no health check exists with the specified ID",
    ko: "지정한 ID의 상태 확인이 없습니다",
  },
  NAME_NOT_IN_ZONE: {
    en: "the record's name is not the zone's apex or a name below it",
    ko: "레코드 이름이 영역의 apex도, 그 아래 이름도 아닙니다",
  },
  CNAME_AT_APEX: {
    en: "a CNAME is not permitted at the zone apex, alias or not (use an alias A or AAAA record there)",
    ko: "영역 apex에는 CNAME을 만들 수 없습니다. 별칭이어도 마찬가지입니다 (apex에는 별칭 A나 AAAA 레코드를 씁니다)",
  },
  CNAME_MULTIPLE_VALUES: { en: "a CNAME holds exactly one value", ko: "CNAME에는 값이 하나만 있습니다" },
  MULTIVALUE_CNAME: {
    en: "a multivalue answer record can be any type except CNAME",
    ko: "다중 응답 레코드는 CNAME이 아닌 유형이어야 합니다",
  },
  TARGET_HEALTH_NOT_SUPPORTED: {
    en: "evaluate target health cannot be Yes for a CloudFront distribution",
    ko: "CloudFront 배포를 대상으로 하는 별칭에는 대상 상태 평가를 켤 수 없습니다",
  },
  RECORD_EXISTS: {
    en: "a record with the same name, type and set identifier already exists",
    ko: "이름, 유형, 세트 식별자가 같은 레코드가 이미 있습니다",
  },
  MIXED_ROUTING_POLICY: {
    en: "records with one name and type must all use the same routing policy",
    ko: "이름과 유형이 같은 레코드는 모두 같은 라우팅 정책을 써야 합니다",
  },
  DUPLICATE_LOCATION: {
    en: "two records of the group have the same location, Region or failover role",
    ko: "그룹 안의 두 레코드가 같은 위치, 리전 또는 장애 조치 역할을 가집니다",
  },
  CNAME_CONFLICT: {
    en: "a name that has a CNAME can have no other records",
    ko: "CNAME이 있는 이름에는 다른 레코드를 둘 수 없습니다",
  },
  ALIAS_TARGET_NOT_FOUND: {
    en: "the alias targets a name that has no record of the alias's type in the batch",
    ko: "별칭이 가리키는 이름에 별칭과 같은 유형의 레코드가 없습니다",
  },
};

/** The batch error in words: which record failed, why, and that nothing was created. */
export function explainBatchError(failure: BatchError, scenario: Route53Scenario): Localized {
  const record = scenario.records[failure.atRecord];
  const name = record ? `${record.written} ${record.type}` : "";
  const reason = REASONS[failure.reason];
  const other = failure.conflictsWith === undefined ? "" : ` (record ${failure.conflictsWith + 1})`;
  const otherKo = failure.conflictsWith === undefined ? "" : ` (레코드 ${failure.conflictsWith + 1})`;
  return {
    en: `${failure.error}: record ${failure.atRecord + 1} (${name}) is rejected: ${reason.en}${other}. The change batch is all or nothing, so no record is created and the question is not answered.`,
    ko: `${failure.error}: 레코드 ${failure.atRecord + 1}(${name}) 거부: ${reason.ko}${otherKo}. 변경 배치는 전부 적용되거나 전혀 적용되지 않으므로 어떤 레코드도 만들어지지 않고 질의에도 답하지 않습니다.`,
  };
}

const ROUTING_NAMES: Record<Routing, Localized> = {
  simple: { en: "simple", ko: "단순" },
  weighted: { en: "weighted", ko: "가중치 기반" },
  latency: { en: "latency", ko: "지연 시간 기반" },
  failover: { en: "failover", ko: "장애 조치" },
  geolocation: { en: "geolocation", ko: "지리 위치" },
  geoproximity: { en: "geoproximity", ko: "지리 근접성" },
  multivalue: { en: "multivalue answer", ko: "다중 응답" },
  "ip-based": { en: "IP-based", ko: "IP 기반" },
};

export interface AnswerSummary {
  rcode: Rcode;
  question: string;
  group: { key: string; routing: Routing; cname: boolean } | null;
  answers: string[];
  decidedBy: string[];
  healthFallback: boolean;
  weightedOdds: boolean;
  /** Why each group on the path chose as it did, in resolution order. */
  reasons: Localized[];
}

/** The answer in one or two sentences: the rcode and why, or the group, the deciding record and the values. */
export function explainAnswer(summary: AnswerSummary): Localized {
  const { rcode, question, group } = summary;
  if (rcode === "REFUSED")
    return {
      en: `REFUSED: ${question} is not in this hosted zone, so its name servers are not authoritative for it.`,
      ko: `REFUSED: ${question} 이름은 이 호스팅 영역에 속하지 않아 이 영역의 이름 서버가 권한을 갖지 않습니다.`,
    };
  if (group === null)
    return rcode === "NXDOMAIN"
      ? {
          en: `NXDOMAIN: no record has the name ${question} or a name below it.`,
          ko: `NXDOMAIN: ${question} 이름이나 그 아래 이름을 가진 레코드가 없습니다.`,
        }
      : {
          en: `NOERROR with no answer (NODATA): the name ${question} exists, but has no record of the asked type.`,
          ko: `응답 없는 NOERROR(NODATA): ${question} 이름은 있지만 질의한 유형의 레코드가 없습니다.`,
        };
  const routing = ROUTING_NAMES[group.routing];
  const cname = group.cname
    ? {
        en: " The name holds a CNAME, which answers whatever type was asked; the resolver then asks again for the target.",
        ko: " 이 이름에는 CNAME이 있어 어떤 유형을 질의해도 CNAME이 응답하며, 리졸버가 대상 이름으로 다시 질의합니다.",
      }
    : { en: "", ko: "" };
  if (summary.answers.length === 0)
    return {
      en: `NOERROR with no answer: the ${routing.en} group ${group.key} has no record for this client.${cname.en}`,
      ko: `응답 없는 NOERROR: ${routing.ko} 라우팅 그룹(${group.key})에 이 클라이언트에 해당하는 레코드가 없습니다.${cname.ko}`,
    };
  const path = summary.decidedBy.join(" → ");
  const fallback = summary.healthFallback
    ? {
        en: " No record on the way was healthy, so Route 53 answered as if all were.",
        ko: " 경로 중에 정상인 레코드가 없어 Route 53이 모두 정상인 것처럼 응답했습니다.",
      }
    : { en: "", ko: "" };
  const odds = summary.weightedOdds
    ? {
        en: " Another random draw can give another answer: see distribution.",
        ko: " random 값이 다르면 다른 응답이 나올 수 있습니다. distribution을 보세요.",
      }
    : { en: "", ko: "" };
  const why = summary.reasons.map((reason) => ({ en: ` ${reason.en}`, ko: ` ${reason.ko}` }));
  return {
    en: `NOERROR: ${summary.answers.join(", ")} from the ${routing.en} group ${group.key}, decided by ${path}.${why.map((w) => w.en).join("")}${fallback.en}${cname.en}${odds.en}`,
    ko: `NOERROR: ${routing.ko} 라우팅 그룹(${group.key})의 응답은 ${summary.answers.join(", ")}, 결정한 레코드는 ${path}입니다.${why.map((w) => w.ko).join("")}${fallback.ko}${cname.ko}${odds.ko}`,
  };
}
