import { z } from "zod";
import { DEFAULT_COOLDOWN_SEC, rebalanceMaxOverage } from "./capacity";
import { defaultHealthCheck, healthCheckDocUrl, healthCheckRanges } from "./health-check-defaults";
import { inputProblem, issueParams, zodProblem } from "../input-issue";
import { crossZoneDefault, trafficShare } from "./routing";
import { LbTypeSchema, ProtocolSchema, TargetTypeSchema } from "./schema";
import { API_DEFAULT_GRACE_PERIOD_SEC, DEFAULT_DEREGISTRATION_DELAY_SEC } from "./setup";
import type { InputFailure } from "../types";

/** Query names the `elb-asg` simulator answers (SIM_CONTRACT.md `elb-asg` queries, plus `defaultCooldownSec`). */
export const QUERY_NAMES = [
  "defaultHealthCheck",
  "defaultDeregistrationDelaySec",
  "crossZoneDefault",
  "trafficShare",
  "defaultHealthCheckGracePeriodSec",
  "rebalanceMaxOverage",
  "defaultCooldownSec",
] as const;
/** One of {@link QUERY_NAMES}. */
export type QueryName = (typeof QUERY_NAMES)[number];

function isQueryName(name: unknown): name is QueryName {
  return QUERY_NAMES.some((known) => known === name);
}

/** The console's proposed grace period (A3); the API/CLI/SDK default is {@link API_DEFAULT_GRACE_PERIOD_SEC}. */
export const CONSOLE_DEFAULT_GRACE_PERIOD_SEC = 300;

/** A documented default as an object, or an input error naming the parameter. */
export type QueryAnswer = { ok: true; result: Record<string, unknown> } | InputFailure;

const text = (en: string, ko: string) => ({ en, ko });
const CROSS_ZONE_DOC =
  "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html#cross-zone-load-balancing";

const Schemas = {
  defaultHealthCheck: z.object({
    lbType: LbTypeSchema,
    targetType: TargetTypeSchema.default("instance"),
    protocol: ProtocolSchema.optional(),
  }),
  defaultDeregistrationDelaySec: z.object({}),
  crossZoneDefault: z.object({
    lbType: z
      .preprocess((v) => (typeof v === "string" ? v.toLowerCase() : v), z.enum(["alb", "nlb", "gwlb"]))
      .optional(),
  }),
  trafficShare: z.object({
    azs: z.record(z.string(), z.number().int().min(0)),
    lbType: LbTypeSchema.optional(),
    crossZone: z.boolean().optional(),
  }),
  defaultHealthCheckGracePeriodSec: z.object({
    via: z
      .preprocess((v) => (typeof v === "string" ? v.toLowerCase() : v), z.enum(["console", "api", "cli", "sdk"]))
      .optional(),
  }),
  rebalanceMaxOverage: z
    .object({ maxSizes: z.array(z.number().int().min(0)).optional(), maxSize: z.number().int().min(0).optional() })
    .refine((q) => q.maxSizes !== undefined || q.maxSize !== undefined, {
      message: "required",
      path: ["maxSizes"],
      params: issueParams("required"),
    }),
  defaultCooldownSec: z.object({}),
} satisfies Record<QueryName, z.ZodType>;

