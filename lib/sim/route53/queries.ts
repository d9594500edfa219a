import { MULTIVALUE_MAX_ANSWERS } from "./choose";
import { ELB_ALIAS_TTL_SEC } from "./schema";
import { BIAS_MAX, BIAS_MIN, WEIGHT_MAX, WEIGHT_MIN } from "./validate-batch";

/** At most 100 weighted records share a name and type (R-49, API_ResourceRecordSet.html, Weight). */
export const MAX_WEIGHTED_RECORDS_PER_GROUP = 100;

/**
 * Documented limits answered for `{"query": "limits"}` (SIM_CONTRACT.md, route53): weights 0–255, 8 multivalue
 * answers, bias −99..99, 100 weighted records per group, health-check intervals of 10 or 30 s and
 * the "more than 18% of checkers" rule, and the 60-second ELB alias TTL.
 * Sources: https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html ,
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html
 */
export const ROUTE53_QUERIES = {
  limits: () => ({
    weightMin: WEIGHT_MIN,
    weightMax: WEIGHT_MAX,
    multivalueMaxAnswers: MULTIVALUE_MAX_ANSWERS,
    geoproximityBiasMin: BIAS_MIN,
    geoproximityBiasMax: BIAS_MAX,
    maxWeightedRecordsPerGroup: MAX_WEIGHTED_RECORDS_PER_GROUP,
    healthCheckIntervalsSec: [10, 30],
    healthyCheckerPercentAbove: 18,
    elbAliasTtlSec: ELB_ALIAS_TTL_SEC,
    explanation: {
      en: "Weights run 0–255, a multivalue answer holds up to 8 records, a geoproximity bias runs from -99 to 99, and up to 100 weighted records share a name and type. Health checkers probe every 10 or 30 seconds; an endpoint is healthy when more than 18% of them say so. An ELB alias answers with the load balancer's 60-second TTL.",
      ko: "가중치는 0–255, 다중 응답은 레코드 최대 8개, 지리 근접성 편향은 -99부터 99까지이며, 이름과 유형이 같은 가중치 레코드는 100개까지입니다. 상태 확인은 10초나 30초마다 하고, 상태 확인기의 18%를 넘게 정상이라고 보고하면 엔드포인트가 정상입니다. ELB 별칭은 로드 밸런서의 TTL 60초로 응답합니다.",
    },
  }),
};

/** Names accepted by `{"query": name}` for `route53`. */
export type Route53QueryName = keyof typeof ROUTE53_QUERIES;
