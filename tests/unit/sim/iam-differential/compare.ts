import { evaluateIam, type IamDecision, type IamInput } from "@/lib/sim/iam";
import { KNOWN_DIFFERENCES, type KnownDifference } from "./known-differences";
import { runPeer } from "./peer";

/** How one case came out: agreement, a difference the reviewed list explains, or something to look at. */
export type Comparison =
  | { kind: "agree"; decision: IamDecision }
  | { kind: "explained"; gureum: IamDecision; peer: IamDecision; by: string[] }
  | { kind: "unexplained"; gureum: IamDecision; peer: IamDecision; tried: string[]; after: string[] }
  | { kind: "peer-problem"; problem: string };

/** Every subset of `items`, smallest first (the list is short: the entries whose feature one case has). */
function subsetsBySize<T>(items: readonly T[]): T[][] {
  const all: T[][] = [[]];
  for (const item of items) for (const subset of [...all]) all.push([...subset, item]);
  return all.filter((subset) => subset.length > 0).sort((a, b) => a.length - b.length);
}

function rewriteFor(input: IamInput, differences: readonly KnownDifference[]): IamInput {
  return differences.reduce((current, difference) => difference.rewrite(current, evaluateIam(current)), input);
}

/**
 * Runs both evaluators. On a disagreement, looks for the smallest set of known differences that the case has and whose
 * rewrites (equivalences under Gureum's reading) keep Gureum's decision and bring the peer to it.
 */
export async function compare(input: IamInput): Promise<Comparison> {
  const gureum = evaluateIam(input);
  const peer = await runPeer(input);
  if (!peer.ok) return { kind: "peer-problem", problem: peer.problem };
  if (peer.decision === gureum.decision) return { kind: "agree", decision: gureum.decision };
  const base = { gureum: gureum.decision, peer: peer.decision };
  const applicable = KNOWN_DIFFERENCES.filter((difference) => difference.applies(input, gureum));
  const after: string[] = [];
  for (const subset of subsetsBySize(applicable)) {
    const rewritten = rewriteFor(input, subset);
    const gureumAfter = evaluateIam(rewritten).decision;
    const peerAfter = await runPeer(rewritten);
    const ids = subset.map((difference) => difference.id);
    if (!peerAfter.ok) return { kind: "peer-problem", problem: `after ${ids.join(" + ")}: ${peerAfter.problem}` };
    if (gureumAfter === gureum.decision && peerAfter.decision === gureumAfter)
      return { kind: "explained", ...base, by: ids };
    after.push(`${ids.join(" + ")} → Gureum ${gureumAfter}, peer ${peerAfter.decision}`);
  }
  return { kind: "unexplained", ...base, tried: applicable.map((difference) => difference.id), after };
}
