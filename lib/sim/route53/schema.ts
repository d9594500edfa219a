import { z } from "zod";
import { parseCidr, type Cidr } from "../net";
import { describeIssueMessage, inputIssueOf, issueParams, type InputIssueCode } from "../input-issue";
import { normalizeName } from "./names";
import { checkReferences } from "./references";
import {
  ALIAS_SERVICES,
  RECORD_TYPES,
  ROUTINGS,
  type AliasTarget,
  type GeoLocation,
  type HealthCheck,
  type Route53Scenario,
  type Routing,
  type ZoneRecord,
} from "./types";

/** The ELB TTL, used when an AWS alias target gives no TTL of its own. */
export const ELB_ALIAS_TTL_SEC = 60;

/** Geolocation continent codes (https://docs.aws.amazon.com/Route53/latest/APIReference/API_GeoLocation.html). */
export const CONTINENTS = ["AF", "AN", "AS", "EU", "OC", "NA", "SA"] as const;

type Ctx = z.RefinementCtx;

function addIssue(
  ctx: Ctx,
  path: (string | number)[],
  code: InputIssueCode,
  message: string,
  params: Record<string, string | number> = {},
): void {
  ctx.addIssue({ code: "custom", path, message, params: issueParams(code, params) });
}

/** Runs `schema` on `value` inside a transform, passing its issues on with their paths; null when it failed. */
function parseInside<T>(schema: z.ZodType<T>, value: unknown, ctx: Ctx): T | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const { code, params } = inputIssueOf(issue, value);
    ctx.addIssue({
      code: "custom",
      path: issue.path,
      message: describeIssueMessage(issue, value),
      params: issueParams(code, params),
    });
  }
  return null;
}

/** A fully qualified name; wildcards (`*`) are outside the contract's vocabulary. */
const NameSchema = z
  .string()
  .min(1)
  .superRefine((name, ctx) => {
    if (name.includes("*")) {
      ctx.addIssue({
        code: "custom",
        message: "wildcard names are not modelled",
        params: issueParams("wildcardName"),
      });
    } else if (normalizeName(name) === "") {
      ctx.addIssue({
        code: "custom",
        message: "is not a DNS name",
        params: issueParams("badFormat", { format: "name" }),
      });
    }
  });

const CidrSchema = z.string().transform((text, ctx): Cidr => {
  const cidr = parseCidr(text);
  if (cidr === null) {
    ctx.addIssue({ code: "custom", message: "not a CIDR block", params: issueParams("notCidr") });
    return z.NEVER;
  }
  return cidr;
});

const HealthCheckObjectSchema = z.strictObject({
  status: z.enum(["healthy", "unhealthy"]).optional(),
  children: z.array(z.string()).optional(),
  healthThreshold: z.number().int().min(0).optional(),
  inverted: z.boolean().default(false),
  disabled: z.boolean().default(false),
});

/** `"healthy"`, `"unhealthy"`, an endpoint check `{status}` or a calculated check `{children, healthThreshold}`. */
const HealthCheckSchema = z.unknown().transform((value, ctx): HealthCheck => {
  if (value === "healthy" || value === "unhealthy")
    return { kind: "endpoint", status: value, inverted: false, disabled: false };
  const check = parseInside(HealthCheckObjectSchema, value, ctx);
  if (check === null) return z.NEVER;
  const { status, children, healthThreshold, inverted, disabled } = check;
  if (status !== undefined && children === undefined && healthThreshold === undefined)
    return { kind: "endpoint", status, inverted, disabled };
  if (status === undefined && children !== undefined && healthThreshold !== undefined)
    return { kind: "calculated", children, healthThreshold, inverted, disabled };
  addIssue(ctx, [], "healthCheckShape", "must be healthy, unhealthy, {status} or {children, healthThreshold}");
  return z.NEVER;
});

