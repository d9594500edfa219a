import { applyScalingEvent, isScalingEvent, type ScalingError } from "./scaling";
import { inputProblem, type InputProblem } from "../input-issue";
import type { ParsedEvent } from "./schema";
import { deregisterTarget, newInstance, note, registerTarget, type InstanceRecord, type World } from "./world";

/** An applied event, a simulated AWS error (contract: `{error, atOp}`), or an input error naming the field. */
export type EventOutcome = { ok: true } | { ok: false; error: ScalingError } | ({ ok: false } & InputProblem);

function markInvalidState(world: World, id: string, t: number): void {
  const target = world.targets.get(id);
  if (target === undefined || target.state === "draining" || target.state === "unused") return;
  target.state = "unused";
  target.invalidState = true;
  target.passStreak = 0;
  target.failStreak = 0;
  note(world, { t, rule: "ELB:Target.InvalidState", subject: id });
}

function instanceOf(world: World, id: string, index: number): InstanceRecord | InputProblem {
  return (
    world.instances.get(id) ??
    inputProblem(["events", index, "instance"], "unknownInstance", { id }, `unknown instance "${id}"`)
  );
}

/**
 * Applies one event at its time; events run before the health checks due at the same time (contract).
 * - `stopApp` / `startApp`: checks fail / pass while the instance keeps running (`startApp` also answers 200 again).
 * - `setHealthResponse`: the app answers checks with `httpStatus`, which passes iff it is in the matcher (L5, L6).
 * - `stopInstance` / `terminateInstance`: the instance leaves `running`; its target becomes `unused` with reason
 *   Target.InvalidState ("The target is in the stopped or terminated state", API TargetHealth).
 * - `register` / `deregister`: a new target starts `initial`; a deregistered one drains (L8).
 * Source: https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_TargetHealth.html
 */
export function applyEvent(world: World, event: ParsedEvent, index: number): EventOutcome {
  const t = event.t;
  if (isScalingEvent(event)) {
    if (world.asg === null)
      return {
        ok: false,
        ...inputProblem(["events", index, "op"], "needsAsg", { op: event.op }, `${event.op} needs an asg`),
      };
    const error = applyScalingEvent(world, world.asg, event);
    return error === null ? { ok: true } : { ok: false, error };
  }
  if (event.op === "register" || event.op === "deregister") {
    const id = event.target ?? event.instance;
    if (id === undefined)
      return { ok: false, ...inputProblem(["events", index, "target"], "required", {}, "required") };
    if (event.op === "deregister") {
      if (!world.targets.has(id))
        return {
          ok: false,
          ...inputProblem(["events", index, "target"], "unknownTarget", { id }, `unknown target "${id}"`),
        };
      deregisterTarget(world, id, t);
      return { ok: true };
    }
    const existing = world.targets.get(id);
    if (existing !== undefined && existing.state !== "unused" && existing.state !== "draining") {
      note(world, { t, rule: "ELB:already-registered", subject: id });
      return { ok: true };
    }
    const az = event.az ?? world.instances.get(id)?.az ?? existing?.az;
    if (az === undefined)
      return {
        ok: false,
        ...inputProblem(["events", index, "az"], "azToRegister", { id }, `required to register a new target "${id}"`),
      };
    if (!world.instances.has(id)) world.instances.set(id, newInstance(id, az, t, false));
    registerTarget(world, id, az, t, false);
    return { ok: true };
  }
  const instance = instanceOf(world, event.instance, index);
  if ("issue" in instance) return { ok: false, ...instance };
  switch (event.op) {
    case "stopApp":
      instance.appRunning = false;
      break;
    case "startApp":
      instance.appRunning = true;
      instance.httpStatus = 200;
      break;
    case "setHealthResponse":
      instance.httpStatus = event.httpStatus;
      break;
    case "stopInstance":
    case "terminateInstance":
      if (instance.ec2State === "terminated") break;
      instance.ec2State = event.op === "stopInstance" ? "stopped" : "terminated";
      note(world, { t, rule: `EC2:${instance.ec2State}`, subject: instance.id });
      markInvalidState(world, instance.id, t);
      break;
    case "startInstance": {
      if (instance.ec2State !== "stopped") break;
      instance.ec2State = "running";
      const target = world.targets.get(instance.id);
      if (target?.invalidState) {
        target.state = "initial";
        target.invalidState = false;
      }
      break;
    }
  }
  note(world, { t, rule: `event:${event.op}`, subject: instance.id });
  return { ok: true };
}
