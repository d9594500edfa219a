import { z } from "zod";
import { issueParams } from "../input-issue";
import { isMatcher } from "./health-check-defaults";

const Seconds = z.number().finite().min(0);
const Count = z.number().int().min(0);
const Id = z.string().trim().min(1);
const lower = (value: unknown) => (typeof value === "string" ? value.toLowerCase() : value);

/** `alb` / `nlb`, case-insensitive. */
export const LbTypeSchema = z.preprocess(lower, z.enum(["alb", "nlb"]));
/** `instance` / `ip` / `lambda`, case-insensitive (L1). */
export const TargetTypeSchema = z.preprocess(lower, z.enum(["instance", "ip", "lambda"]));
/** Health-check protocol `HTTP` / `HTTPS` / `TCP`, case-insensitive (L5, L6). */
export const ProtocolSchema = z.preprocess(
  (value) => (typeof value === "string" ? value.toUpperCase() : value),
  z.enum(["HTTP", "HTTPS", "TCP"]),
);

const HealthCheckSchema = z.object({
  intervalSec: z.number().finite().positive().optional(),
  timeoutSec: z.number().finite().positive().optional(),
  unhealthyThreshold: z.number().int().min(1).optional(),
  healthyThreshold: z.number().int().min(1).optional(),
  protocol: ProtocolSchema.optional(),
  matcher: z
    .union([z.string(), z.number().int()])
    .transform(String)
    .refine(isMatcher, {
      message: "not an HTTP code list such as 200, 200-399 or 200,202",
      params: issueParams("matcher"),
    })
    .optional(),
  path: z.string().optional(),
});

const LbSchema = z
  .object({
    type: LbTypeSchema,
    healthCheck: HealthCheckSchema.optional(),
    targetType: TargetTypeSchema.optional(),
    crossZone: z.boolean().optional(),
    crossZoneEnabled: z.boolean().optional(),
    deregistrationDelaySec: z.number().int().min(0).max(3600).optional(),
  })
  .refine((lb) => !(lb.type === "alb" && lb.healthCheck?.protocol === "TCP"), {
    message: "ALB health checks use HTTP or HTTPS",
    path: ["healthCheck", "protocol"],
    params: issueParams("albProtocol"),
  })
  .refine((lb) => !(lb.type === "nlb" && lb.targetType === "lambda"), {
    message: "NLB target groups can't have Lambda targets",
    path: ["targetType"],
    params: issueParams("nlbLambda"),
  });

const TargetSchema = z.object({ id: Id, az: Id.optional() });

/** A launch template as a name, or `{id|name, version}`. */
const LaunchTemplateSchema = z.union([
  Id.transform((name) => ({ name, version: null as number | null })),
  z
    .object({ id: Id.optional(), name: Id.optional(), version: z.union([z.number().int(), z.string()]).optional() })
    .refine((lt) => lt.id !== undefined || lt.name !== undefined, {
      message: "needs an id or a name",
      params: issueParams("idOrName"),
    })
    .transform((lt) => ({
      name: lt.name ?? lt.id ?? "",
      version: lt.version === undefined ? null : Number(lt.version),
    })),
]);

/** Predefined termination policies (A6; DescribeTerminationPolicyTypes lists the same seven). */
export const TERMINATION_POLICIES = [
  "Default",
  "AllocationStrategy",
  "OldestLaunchTemplate",
  "OldestLaunchConfiguration",
  "ClosestToNextInstanceHour",
  "NewestInstance",
  "OldestInstance",
] as const;

const AsgSchema = z.object({
  min: Count,
  desired: Count.optional(),
  max: Count,
  healthCheckType: z
    .preprocess((v) => (typeof v === "string" ? v.toUpperCase() : v), z.enum(["EC2", "ELB"]))
    .optional(),
  gracePeriodSec: Seconds.optional(),
  launchedAt: z.record(z.string(), z.number().finite()).optional(),
  terminationPolicies: z.array(z.enum(TERMINATION_POLICIES)).optional(),
  defaultCooldownSec: Seconds.optional(),
  launchTemplate: LaunchTemplateSchema.optional(),
  launchConfiguration: Id.optional(),
  availabilityZones: z.array(Id).optional(),
});

const InstanceSchema = z.object({
  id: Id,
  az: Id.optional(),
  launchedAt: z.number().finite().optional(),
  launchTemplate: LaunchTemplateSchema.optional(),
  launchTemplateVersion: z.union([z.number().int(), z.string()]).transform(Number).optional(),
  launchConfiguration: Id.optional(),
  launchConfigurationCreatedAt: z.number().finite().optional(),
  protectedFromScaleIn: z.boolean().optional(),
  market: z.preprocess(lower, z.enum(["on-demand", "spot"])).optional(),
  instanceTypePriority: z.number().int().min(0).optional(),
});

