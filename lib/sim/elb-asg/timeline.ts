import { asgHealthPass, fillToDesiredAtStart } from "./asg-actions";
import { applyEvent } from "./events";
import { buildResult, type Snapshot, type TimelineResult } from "./timeline-result";
import type { ParsedTimeline } from "./schema";
import { buildWorld } from "./setup";
import type { InputProblem } from "../input-issue";
import { checkDueAt, extendHorizon, nextCheckAfter, note, runCheck, type World } from "./world";
import { withJosa } from "@/lib/i18n/josa";

/** A simulated AWS failure (`DESIRED_OUT_OF_RANGE`…): later ops are not run. */
export interface TimelineFailure {
  error: string;
  atOp: number | string;
  desiredAfterEach: (number | null)[];
  decidedBy: string[];
  explanation: { ko: string; en: string };
}

/** A finished timeline, a simulated AWS failure, or an input error found while running. */
export type TimelineOutcome =
  | { kind: "result"; result: TimelineResult }
  | { kind: "failure"; failure: TimelineFailure }
  | { kind: "inputError"; problem: InputProblem };

const MAX_STEPS = 200_000;

function failure(
  world: World | null,
  error: string,
  atOp: number | string,
  desiredAfterEach: (number | null)[],
): TimelineOutcome {
  // Events are counted from 1 in prose, as the editors count them; `atOp` stays the contract's 0-based index.
  const where = typeof atOp === "number" ? `event ${atOp + 1}` : atOp;
  const whereKo = withJosa(typeof atOp === "number" ? `이벤트 ${atOp + 1}` : "그룹 생성", "이/가");
  const en =
    error === "DESIRED_OUT_OF_RANGE"
      ? `${where} failed with DESIRED_OUT_OF_RANGE: the desired capacity must stay within the group's minimum and maximum size, so later events were not run.`
      : `${where} failed with ${error}: the minimum size can't exceed the maximum size, so later events were not run.`;
  const ko =
    error === "DESIRED_OUT_OF_RANGE"
      ? `${whereKo} DESIRED_OUT_OF_RANGE 오류로 실패했습니다. 원하는 용량은 그룹의 최소~최대 크기 안에 있어야 하므로 이후 이벤트는 실행되지 않았습니다.`
      : `${whereKo} ${error} 오류로 실패했습니다. 최소 크기가 최대 크기보다 클 수 없으므로 이후 이벤트는 실행되지 않았습니다.`;
  return {
    kind: "failure",
    failure: {
      error,
      atOp,
      desiredAfterEach,
      decidedBy: [...(world?.rules ?? []), `A1:${error}`],
      explanation: { ko, en },
    },
  };
}

function nextTime(world: World, after: number, nextEventT: number | undefined): number | null {
  let next = nextEventT ?? Number.POSITIVE_INFINITY;
  for (const target of world.targets.values()) {
    const check = nextCheckAfter(world, target, after);
    if (check !== null) next = Math.min(next, check);
    if (target.drainingUntil !== null && target.state === "draining" && target.drainingUntil > after)
      next = Math.min(next, target.drainingUntil);
  }
  const asg = world.asg;
  if (asg !== null && asg.healthCheckType === "ELB") {
    for (const instance of world.instances.values()) {
      const graceEnd = instance.launchedAt + asg.gracePeriodSec;
      if (instance.inAsg && instance.inService && graceEnd > after) next = Math.min(next, graceEnd);
    }
  }
  return Number.isFinite(next) ? next : null;
}

/**
 * Runs the `elb-asg` timeline of SIM_CONTRACT.md: at each time, events first, then the health checks due
 * (registeredAt + k·interval), then connection-draining ends, then the Auto Scaling group's health view. The run ends
 * once every change has had time to settle (the largest threshold plus one interval past the last event, grace-period
 * end or launch), or at `untilSec` when given.
 */
export function runTimeline(input: ParsedTimeline): TimelineOutcome {
  const built = buildWorld(input);
  if ("issue" in built) return { kind: "inputError", problem: built };
  if ("error" in built) return failure(null, built.error, built.atOp, []);
  const world = built;
  const order = input.events.map((event, index) => ({ event, index })).sort((a, b) => a.event.t - b.event.t);
  const desiredAfterEach: (number | null)[] = input.events.map(() => null);
  const lastEvent = order.at(-1)?.event.t ?? 0;
  world.horizon = input.untilSec ?? lastEvent + world.settleSec;
  if (world.asg !== null) {
    for (const instance of world.instances.values())
      if (instance.inAsg) extendHorizon(world, instance.launchedAt + world.asg.gracePeriodSec + world.settleSec);
    fillToDesiredAtStart(world);
  }
  const snapshots: Snapshot[] = [];
  let pointer = 0;
  let now = 0;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    for (let entry = order[pointer]; entry !== undefined && entry.event.t === now; entry = order[++pointer]) {
      const outcome = applyEvent(world, entry.event, entry.index);
      if (!outcome.ok && "issue" in outcome) return { kind: "inputError", problem: outcome };
      if (!outcome.ok) return failure(world, outcome.error, entry.index, desiredAfterEach.slice(0, entry.index));
      desiredAfterEach[entry.index] = world.asg?.desired ?? null;
    }
    for (const target of [...world.targets.values()]) if (checkDueAt(world, target, now)) runCheck(world, target, now);
    for (const target of world.targets.values()) {
      if (target.state === "draining" && target.drainingUntil !== null && target.drainingUntil <= now) {
        target.state = "unused";
        note(world, { t: now, rule: "L8:draining-complete", subject: target.id });
      }
    }
    asgHealthPass(world, now);
    snapshots.push({ t: now, states: new Map([...world.targets.values()].map((t) => [t.id, t.state])) });
    const next = nextTime(world, now, order[pointer]?.event.t);
    if (next === null || next > world.horizon) break;
    now = next;
  }
  return { kind: "result", result: buildResult(world, snapshots, desiredAfterEach) };
}
