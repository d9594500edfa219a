import type { Localized } from "@/lib/i18n/localized";
import type { InputFailure } from "../types";
import type { Checked } from "../ebs/outcome";
import {
  dangling,
  decisionsOf,
  failureResult,
  successExplanation,
  type Dangling,
  type Decision,
  type TraceEntry,
} from "../ebs/trace";
import { allocateEip, associateEip } from "./addresses";
import { runInstance } from "./launch";
import {
  hibernateInstance,
  modifyHibernation,
  modifyInstanceType,
  rebootInstance,
  startInstance,
  stopInstance,
  terminateInstance,
} from "./lifecycle";
import type { Ec2ErrorCode } from "./outcome";
import { createPlacementGroup } from "./placement";
import type { Ec2Op, Ec2OpsInput } from "./schema";
import { emptyEc2World, type Ec2World } from "./state";
import { viewEc2World, type Ec2StateView } from "./view";
import { attachLaterVolume, createLaterVolume, detachLaterVolume } from "./volumes";
import { withJosa } from "@/lib/i18n/josa";

/** The EC2 result: instances, volumes, eips and runningInstances, or `{error, atOp}`; both explain themselves. */
export type Ec2Result =
  | (Ec2StateView & { explanation: Localized; decidedBy: Decision[]; trace: TraceEntry[] })
  | { error: Ec2ErrorCode; atOp: number; explanation: Localized; decidedBy: Decision[] };

/** A run: a result, or an input error naming the field (SIM_CONTRACT.md). */
export type Ec2Run = { ok: true; result: Ec2Result } | InputFailure;

/**
 * Runs EC2 operations in order: launches, the stop/start/reboot/hibernate/terminate lifecycle, Elastic IPs, EBS
 * volumes and placement groups. Returns the final state or the first simulated AWS error `{error, atOp}`.
 * Rules: AWS_FACTS section 3 (E1–E8, H1–H8, P1–P4, IP1).
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html
 */
export function simulateEc2(input: Ec2OpsInput): Ec2Run {
  const world = emptyEc2World();
  const decisions: Decision[] = [];
  const trace: TraceEntry[] = [];
  for (const [atOp, op] of input.ops.entries()) {
    const step = runOp(world, op, atOp);
    if ("dangling" in step) return { ok: false, ...step.dangling };
    if (!step.ok) return { ok: true, result: failureResult(atOp, op.op, step.failure) };
    decisions.push(...decisionsOf(atOp, step.notes));
    trace.push({ atOp, op: op.op, summary: summarize(op, step.value) });
  }
  return {
    ok: true,
    result: {
      ...viewEc2World(world),
      explanation: successExplanation(input.ops.length, decisions, trace),
      decidedBy: decisions,
      trace,
    },
  };
}

const STRATEGY_KO: Record<string, string> = { cluster: "클러스터", spread: "분산", partition: "파티션" };

function summarize(op: Ec2Op, created: number | null): Localized {
  switch (op.op) {
    case "runInstance":
      return {
        en: `Launched instance ${created}.`,
        ko: `인스턴스 ${withJosa(String(created), "을/를")} 시작했습니다.`,
      };
    case "allocateEip":
      return {
        en: `Allocated Elastic IP ${created}.`,
        ko: `탄력적 IP ${withJosa(String(created), "을/를")} 할당했습니다.`,
      };
    case "createVolume":
      return {
        en: `Created volume ${created} in ${op.az}.`,
        ko: `${op.az}에 볼륨 ${withJosa(String(created), "을/를")} 만들었습니다.`,
      };
    case "createPlacementGroup":
      return {
        en: `Created ${op.strategy} placement group ${created}.`,
        ko: `${STRATEGY_KO[op.strategy]} 배치 그룹 ${withJosa(String(created), "을/를")} 만들었습니다.`,
      };
    default:
      return { en: `${op.op} succeeded.`, ko: "작업이 성공했습니다." };
  }
}

type Step = Checked<number | null, Ec2ErrorCode> | Dangling;

function runOp(world: Ec2World, op: Ec2Op, atOp: number): Step {
  switch (op.op) {
    case "runInstance":
      return runInstance(world, op, atOp);
    case "allocateEip":
      return allocateEip(world);
    case "createVolume":
      return createLaterVolume(world, op, atOp);
    case "attach":
      return attachLaterVolume(world, op.volume, op.instance, atOp);
    case "detach":
      return detachLaterVolume(world, op.volume, op.instance, atOp);
    case "createPlacementGroup":
      return createPlacementGroup(world, op.strategy, op.partitionCount);
    default:
      return runInstanceOp(world, op, atOp);
  }
}

type InstanceOp = Extract<Ec2Op, { instance: number }>;

function runInstanceOp(world: Ec2World, op: Exclude<InstanceOp, { op: "attach" | "detach" }>, atOp: number): Step {
  const instance = world.instances[op.instance];
  if (!instance) return dangling(atOp, "instance", "instance", op.instance, world.instances.length);
  switch (op.op) {
    case "stop":
      return stopInstance(world, op.instance, instance);
    case "start":
      return startInstance(world, op.instance, instance);
    case "reboot":
      return rebootInstance(op.instance, instance);
    case "hibernate":
      return hibernateInstance(world, op.instance, instance);
    case "terminate":
      return terminateInstance(world, op.instance, instance);
    case "modifyInstanceType":
      return modifyInstanceType(op.instance, instance, op.instanceType);
    case "modifyHibernation":
      return modifyHibernation(op.instance);
    case "associateEip":
      if (!world.eips[op.eip]) return dangling(atOp, "eip", "Elastic IP", op.eip, world.eips.length);
      return associateEip(world, op.eip, op.instance, instance);
  }
}