const AdjustmentTypeSchema = z.enum(["ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"]);
const AdjustmentSchema = z.object({
  type: AdjustmentTypeSchema.default("ChangeInCapacity"),
  value: z.number().finite(),
  minAdjustmentMagnitude: z.number().int().min(1).optional(),
});

const At = { t: Seconds.default(0) };
const OnInstance = { ...At, instance: Id };
const INSTANCE_OPS = new Set([
  "stopApp",
  "startApp",
  "setHealthResponse",
  "stopInstance",
  "startInstance",
  "terminateInstance",
]);

/** Accepts common alternative spellings (`target` for `instance`, a nested `adjustment`, `desiredCapacity`). */
function normalizeEvent(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const event: Record<string, unknown> = { ...raw };
  const op = event.op;
  if (typeof op === "string" && INSTANCE_OPS.has(op) && event.instance === undefined) event.instance = event.target;
  if (op === "applyAdjustment" && event.value === undefined) {
    const nested = event.adjustment;
    if (typeof nested === "number") event.value = nested;
    else if (typeof nested === "object" && nested !== null) Object.assign(event, nested);
  }
  if (op === "applyAdjustment" && event.type === undefined) event.type = event.adjustmentType;
  if (op === "scheduledAction" && event.desired === undefined) event.desired = event.desiredCapacity;
  if (op === "setDesiredCapacity" && event.value === undefined) event.value = event.desired ?? event.desiredCapacity;
  return event;
}

const EventSchema = z.preprocess(
  normalizeEvent,
  z.discriminatedUnion("op", [
    z.object({ op: z.literal("stopApp"), ...OnInstance }),
    z.object({ op: z.literal("startApp"), ...OnInstance }),
    z.object({ op: z.literal("setHealthResponse"), ...OnInstance, httpStatus: z.number().int().min(100).max(599) }),
    z.object({ op: z.literal("stopInstance"), ...OnInstance }),
    z.object({ op: z.literal("startInstance"), ...OnInstance }),
    z.object({ op: z.literal("terminateInstance"), ...OnInstance }),
    z.object({ op: z.literal("register"), ...At, target: Id.optional(), instance: Id.optional(), az: Id.optional() }),
    z.object({ op: z.literal("deregister"), ...At, target: Id.optional(), instance: Id.optional() }),
    z.object({ op: z.literal("setDesiredCapacity"), ...At, value: Count }),
    z.object({ op: z.literal("applyAdjustment"), ...At, ...AdjustmentSchema.shape }),
    z.object({
      op: z.literal("simpleScalingAlarm"),
      ...At,
      adjustment: z.union([
        z
          .number()
          .finite()
          .transform((value) => ({ type: "ChangeInCapacity" as const, value })),
        AdjustmentSchema,
      ]),
      adjustmentType: AdjustmentTypeSchema.optional(),
      minAdjustmentMagnitude: z.number().int().min(1).optional(),
      cooldownSec: Seconds.optional(),
    }),
    z.object({
      op: z.literal("scheduledAction"),
      ...At,
      desired: Count.optional(),
      min: Count.optional(),
      max: Count.optional(),
    }),
  ]),
);

/** The timeline input of SIM_CONTRACT.md's `elb-asg` section (unknown keys are ignored). */
export const TimelineInputSchema = z.object({
  lb: LbSchema.optional(),
  targets: z.array(TargetSchema).default([]),
  asg: AsgSchema.optional(),
  instances: z.array(InstanceSchema).default([]),
  events: z.array(EventSchema).default([]),
  untilSec: Seconds.optional(),
});

/** The typed form of a timeline input, as the app builds it. */
export type TimelineInput = z.input<typeof TimelineInputSchema>;
/** A validated timeline input with defaults filled in. */
export type ParsedTimeline = z.output<typeof TimelineInputSchema>;
/** One validated event. */
export type ParsedEvent = ParsedTimeline["events"][number];
/** One validated `instances` entry (termination-policy inputs). */
export type ParsedInstance = ParsedTimeline["instances"][number];
/** The validated `asg` block. */
export type ParsedAsg = NonNullable<ParsedTimeline["asg"]>;
/** The validated `lb` block. */
export type ParsedLb = NonNullable<ParsedTimeline["lb"]>;
/** A scaling adjustment (A8: ChangeInCapacity, ExactCapacity, PercentChangeInCapacity). */
export type Adjustment = z.output<typeof AdjustmentSchema>;
/** The three adjustment types of simple and step scaling (A8). */
export type AdjustmentType = z.output<typeof AdjustmentTypeSchema>;
/** One of {@link TERMINATION_POLICIES}. */
export type TerminationPolicy = (typeof TERMINATION_POLICIES)[number];
/** A launch template by name and version (null when the input gives none). */
export type LaunchTemplateRef = { name: string; version: number | null };
