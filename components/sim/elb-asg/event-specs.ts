import type { FieldSpec } from "../model/field-codec";
import type { OpSpec } from "../model/op-spec";

const AT: FieldSpec = { path: "t", kind: "number", required: true, initial: 0 };
const INSTANCE: FieldSpec = { path: "instance", kind: "text", required: true, initial: "i-1" };
const instanceEvent = (op: string, extra: readonly FieldSpec[] = []): OpSpec => ({
  op,
  fields: [AT, INSTANCE, ...extra],
});

/** Timeline events of the `elb-asg` simulator (SIM_CONTRACT `elb-asg`), each at a time `t` in seconds. */
export const ELB_ASG_EVENTS: readonly OpSpec[] = [
  instanceEvent("stopApp"),
  instanceEvent("startApp"),
  instanceEvent("setHealthResponse", [{ path: "httpStatus", kind: "int", required: true, initial: 503 }]),
  instanceEvent("stopInstance"),
  instanceEvent("startInstance"),
  instanceEvent("terminateInstance"),
  {
    op: "register",
    fields: [
      AT,
      { path: "target", kind: "text", required: true, initial: "i-3" },
      { path: "az", kind: "text", initial: "us-east-1a" },
    ],
  },
  { op: "deregister", fields: [AT, { path: "target", kind: "text", required: true, initial: "i-1" }] },
  { op: "setDesiredCapacity", fields: [AT, { path: "value", kind: "int", required: true, initial: 3 }] },
  {
    op: "applyAdjustment",
    fields: [
      AT,
      {
        path: "type",
        kind: "select",
        options: ["ChangeInCapacity", "ExactCapacity", "PercentChangeInCapacity"],
        initial: "ChangeInCapacity",
      },
      { path: "value", kind: "number", required: true, initial: 1 },
      { path: "minAdjustmentMagnitude", kind: "int" },
    ],
  },
  {
    op: "simpleScalingAlarm",
    fields: [
      AT,
      { path: "adjustment", kind: "json", required: true, initial: 1 },
      { path: "cooldownSec", kind: "number" },
    ],
  },
  {
    op: "scheduledAction",
    fields: [
      AT,
      { path: "desired", kind: "int", initial: 2 },
      { path: "min", kind: "int" },
      { path: "max", kind: "int" },
    ],
  },
];

/** Health-check settings of the load balancer's target group (L5, L6). */
export const HEALTH_CHECK_FIELDS: readonly (FieldSpec & {
  label:
    | "elb.intervalSec"
    | "elb.timeoutSec"
    | "elb.unhealthyThreshold"
    | "elb.healthyThreshold"
    | "elb.protocol"
    | "elb.matcher";
})[] = [
  { path: "intervalSec", kind: "number", label: "elb.intervalSec" },
  { path: "timeoutSec", kind: "number", label: "elb.timeoutSec" },
  { path: "unhealthyThreshold", kind: "int", label: "elb.unhealthyThreshold" },
  { path: "healthyThreshold", kind: "int", label: "elb.healthyThreshold" },
  { path: "protocol", kind: "select", options: ["HTTP", "HTTPS", "TCP"], label: "elb.protocol" },
  { path: "matcher", kind: "text", label: "elb.matcher" },
];

/** Settings of the Auto Scaling group. */
export const ASG_FIELDS: readonly (FieldSpec & {
  label: "elb.min" | "elb.desired" | "elb.max" | "elb.hcType" | "elb.grace";
})[] = [
  { path: "min", kind: "int", required: true, label: "elb.min" },
  { path: "desired", kind: "int", label: "elb.desired" },
  { path: "max", kind: "int", required: true, label: "elb.max" },
  { path: "healthCheckType", kind: "select", options: ["EC2", "ELB"], label: "elb.hcType" },
  { path: "gracePeriodSec", kind: "number", label: "elb.grace" },
];
