import type { SimExample } from "./types";

/** Route 53 routing policies, health checks and change batches (AWS_FACTS, Route 53 routing, R-1–R-50). */
export const ROUTE53_EXAMPLES: readonly SimExample[] = [
  {
    id: "weighted-zero-weight-standby",
    sim: "route53",
    title: { ko: "가중치 0 레코드는 언제 응답하나", en: "When does a weight-0 record answer?" },
    description: {
      ko: "가중치 1인 두 레코드가 비정상이라 가중치 0인 standby만 응답합니다. hc-a를 healthy로 바꾸면 standby가 빠지고, 세 상태 확인을 모두 unhealthy로 바꾸면 다시 a와 b가 응답합니다.",
      en: "Both weight-1 records are unhealthy, so only the weight-0 standby answers. Set hc-a to healthy and the standby drops out; set all three checks to unhealthy and a and b answer again.",
    },
    input: {
      zone: "example.com",
      healthChecks: { "hc-a": "unhealthy", "hc-b": "unhealthy", "hc-standby": "healthy" },
      records: [
        {
          name: "api.example.com",
          type: "A",
          ttl: 60,
          values: ["192.0.2.10"],
          routing: "weighted",
          setIdentifier: "a",
          weight: 1,
          healthCheckId: "hc-a",
        },
        {
          name: "api.example.com",
          type: "A",
          ttl: 60,
          values: ["192.0.2.20"],
          routing: "weighted",
          setIdentifier: "b",
          weight: 1,
          healthCheckId: "hc-b",
        },
        {
          name: "api.example.com",
          type: "A",
          ttl: 60,
          values: ["198.51.100.99"],
          routing: "weighted",
          setIdentifier: "standby",
          weight: 0,
          healthCheckId: "hc-standby",
        },
      ],
      question: { name: "api.example.com", type: "A", random: 0.3 },
    },
  },
  {
    id: "failover-load-balancer-health",
    sim: "route53",
    title: { ko: "대상 상태 평가로 장애 조치", en: "Failover on the load balancer's target health" },
    description: {
      ko: "PRIMARY는 ALB 별칭이고 대상 상태 평가가 켜져 있습니다. 대상 그룹에 정상 대상이 없어 SECONDARY(CloudFront)가 응답합니다. healthy를 1로 바꾸거나 evaluateTargetHealth를 false로 바꿔 보세요.",
      en: "The PRIMARY is an alias to an ALB with evaluate target health on. Its target group has no healthy target, so the SECONDARY (CloudFront) answers. Set healthy to 1, or evaluateTargetHealth to false.",
    },
    input: {
      zone: "example.com",
      records: [
        {
          name: "www.example.com",
          type: "A",
          routing: "failover",
          setIdentifier: "primary",
          failover: "PRIMARY",
          aliasTarget: {
            aws: "elb",
            values: ["203.0.113.10", "203.0.113.11"],
            targetGroups: [{ registered: 2, healthy: 0 }],
            evaluateTargetHealth: true,
          },
        },
        {
          name: "www.example.com",
          type: "A",
          routing: "failover",
          setIdentifier: "secondary",
          failover: "SECONDARY",
          aliasTarget: { aws: "cloudfront", values: ["198.51.100.50"], ttl: 60, evaluateTargetHealth: false },
        },
      ],
      question: { name: "www.example.com", type: "A" },
    },
  },
  {
    id: "geolocation-smallest-location",
    sim: "route53",
    title: { ko: "지리 위치: 가장 작은 위치가 우선", en: "Geolocation: the smallest location wins" },
    description: {
      ko: "독일 사용자에게는 대륙(EU) 레코드보다 국가(DE) 레코드가 우선합니다. country를 FR로 바꾸면 EU 레코드가, geo를 null로 바꾸면 기본(*) 레코드가 응답합니다. 기본 레코드를 지우면 어떻게 되는지도 보세요.",
      en: "For a user in Germany the country (DE) record wins over the continent (EU) record. Change country to FR and the EU record answers; set geo to null and the default (*) record does. Then delete the default record.",
    },
    input: {
      zone: "example.com",
      records: [
        {
          name: "video.example.com",
          type: "A",
          ttl: 300,
          values: ["192.0.2.1"],
          routing: "geolocation",
          setIdentifier: "europe",
          geo: { continent: "EU" },
        },
        {
          name: "video.example.com",
          type: "A",
          ttl: 300,
          values: ["192.0.2.2"],
          routing: "geolocation",
          setIdentifier: "germany",
          geo: { country: "DE" },
        },
        {
          name: "video.example.com",
          type: "A",
          ttl: 300,
          values: ["198.51.100.1"],
          routing: "geolocation",
          setIdentifier: "default",
          geo: { country: "*" },
        },
      ],
      question: { name: "video.example.com", type: "A", from: { geo: { continent: "EU", country: "DE" } } },
    },
  },
  {
    id: "cname-at-zone-apex",
    sim: "route53",
    title: { ko: "영역 apex에는 CNAME을 둘 수 없다", en: "No CNAME at the zone apex" },
    description: {
      ko: "example.com 자체에 CNAME을 만들려 하므로 변경 배치 전체가 거부됩니다. 레코드를 A 유형의 별칭(aliasTarget: elb)으로 바꿔 보세요.",
      en: "The batch tries to create a CNAME at example.com itself, so the whole change batch is rejected. Turn the record into an A alias (aliasTarget: elb).",
    },
    input: {
      zone: "example.com",
      records: [
        { name: "www.example.com", type: "A", ttl: 300, values: ["192.0.2.80"] },
        { name: "example.com", type: "CNAME", ttl: 300, values: ["my-alb-123.us-east-1.elb.amazonaws.com"] },
      ],
      question: { name: "www.example.com", type: "A" },
    },
  },
];
