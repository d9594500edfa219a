import type { Localized } from "@/lib/i18n/localized";
import type { Cidr } from "../net";

export type { Localized } from "@/lib/i18n/localized";

/** The record types of the contract's vocabulary (R-25: every type but CNAME can hold several values). */
export const RECORD_TYPES = ["A", "AAAA", "CNAME", "MX", "TXT"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Route 53's routing policies (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy.html). */
export const ROUTINGS = [
  "simple",
  "weighted",
  "latency",
  "failover",
  "geolocation",
  "geoproximity",
  "multivalue",
  "ip-based",
] as const;
export type Routing = (typeof ROUTINGS)[number];

/** AWS resources an alias can target; `elb` is an ALB or NLB, `cloudfront` cannot evaluate health. */
export const ALIAS_SERVICES = [
  "elb",
  "cloudfront",
  "s3-website",
  "api-gateway",
  "vpc-endpoint",
  "elastic-beanstalk",
  "global-accelerator",
] as const;
export type AliasService = (typeof ALIAS_SERVICES)[number];

/** An endpoint (or CloudWatch) check, or a calculated check over endpoint checks. */
export type HealthCheck =
  | { kind: "endpoint"; status: "healthy" | "unhealthy"; inverted: boolean; disabled: boolean }
  | { kind: "calculated"; children: string[]; healthThreshold: number; inverted: boolean; disabled: boolean };

export interface TargetGroupHealth {
  registered: number;
  healthy: number;
}

/** Where an alias points: records of the same type in the zone, or an AWS resource and the addresses it answers with. */
export type AliasTarget =
  | { kind: "record"; name: string; written: string; evaluateTargetHealth: boolean }
  | {
      kind: "aws";
      service: AliasService;
      values: string[];
      ttl: number;
      evaluateTargetHealth: boolean;
      /** Only for `elb`: the load balancer's target groups. */
      targetGroups: TargetGroupHealth[];
      /** For the other services; `elb` health comes from `targetGroups`. */
      healthy: boolean;
    };

/** A geolocation location as written: a continent, a country, a US state, or the default `*`. */
export interface GeoLocation {
  continent: string | null;
  country: string | null;
  subdivision: string | null;
}

/** One CREATE of the change batch, as parsed. `ttl` and `values` are kept for alias records too, for pass 1. */
export interface ZoneRecord {
  index: number;
  /** The record's `setIdentifier`, or `#k` for record k. */
  label: string;
  /** Lower case, without the trailing dot. */
  name: string;
  written: string;
  type: RecordType;
  ttl: number | null;
  values: string[] | null;
  alias: AliasTarget | null;
  routing: Routing;
  setIdentifier: string | null;
  weight: number | null;
  region: string | null;
  failover: "PRIMARY" | "SECONDARY" | null;
  geo: GeoLocation | null;
  geoproximity: { region: string; bias: number } | null;
  cidr: { collection: string; location: string } | null;
  healthCheckId: string | null;
}

/** Where Route 53 places the query: the result of the EDNS0 client-subnet (or resolver address) lookup. */
export interface QueryOrigin {
  geo: { continent: string | null; country: string | null; subdivision: string | null } | null;
  latencyMs: Record<string, number>;
  distanceKm: Record<string, number>;
  ip: Cidr | null;
}

export interface Question {
  name: string;
  written: string;
  type: RecordType;
  random: number;
  from: QueryOrigin;
}

/** The parsed `route53` input: one public hosted zone, one change batch, health-check states and one question. */
export interface Route53Scenario {
  zone: string;
  healthChecks: ReadonlyMap<string, HealthCheck>;
  records: ZoneRecord[];
  cidrCollections: ReadonlyMap<string, ReadonlyMap<string, Cidr[]>>;
  question: Question;
}

/** The contract's batch error reasons, by pass (SIM_CONTRACT.md, route53, "Validating the change batch"). */
export type BatchErrorCode = "InvalidInput" | "NoSuchHealthCheck" | "InvalidChangeBatch";
export type BatchErrorReason =
  | "ALIAS_WITH_TTL"
  | "MISSING_TTL_OR_VALUES"
  | "WEIGHT_OUT_OF_RANGE"
  | "BIAS_OUT_OF_RANGE"
  | "MISSING_SET_IDENTIFIER"
  | "UNEXPECTED_SET_IDENTIFIER"
  | "MULTIVALUE_ALIAS"
  | "HEALTH_CHECK_NOT_FOUND"
  | "NAME_NOT_IN_ZONE"
  | "CNAME_AT_APEX"
  | "CNAME_MULTIPLE_VALUES"
  | "MULTIVALUE_CNAME"
  | "TARGET_HEALTH_NOT_SUPPORTED"
  | "RECORD_EXISTS"
  | "MIXED_ROUTING_POLICY"
  | "DUPLICATE_LOCATION"
  | "CNAME_CONFLICT"
  | "ALIAS_TARGET_NOT_FOUND";

export interface BatchError {
  error: BatchErrorCode;
  reason: BatchErrorReason;
  atRecord: number;
  /** The earlier record the failing one collides with, where there is one (RECORD_EXISTS and friends). */
  conflictsWith?: number;
}

export type Rcode = "NOERROR" | "NXDOMAIN" | "REFUSED";

/** One group the question went through: who could answer, who did, and why (in both languages). */
export interface TraceStep {
  group: string;
  routing: Routing;
  /** Labels of the records that were candidates (before the weighted/latency/… choice). */
  candidates: string[];
  /** Labels of the records chosen in this group. */
  chosen: string[];
  healthFallback: boolean;
  explanation: Localized;
}

/** The result of a question (SIM_CONTRACT.md, route53, "Result"), with the trace and explanation as extra keys. */
export interface Route53Answer {
  [key: string]: unknown;
  rcode: Rcode;
  answerType: RecordType | null;
  answers: string[];
  answerCount: number;
  ttl: number | null;
  distribution: Record<string, number> | null;
  decidedBy: string[];
  healthFallback: boolean;
  /** The routing policy of the group that answered, or null when no group did (an extra key). */
  routing: Routing | null;
  trace: TraceStep[];
  explanation: Localized;
}

/** A rejected change batch: nothing is created and the question is not answered. */
export interface Route53BatchFailure {
  [key: string]: unknown;
  error: BatchErrorCode;
  reason: BatchErrorReason;
  atRecord: number;
  explanation: Localized;
}

export type Route53Result = Route53Answer | Route53BatchFailure;
