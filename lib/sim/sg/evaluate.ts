import type { Layer, Nacl, NaclRule, Packet, SecurityGroup, SgResult, SgScenario, TraceStep, Traffic } from "./types";
import { defaultNacl, evaluateNacl, findSgAllow } from "./match";
import { explainResult } from "./explain";
import { inputProblem, type InputProblem } from "../input-issue";
import type { InputFailure } from "../types";

/** Replies to ICMP queries (echo, timestamp, information, address mask; ICMPv6 echo). Other types get no reply. */
const ICMP_REPLY_TYPES: Record<"icmp" | "icmpv6", ReadonlyMap<number, number>> = {
  icmp: new Map([
    [8, 0],
    [13, 14],
    [15, 16],
    [17, 18],
  ]),
  icmpv6: new Map([[128, 129]]),
};

type ReplyPacket = { kind: "packet"; packet: Packet } | { kind: "none"; note: string } | { kind: "needs-source-port" };

function requestPacket(traffic: Traffic): Packet {
  return {
    protocol: traffic.protocol,
    dstPort: traffic.port,
    icmpType: traffic.icmpType,
    icmpCode: traffic.icmpCode,
    remote: traffic.peer,
  };
}

/**
 * The reply travels back to the client: for TCP/UDP its destination port is the client's ephemeral `sourcePort`
 * (N7, https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html#nacl-ephemeral-ports).
 */
function replyPacket(traffic: Traffic): ReplyPacket {
  const { protocol } = traffic;
  if (protocol.kind === "all") return { kind: "none", note: "no single protocol" };
  if (protocol.name === "tcp" || protocol.name === "udp") {
    if (traffic.sourcePort === null) return { kind: "needs-source-port" };
    return { kind: "packet", packet: { ...requestPacket(traffic), dstPort: traffic.sourcePort } };
  }
  if (protocol.name === "icmp" || protocol.name === "icmpv6") {
    const replyType = traffic.icmpType === null ? undefined : ICMP_REPLY_TYPES[protocol.name].get(traffic.icmpType);
    if (replyType === undefined) return { kind: "none", note: "this ICMP type has no reply" };
    return { kind: "packet", packet: { ...requestPacket(traffic), icmpType: replyType, icmpCode: 0 } };
  }
  return { kind: "packet", packet: requestPacket(traffic) };
}

function naclStep(layer: Layer, rules: readonly NaclRule[] | null, packet: Packet, isDefault: boolean): TraceStep {
  if (rules === null) return { layer, outcome: "skipped", rule: null, note: "same subnet: NACLs are not evaluated" };
  const decision = evaluateNacl(rules, packet);
  const step: TraceStep = { layer, outcome: decision.action, rule: decision.rule };
  return isDefault ? { ...step, defaultNacl: true } : step;
}

function sgStep(layer: Layer, groups: SecurityGroup[], direction: "inbound" | "outbound", packet: Packet): TraceStep {
  const allow = findSgAllow(groups, direction, packet);
  if (allow === null) return { layer, outcome: "deny", rule: null };
  return { layer, outcome: "allow", rule: null, group: allow.group, ruleIndex: allow.ruleIndex };
}

/** A result, or an input error found only during evaluation (a custom NACL reply check without `sourcePort`). */
export type EvaluateOutcome = { ok: true; result: SgResult } | InputFailure;

/**
 * Walks a connection through the layers in the contract's order and reports the first layer that drops a packet.
 * Inbound: NACL-in → SG-in → (SG reply is stateful, SG1) → NACL-out for the reply. Outbound: SG-out → NACL-out →
 * (stateful SG) → NACL-in for the reply. `sameSubnet` skips the NACL (N6). The order follows the docs' diagrams (N8,
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html).
 */
export function evaluateScenario(scenario: SgScenario): EvaluateOutcome {
  const { traffic } = scenario;
  const groups = scenario.instanceGroups
    .map((id) => scenario.securityGroups.find((group) => group.id === id))
    .filter((group): group is SecurityGroup => group !== undefined);
  const isDefault = scenario.nacl === null;
  const nacl: Nacl | null = traffic.sameSubnet ? null : (scenario.nacl ?? defaultNacl());
  const request = requestPacket(traffic);
  const inbound = traffic.direction === "inbound";

  const trace: TraceStep[] = [];
  const steps: (() => TraceStep | InputProblem)[] = [
    () =>
      inbound
        ? naclStep("nacl-in", nacl?.inbound ?? null, request, isDefault)
        : sgStep("sg-out", groups, "outbound", request),
    () =>
      inbound
        ? sgStep("sg-in", groups, "inbound", request)
        : naclStep("nacl-out", nacl?.outbound ?? null, request, isDefault),
    () => ({ layer: "sg-reply", outcome: "stateful", rule: null, note: "security groups are stateful" }),
    () => {
      const layer: Layer = inbound ? "nacl-out-reply" : "nacl-in-reply";
      const rules = inbound ? (nacl?.outbound ?? null) : (nacl?.inbound ?? null);
      if (rules === null) return naclStep(layer, null, request, isDefault);
      const reply = replyPacket(traffic);
      if (reply.kind === "needs-source-port") {
        // The default NACL allows every port, so the client's port only matters for a custom NACL.
        if (isDefault) return naclStep(layer, rules, { ...request, dstPort: null }, isDefault);
        return inputProblem(
          ["traffic", "sourcePort"],
          "requiredForReply",
          {},
          "required to check the NACL for the reply",
        );
      }
      if (reply.kind === "none") return { layer, outcome: "skipped", rule: null, note: reply.note };
      return naclStep(layer, rules, reply.packet, isDefault);
    },
  ];

  let admitted: TraceStep = { layer: inbound ? "sg-in" : "sg-out", outcome: "allow", rule: null };
  for (const step of steps) {
    const outcome = step();
    if ("issue" in outcome) return { ok: false, ...outcome };
    trace.push(outcome);
    if (outcome.layer === "sg-in" || outcome.layer === "sg-out") admitted = outcome;
    if (outcome.outcome === "deny") {
      const verdict = outcome.layer.startsWith("sg") ? "blocked-by-sg" : "blocked-by-nacl";
      return {
        ok: true,
        result: finish(scenario, { verdict, layer: outcome.layer, rule: outcome.rule, decidedBy: outcome }, trace),
      };
    }
  }
  return {
    ok: true,
    result: finish(scenario, { verdict: "allowed", layer: null, rule: null, decidedBy: admitted }, trace),
  };
}

function finish(scenario: SgScenario, head: Omit<SgResult, "trace" | "explanation">, trace: TraceStep[]): SgResult {
  return { ...head, trace, explanation: explainResult(scenario, head, trace) };
}