const RecordAliasSchema = z.strictObject({ record: NameSchema, evaluateTargetHealth: z.boolean() });
const AwsAliasSchema = z.strictObject({
  aws: z.enum(ALIAS_SERVICES),
  values: z.array(z.string().min(1)).min(1),
  ttl: z.number().int().min(0).optional(),
  evaluateTargetHealth: z.boolean(),
  targetGroups: z
    .array(
      z
        .strictObject({ registered: z.number().int().min(0), healthy: z.number().int().min(0) })
        .refine((group) => group.healthy <= group.registered, {
          path: ["healthy"],
          message: "cannot exceed registered",
          params: issueParams("healthyAboveRegistered"),
        }),
    )
    .optional(),
  healthy: z.boolean().optional(),
});

/** `{record, evaluateTargetHealth}` or `{aws, values, evaluateTargetHealth, …}`. */
const AliasTargetSchema = z.unknown().transform((value, ctx): AliasTarget => {
  const shape = typeof value === "object" && value !== null ? value : {};
  if ("record" in shape && !("aws" in shape)) {
    const alias = parseInside(RecordAliasSchema, value, ctx);
    if (alias === null) return z.NEVER;
    return {
      kind: "record",
      name: normalizeName(alias.record),
      written: alias.record,
      evaluateTargetHealth: alias.evaluateTargetHealth,
    };
  }
  if ("aws" in shape && !("record" in shape)) {
    const alias = parseInside(AwsAliasSchema, value, ctx);
    if (alias === null) return z.NEVER;
    const { aws: service, targetGroups, healthy } = alias;
    if (service === "elb" && targetGroups === undefined)
      addIssue(ctx, ["targetGroups"], "requiredForService", "required for an elb target", { service });
    if (service !== "elb" && targetGroups !== undefined)
      addIssue(ctx, ["targetGroups"], "notForService", "only an elb target has target groups", { service });
    if (service === "elb" && healthy !== undefined)
      addIssue(ctx, ["healthy"], "notForService", "an elb target's health comes from targetGroups", { service });
    return {
      kind: "aws",
      service,
      values: alias.values,
      ttl: alias.ttl ?? ELB_ALIAS_TTL_SEC,
      evaluateTargetHealth: alias.evaluateTargetHealth,
      targetGroups: targetGroups ?? [],
      healthy: healthy ?? true,
    };
  }
  addIssue(ctx, [], "aliasShape", "must have exactly one of record or aws");
  return z.NEVER;
});

const GeoSchema = z
  .strictObject({
    continent: z.enum(CONTINENTS).optional(),
    country: z
      .string()
      .regex(/^([A-Za-z]{2}|\*)$/)
      .transform((code) => code.toUpperCase())
      .optional(),
    subdivision: z
      .string()
      .min(1)
      .transform((code) => code.toUpperCase())
      .optional(),
  })
  .transform((geo, ctx): GeoLocation => {
    const { continent, country, subdivision } = geo;
    const oneLevel =
      (continent !== undefined && country === undefined && subdivision === undefined) ||
      (continent === undefined && country !== undefined && (subdivision === undefined || country !== "*"));
    if (!oneLevel) {
      addIssue(ctx, [], "geoLocation", "must be one of {continent}, {country}, {country, subdivision} or {country: *}");
      return z.NEVER;
    }
    return { continent: continent ?? null, country: country ?? null, subdivision: subdivision ?? null };
  });

/** Each routing policy's own field (SIM_CONTRACT.md, route53, Input). */
const POLICY_FIELDS = {
  weight: "weighted",
  region: "latency",
  failover: "failover",
  geo: "geolocation",
  geoproximity: "geoproximity",
  cidr: "ip-based",
} as const satisfies Record<string, Routing>;

const RecordSchema = z
  .strictObject({
    name: NameSchema,
    type: z.enum(RECORD_TYPES),
    ttl: z.number().int().min(0).optional(),
    values: z.array(z.string()).optional(),
    aliasTarget: AliasTargetSchema.optional(),
    routing: z.enum(ROUTINGS).default("simple"),
    setIdentifier: z.string().min(1).optional(),
    weight: z.number().int().optional(),
    region: z.string().min(1).optional(),
    failover: z.enum(["PRIMARY", "SECONDARY"]).optional(),
    geo: GeoSchema.optional(),
    geoproximity: z.strictObject({ region: z.string().min(1), bias: z.number().int().default(0) }).optional(),
    cidr: z.strictObject({ collection: z.string().min(1), location: z.string().min(1) }).optional(),
    healthCheckId: z.string().min(1).optional(),
  })
  .superRefine((record, ctx) => {
    for (const [field, routing] of Object.entries(POLICY_FIELDS)) {
      const present = record[field as keyof typeof POLICY_FIELDS] !== undefined;
      if (routing === record.routing && !present)
        addIssue(ctx, [field], "requiredForRouting", `required for ${routing} routing`, { routing });
      if (routing !== record.routing && present)
        addIssue(ctx, [field], "notForRouting", `belongs to ${routing} routing, not ${record.routing}`, {
          routing: record.routing,
        });
    }
  });

