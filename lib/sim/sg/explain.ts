import { formatCidr, formatProtocol } from "../net";
import type { Layer, Localized, SgResult, SgScenario, TraceStep, Traffic } from "./types";
import { withJosa } from "@/lib/i18n/josa";

const LAYER_NAMES: Record<Layer, Localized> = {
  "nacl-in": { en: "the inbound NACL rules", ko: "NACL 인바운드 규칙" },
  "sg-in": { en: "the inbound security group rules", ko: "보안 그룹 인바운드 규칙" },
  "sg-out": { en: "the outbound security group rules", ko: "보안 그룹 아웃바운드 규칙" },
  "nacl-out": { en: "the outbound NACL rules", ko: "NACL 아웃바운드 규칙" },
  "nacl-in-reply": { en: "the inbound NACL rules (for the reply)", ko: "응답 트래픽에 대한 NACL 인바운드 규칙" },
  "nacl-out-reply": { en: "the outbound NACL rules (for the reply)", ko: "응답 트래픽에 대한 NACL 아웃바운드 규칙" },
  "sg-reply": { en: "the stateful security group", ko: "상태 저장 보안 그룹" },
};

function describeRequest(traffic: Traffic): string {
  const protocol = formatProtocol(traffic.protocol);
  const what =
    traffic.port !== null
      ? `${protocol}/${traffic.port}`
      : traffic.icmpType !== null
        ? `${protocol} type ${traffic.icmpType} code ${traffic.icmpCode ?? 0}`
        : protocol;
  const peer =
    traffic.peer.groups.length > 0 ? `${traffic.peer.text} (${traffic.peer.groups.join(", ")})` : traffic.peer.text;
  return traffic.direction === "inbound" ? `${what} from ${peer}` : `${what} to ${peer}`;
}

function describeRequestKo(traffic: Traffic): string {
  const en = describeRequest(traffic);
  return traffic.direction === "inbound"
    ? `${en.replace(" from ", " (출발지 ")})`
    : `${en.replace(" to ", " (목적지 ")})`;
}

function explainNaclBlock(step: TraceStep, scenario: SgScenario): Localized {
  const layer = LAYER_NAMES[step.layer];
  const reply = step.layer.endsWith("-reply");
  const port = scenario.traffic.sourcePort;
  const replyEn = reply
    ? ` NACLs are stateless, so the reply to the client's ephemeral port${port === null ? "" : ` ${port}`} needs its own allow rule.`
    : "";
  const replyKo = reply
    ? ` NACL은 상태 비저장이므로 클라이언트의 임시 포트${port === null ? "" : ` ${port}`}로 가는 응답도 별도의 허용 규칙이 필요합니다.`
    : "";
  if (step.rule === "*") {
    return {
      en: `Blocked by ${layer.en}: no numbered rule matches, so the final * rule denies the packet.${replyEn}`,
      ko: `${layer.ko}에서 차단됨: 일치하는 번호 규칙이 없어 마지막 * 규칙이 패킷을 거부합니다.${replyKo}`,
    };
  }
  return {
    en: `Blocked by ${layer.en}: rule ${step.rule} (deny) is the lowest-numbered matching rule, and the first match wins.${replyEn}`,
    ko: `${layer.ko}에서 차단됨: 일치하는 규칙 중 번호가 가장 작은 ${step.rule}번(거부)이 먼저 적용됩니다.${replyKo}`,
  };
}

function publicPathNote(scenario: SgScenario, layer: Layer): Localized {
  const { peer } = scenario.traffic;
  const direction = layer === "sg-in" ? "inbound" : "outbound";
  const hasReference = scenario.securityGroups.some(
    (group) =>
      scenario.instanceGroups.includes(group.id) &&
      group[direction].some((rule) => rule.target.kind === "sg" && peer.groups.includes(rule.target.id)),
  );
  if (!hasReference || peer.privatePath) return { en: "", ko: "" };
  return {
    en: " A security-group reference matches only traffic sent to private IP addresses, not to a public IP.",
    ko: " 보안 그룹 참조 규칙은 프라이빗 IP로 보낸 트래픽에만 일치하며 퍼블릭 IP로 보낸 트래픽에는 적용되지 않습니다.",
  };
}

function naclSummary(scenario: SgScenario, trace: TraceStep[]): Localized {
  if (scenario.traffic.sameSubnet) {
    return {
      en: "NACLs are not evaluated within the same subnet",
      ko: "같은 서브넷 안에서는 NACL이 평가되지 않습니다",
    };
  }
  if (scenario.nacl === null)
    return { en: "the default NACL allows all traffic", ko: "기본 NACL은 모든 트래픽을 허용합니다" };
  const steps = trace.filter((step) => step.layer.startsWith("nacl") && typeof step.rule === "number");
  const en = steps
    .map((step) => `${step.layer.includes("in") ? "inbound" : "outbound"} rule ${step.rule}`)
    .join(" and ");
  const ko = steps.map((step) => `${step.layer.includes("in") ? "인바운드" : "아웃바운드"} ${step.rule}번`).join(", ");
  return { en: `NACL ${en} allow the request and its reply`, ko: `NACL ${ko} 규칙이 요청과 응답을 허용합니다` };
}

/** A one- or two-sentence account of the deciding layer and rule, in English and Korean. */
export function explainResult(
  scenario: SgScenario,
  head: Omit<SgResult, "trace" | "explanation">,
  trace: TraceStep[],
): Localized {
  const request = { en: describeRequest(scenario.traffic), ko: describeRequestKo(scenario.traffic) };
  const step = head.decidedBy;
  if (head.verdict === "blocked-by-nacl") return explainNaclBlock(step, scenario);
  if (head.verdict === "blocked-by-sg") {
    const layer = LAYER_NAMES[step.layer];
    const note = publicPathNote(scenario, step.layer);
    return {
      en: `Blocked by ${layer.en}: no allow rule in ${scenario.instanceGroups.join(", ") || "(no groups)"} matches ${request.en}; security groups only allow, so anything not allowed is denied.${note.en}`,
      ko: `${layer.ko}에서 차단됨: ${scenario.instanceGroups.join(", ") || "(보안 그룹 없음)"}에 ${withJosa(String(request.ko), "와/과")} 일치하는 허용 규칙이 없습니다. 보안 그룹에는 허용 규칙만 있으므로 허용되지 않은 트래픽은 거부됩니다.${note.ko}`,
    };
  }
  const nacl = naclSummary(scenario, trace);
  const group = scenario.securityGroups.find((g) => g.id === step.group);
  const direction = step.layer === "sg-in" ? "inbound" : "outbound";
  const rule = group?.[direction][step.ruleIndex ?? 0];
  const target = rule === undefined ? "" : rule.target.kind === "cidr" ? formatCidr(rule.target.cidr) : rule.target.id;
  return {
    en: `Allowed: ${step.group} ${direction} rule #${step.ruleIndex ?? 0} (${target}) permits ${request.en}, and ${nacl.en}. The reply needs no SG rule because security groups are stateful.`,
    ko: `허용됨: ${step.group}의 ${direction === "inbound" ? "인바운드" : "아웃바운드"} 규칙 #${step.ruleIndex ?? 0}(${target})이 ${withJosa(String(request.ko), "을/를")} 허용하고, ${nacl.ko}. 보안 그룹은 상태 저장이므로 응답에는 별도의 규칙이 필요 없습니다.`,
  };
}
