import type { TimelineResult } from "./timeline-result";
import type { World } from "./world";
import { withJosa } from "@/lib/i18n/josa";

type Sentence = { en: string; ko: string };
type Facts = Pick<
  TimelineResult,
  "markedUnhealthyAt" | "healthyAgainAt" | "routableTargets" | "failOpen" | "replacements" | "finalDesired"
>;

function firstOf(map: Record<string, number | null>): [string, number] | null {
  for (const [id, t] of Object.entries(map)) if (t !== null) return [id, t];
  return null;
}

function unhealthySentence(world: World, facts: Facts): Sentence | null {
  const first = firstOf(facts.markedUnhealthyAt);
  const n = world.settings?.unhealthyThreshold;
  if (first === null || n === undefined) return null;
  const [id, t] = first;
  return {
    en: `${id} failed ${n} consecutive health checks and was marked unhealthy at t=${t} (UnhealthyThresholdCount).`,
    ko: `${withJosa(String(id), "은/는")} 상태 확인에 ${n}회 연속 실패하여 ${t}초에 비정상으로 표시되었습니다(UnhealthyThresholdCount).`,
  };
}

function healthyAgainSentence(world: World, facts: Facts): Sentence | null {
  const first = firstOf(facts.healthyAgainAt);
  const n = world.settings?.healthyThreshold;
  if (first === null || n === undefined) return null;
  const [id, t] = first;
  return {
    en: `${id} was healthy again at t=${t} after ${n} consecutive successful checks (HealthyThresholdCount).`,
    ko: `${withJosa(String(id), "은/는")} ${n}회 연속 상태 확인에 성공한 뒤 ${t}초에 다시 정상이 되었습니다(HealthyThresholdCount).`,
  };
}

function asgSentence(world: World, facts: Facts): Sentence | null {
  const first = facts.replacements[0];
  const asg = world.asg;
  if (asg === null) return null;
  if (first === undefined) {
    const ignored = world.log.find((entry) => entry.rule === "A2:EC2-check-type-ignores-ELB");
    if (ignored === undefined) return null;
    return {
      en: `The group uses EC2 health checks, which ignore the load balancer, so it kept ${ignored.subject ?? "the instance"} in service and did not replace it.`,
      ko: `그룹의 상태 확인 유형이 EC2이므로 로드 밸런서 결과를 무시하여 ${withJosa(String(ignored.subject ?? "인스턴스"), "을/를")} 계속 InService로 두고 교체하지 않았습니다.`,
    };
  }
  const launchedAt = world.instances.get(first.terminated)?.launchedAt ?? 0;
  const graceEnd = launchedAt + asg.gracePeriodSec;
  if (first.reason === "A2:not-running-replaced-immediately") {
    const inGrace = first.at < graceEnd;
    return {
      en: `${first.terminated} left the running state, so the group replaced it at once at t=${first.at}${inGrace ? ", even inside its grace period" : ""} (terminate, then launch ${first.launched}).`,
      ko: `${withJosa(String(first.terminated), "이/가")} 실행 중 상태를 벗어났으므로 그룹이 ${first.at}초에 즉시 교체했습니다${inGrace ? "(유예 기간 중이어도 마찬가지)" : ""}. 먼저 종료한 뒤 ${withJosa(String(first.launched), "을/를")} 시작합니다.`,
    };
  }
  return {
    en: `With ELB health checks the group acted at t=${first.at} = max(ELB-unhealthy time, launchedAt + ${asg.gracePeriodSec} s grace = ${graceEnd}) and replaced ${first.terminated} with ${first.launched}.`,
    ko: `ELB 상태 확인을 쓰는 그룹은 ${first.at}초(ELB 비정상 시각과 시작 시각 + 유예 ${asg.gracePeriodSec}초 = ${graceEnd}초 중 늦은 쪽)에 조치하여 ${withJosa(String(first.terminated), "을/를")} ${withJosa(String(first.launched), "으로/로")} 교체했습니다.`,
  };
}

function failOpenSentence(facts: Facts): Sentence | null {
  if (!facts.failOpen) return null;
  const list = facts.routableTargets.join(", ");
  return {
    en: `No target is healthy, so the load balancer fails open and routes to all unhealthy targets (${list}).`,
    ko: `정상 대상이 하나도 없으므로 로드 밸런서가 비정상 대상 모두(${list})로 요청을 보냅니다(페일 오픈).`,
  };
}

const SCALING_RULES = /^(A1:set-desired|A1:clamped|A5:|A8:|A10:)/;

function registeredSentence(world: World): Sentence | null {
  const passed = world.log.find((entry) => entry.rule === "L7:initial-passed-one-check");
  if (passed?.subject === undefined) return null;
  const registeredAt = world.targets.get(passed.subject)?.registeredAt ?? 0;
  return {
    en: `${passed.subject}, registered at t=${registeredAt}, became healthy at t=${passed.t} after passing its first health check (a new target must pass one check).`,
    ko: `${registeredAt}초에 등록된 ${withJosa(String(passed.subject), "은/는")} 첫 상태 확인을 통과한 ${passed.t}초에 정상이 되었습니다(새 대상은 확인 1회 통과가 필요).`,
  };
}

function scalingSentence(world: World, facts: Facts): Sentence | null {
  if (facts.finalDesired === null || ![...world.rules].some((rule) => SCALING_RULES.test(rule))) return null;
  const blocked = world.rules.has("A5:cooldown-blocks-simple-scaling");
  const clamped = [...world.rules].some((rule) => rule.startsWith("A1:clamped"));
  const why = [
    blocked ? "a simple scaling alarm was skipped during the cooldown" : null,
    clamped ? "a change was clamped to the group's min/max" : null,
  ].filter((x) => x !== null);
  const whyKo =
    blocked && clamped
      ? " 쿨다운 중 단순 조정 경보는 무시되었고, 조정 결과는 최소/최대 크기로 제한되었습니다."
      : blocked
        ? " 쿨다운 중 단순 조정 경보는 무시되었습니다."
        : clamped
          ? " 조정 결과는 최소/최대 크기로 제한되었습니다."
          : "";
  return {
    en: `The desired capacity ended at ${facts.finalDesired}${why.length > 0 ? `; ${why.join(", and ")}` : ""}.`,
    ko: `원하는 용량은 최종 ${facts.finalDesired}입니다.${whyKo}`,
  };
}

/** One or two sentences naming the health check, threshold or scaling rule that decided the outcome. */
export function explainTimeline(world: World, facts: Facts): { ko: string; en: string } {
  const sentences = [
    unhealthySentence(world, facts),
    asgSentence(world, facts),
    failOpenSentence(facts),
    healthyAgainSentence(world, facts),
    scalingSentence(world, facts),
    registeredSentence(world),
  ].filter((s) => s !== null);
  const chosen = sentences.slice(0, 2);
  if (chosen.length === 0) {
    return {
      en: "Every target passed its health checks, so all of them stayed healthy and routable.",
      ko: "모든 대상이 상태 확인을 통과하여 계속 정상이며 요청을 받을 수 있습니다.",
    };
  }
  return { en: chosen.map((s) => s.en).join(" "), ko: chosen.map((s) => s.ko).join(" ") };
}
