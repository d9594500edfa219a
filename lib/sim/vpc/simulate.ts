import type { InputFailure } from "../types";
import { explainReachability, explainTopologyError } from "./explain";
import { walkReply } from "./reply";
import { walkRequest } from "./request";
import { findTopologyError } from "./topology";
import type { BlockedBy, Localized, TopologyError, VpcScenario, VpcTraceStep } from "./types";
import { Walker } from "./walk";

/** The contract's result: whether the request and its reply get through, what blocks, and the request's hops. */
export interface VpcReachability {
  [key: string]: unknown;
  reachable: boolean;
  blockedBy: BlockedBy | null;
  at: string | null;
  path: string[];
  /** Whether the flow has a reply to check (ICMP types other than echo have none). */
  replyChecked: boolean;
  trace: VpcTraceStep[];
  explanation: Localized;
}

/** A configuration AWS refuses to create (`{error, at}`), checked before the flow. */
export interface VpcTopologyResult {
  [key: string]: unknown;
  error: TopologyError;
  at: string;
  explanation: Localized;
}

export type VpcResult = VpcReachability | VpcTopologyResult;

/**
 * Evaluates one flow: topology errors first, then the request hop by hop, then (only once it has arrived) its reply
 * over the same hops in reverse. The first failing check is reported, as Reachability Analyzer names "the component
 * … that is blocking the path" (V-45).
 */
export function evaluateFlow(scenario: VpcScenario): { ok: true; result: VpcResult } | InputFailure {
  const topology = findTopologyError(scenario.network);
  if (topology !== null)
    return { ok: true, result: { ...topology, explanation: explainTopologyError(scenario.network, topology) } };
  const walker = new Walker(scenario.network, scenario.flow);
  walkRequest(walker);
  const requestProblem = walker.walk.problem;
  if (requestProblem !== null) return { ok: false, ...requestProblem };
  const requestFailure = walker.walk.failure;
  const replyChecked = requestFailure === null && (scenario.flow.icmpType === null || scenario.flow.icmpType === 8);
  if (requestFailure === null) walkReply(walker);
  const failure = walker.walk.failure;
  const result: VpcReachability = {
    reachable: failure === null,
    blockedBy: failure?.blockedBy ?? null,
    at: failure === null ? null : failure.at,
    path: walker.walk.path,
    replyChecked,
    trace: walker.walk.trace,
    explanation: explainReachability(scenario, walker.walk),
  };
  return { ok: true, result };
}