function answer(name: QueryName, params: unknown): Record<string, unknown> {
  switch (name) {
    case "defaultHealthCheck": {
      const q = Schemas.defaultHealthCheck.parse(params);
      const hc = defaultHealthCheck(q.lbType, q.targetType, q.protocol);
      if (hc === null) {
        return {
          error: "UNSUPPORTED_TARGET_TYPE",
          supported: false,
          explanation: text(
            "Network Load Balancers can't route to Lambda functions; only ALB target groups take Lambda targets (L1).",
            "NLB는 Lambda 함수를 대상으로 쓸 수 없습니다. Lambda 대상은 ALB 대상 그룹만 지원합니다(L1).",
          ),
        };
      }
      const lambdaNote = q.targetType === "lambda" ? " Health checks are disabled by default for Lambda targets." : "";
      return {
        ...hc,
        healthCheck: hc,
        lbType: q.lbType,
        targetType: q.targetType,
        ranges: healthCheckRanges(q.lbType),
        source: healthCheckDocUrl(q.lbType),
        decidedBy: [q.lbType === "alb" ? "L5" : "L6"],
        explanation: text(
          `${q.lbType.toUpperCase()} ${q.targetType} target groups default to ${hc.protocol} checks every ${hc.intervalSec} s with a ${hc.timeoutSec} s timeout, healthy after ${hc.healthyThreshold} and unhealthy after ${hc.unhealthyThreshold} consecutive results, matcher ${hc.matcher}.${lambdaNote}`,
          `${q.lbType.toUpperCase()} ${q.targetType} 대상 그룹의 기본값은 ${hc.protocol} 확인, 간격 ${hc.intervalSec}초, 제한 시간 ${hc.timeoutSec}초, 정상 임계값 ${hc.healthyThreshold}, 비정상 임계값 ${hc.unhealthyThreshold}, 성공 코드 ${hc.matcher}입니다.${q.targetType === "lambda" ? " Lambda 대상은 기본적으로 상태 확인이 꺼져 있습니다." : ""}`,
        ),
      };
    }
    case "defaultDeregistrationDelaySec":
      return {
        defaultDeregistrationDelaySec: DEFAULT_DEREGISTRATION_DELAY_SEC,
        value: DEFAULT_DEREGISTRATION_DELAY_SEC,
        rangeSec: [0, 3600],
        decidedBy: ["L8"],
        source:
          "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#deregistration-delay",
        explanation: text(
          "Deregistration delay (connection draining) defaults to 300 s (range 0–3600 s): the target is draining, then unused.",
          "등록 취소 지연(연결 드레이닝)의 기본값은 300초(0–3600초)이며, 대상은 draining을 거쳐 unused가 됩니다.",
        ),
      };
    case "crossZoneDefault": {
      const q = Schemas.crossZoneDefault.parse(params);
      const byType = { alb: crossZoneDefault("alb"), nlb: crossZoneDefault("nlb"), gwlb: crossZoneDefault("gwlb") };
      const value = q.lbType === undefined ? byType : byType[q.lbType];
      return {
        ...byType,
        crossZoneDefault: value,
        ...(q.lbType === undefined ? {} : { lbType: q.lbType, crossZone: value, enabled: value, value }),
        decidedBy: ["L9"],
        source: CROSS_ZONE_DOC,
        explanation: text(
          "Cross-zone load balancing is always on for ALB (a target group can turn it off) and off by default for NLB and GWLB.",
          "교차 영역 로드 밸런싱은 ALB에서 항상 켜져 있고(대상 그룹 수준에서 끌 수 있음), NLB와 GWLB에서는 기본적으로 꺼져 있습니다.",
        ),
      };
    }
    case "trafficShare": {
      const q = Schemas.trafficShare.parse(params);
      const on = trafficShare(q.azs, true);
      const off = trafficShare(q.azs, false);
      const chosen = q.crossZone ?? (q.lbType === undefined ? null : crossZoneDefault(q.lbType));
      const picked = chosen === null ? {} : { crossZone: chosen, ...(chosen ? on : off) };
      return {
        crossZoneOn: on,
        crossZoneOff: off,
        ...picked,
        decidedBy: ["L9"],
        source: CROSS_ZONE_DOC,
        explanation: text(
          `With cross-zone on every target gets an equal share; with it off each AZ's node splits its equal share among only its own targets (per target: on ${JSON.stringify(on.perTargetPercent)}, off ${JSON.stringify(off.perTargetPercent)} %).`,
          `교차 영역이 켜져 있으면 모든 대상이 같은 비율을 받고, 꺼져 있으면 각 AZ의 노드가 자기 몫을 그 AZ의 대상끼리만 나눕니다(대상당: 켜짐 ${JSON.stringify(on.perTargetPercent)}, 꺼짐 ${JSON.stringify(off.perTargetPercent)} %).`,
        ),
      };
    }
    case "defaultHealthCheckGracePeriodSec": {
      const q = Schemas.defaultHealthCheckGracePeriodSec.parse(params);
      const values = {
        console: CONSOLE_DEFAULT_GRACE_PERIOD_SEC,
        api: API_DEFAULT_GRACE_PERIOD_SEC,
        cli: API_DEFAULT_GRACE_PERIOD_SEC,
        sdk: API_DEFAULT_GRACE_PERIOD_SEC,
      };
      return {
        ...values,
        defaultHealthCheckGracePeriodSec: { console: values.console, api: values.api },
        ...(q.via === undefined ? {} : { via: q.via, value: values[q.via] }),
        decidedBy: ["A3"],
        source: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html",
        explanation: text(
          "The grace period defaults to 300 s when the group is created in the console but 0 s via the CLI/SDK; an instance that leaves running is replaced even during it.",
          "유예 기간 기본값은 콘솔로 만들면 300초, CLI/SDK로 만들면 0초입니다. running 상태를 벗어난 인스턴스는 유예 기간 중에도 교체됩니다.",
        ),
      };
    }
    case "rebalanceMaxOverage": {
      const q = Schemas.rebalanceMaxOverage.parse(params);
      const sizes = q.maxSizes ?? [q.maxSize ?? 0];
      const results = sizes.map(rebalanceMaxOverage);
      return {
        results,
        overages: results.map((r) => r.overage),
        temporaryMax: results.map((r) => r.temporaryMax),
        ...(q.maxSize === undefined ? {} : { overage: rebalanceMaxOverage(q.maxSize).overage }),
        decidedBy: ["A7"],
        source: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/auto-scaling-benefits.html",
        explanation: text(
          "While rebalancing AZs the group launches before terminating and may exceed its maximum by 10 % or 1 instance, whichever is greater.",
          "AZ 재분배 중에는 먼저 시작한 뒤 종료하므로 최대 크기를 10% 또는 인스턴스 1개 중 큰 값만큼 일시적으로 초과할 수 있습니다.",
        ),
      };
    }
    case "defaultCooldownSec":
      return {
        defaultCooldownSec: DEFAULT_COOLDOWN_SEC,
        value: DEFAULT_COOLDOWN_SEC,
        appliesTo: ["simple scaling policies"],
        decidedBy: ["A5"],
        source: "https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html",
        explanation: text(
          "The default cooldown is 300 s and applies only to simple scaling policies.",
          "기본 쿨다운은 300초이며 단순 조정 정책에만 적용됩니다.",
        ),
      };
  }
}

/**
 * Answers a `{"query": name, ...}` input with the documented default (SIM_CONTRACT `elb-asg` queries). Parameters sit
 * beside `query`; a parameter that doesn't fit is an input error naming it.
 */
export function runQuery(input: Record<string, unknown>): QueryAnswer {
  const name = input.query;
  if (!isQueryName(name)) {
    const expected = QUERY_NAMES.join(", ");
    return {
      ok: false,
      ...inputProblem(
        ["query"],
        "unknownQuery",
        { name: JSON.stringify(name) ?? String(name), expected },
        `unknown query ${JSON.stringify(name)}; expected one of ${expected}`,
      ),
    };
  }
  const parsed = Schemas[name].safeParse(input);
  if (!parsed.success) return { ok: false, ...zodProblem(parsed.error, input) };
  return { ok: true, result: { query: name, ...answer(name, input) } };
}