type RawRecord = z.infer<typeof RecordSchema>;

function toRecord(raw: RawRecord, index: number): ZoneRecord {
  return {
    index,
    label: raw.setIdentifier ?? `#${index}`,
    name: normalizeName(raw.name),
    written: raw.name,
    type: raw.type,
    ttl: raw.ttl ?? null,
    values: raw.values ?? null,
    alias: raw.aliasTarget ?? null,
    routing: raw.routing,
    setIdentifier: raw.setIdentifier ?? null,
    weight: raw.weight ?? null,
    region: raw.region ?? null,
    failover: raw.failover ?? null,
    geo: raw.geo ?? null,
    geoproximity: raw.geoproximity ?? null,
    cidr: raw.cidr ?? null,
    healthCheckId: raw.healthCheckId ?? null,
  };
}

const FromSchema = z.strictObject({
  geo: z
    .strictObject({
      continent: z.enum(CONTINENTS).optional(),
      country: z
        .string()
        .regex(/^[A-Za-z]{2}$/)
        .transform((code) => code.toUpperCase())
        .optional(),
      subdivision: z
        .string()
        .min(1)
        .transform((code) => code.toUpperCase())
        .optional(),
    })
    .nullable()
    .optional(),
  latencyMs: z.record(z.string(), z.number()).optional(),
  distanceKm: z.record(z.string(), z.number().min(0)).optional(),
  ip: CidrSchema.optional(),
});

const QuestionSchema = z.strictObject({
  name: NameSchema,
  type: z.enum(RECORD_TYPES),
  random: z
    .number()
    .min(0)
    .default(0)
    .refine((random) => random < 1, { message: "must be below 1", params: issueParams("unitInterval") }),
  from: FromSchema.optional(),
});

/**
 * The `route53` input (SIM_CONTRACT.md, route53): a zone, its health checks and CIDR collections, one change batch of
 * CREATEs and one question. Everything outside the vocabulary, and every reference the contract calls an input error
 * (a calculated check's children, CIDR locations, alias loops and chains deeper than 8), fails here, before the change
 * batch is validated.
 */
export const Route53InputSchema = z
  .strictObject({
    zone: NameSchema,
    healthChecks: z.record(z.string(), HealthCheckSchema).default({}),
    records: z.array(RecordSchema),
    cidrCollections: z.record(z.string(), z.record(z.string(), z.array(CidrSchema))).default({}),
    question: QuestionSchema,
  })
  .transform((input, ctx): Route53Scenario => {
    const records = input.records.map(toRecord);
    const scenario: Route53Scenario = {
      zone: normalizeName(input.zone),
      healthChecks: new Map(Object.entries(input.healthChecks)),
      records,
      cidrCollections: new Map(
        Object.entries(input.cidrCollections).map(([name, locations]) => [name, new Map(Object.entries(locations))]),
      ),
      question: {
        name: normalizeName(input.question.name),
        written: input.question.name,
        type: input.question.type,
        random: input.question.random,
        from: {
          geo: input.question.from?.geo
            ? {
                continent: input.question.from.geo.continent ?? null,
                country: input.question.from.geo.country ?? null,
                subdivision: input.question.from.geo.subdivision ?? null,
              }
            : null,
          latencyMs: input.question.from?.latencyMs ?? {},
          distanceKm: input.question.from?.distanceKm ?? {},
          ip: input.question.from?.ip ?? null,
        },
      },
    };
    for (const problem of checkReferences(scenario))
      addIssue(ctx, problem.path, problem.code, problem.message, problem.params);
    return scenario;
  });
