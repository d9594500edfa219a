import { runSimulation, type Simulation } from "@cloud-copilot/iam-simulate";
import type { IamDecision, IamInput } from "@/lib/sim/iam";
import { ACCOUNT } from "./cases";

/** The peer's answer: a decision, or why it could not evaluate the case (a generator mistake). */
export type PeerAnswer = { ok: true; decision: IamDecision } | { ok: false; problem: string };

const DECISIONS = { Allowed: "Allow", ExplicitlyDenied: "ExplicitDeny", ImplicitlyDenied: "ImplicitDeny" } as const;

/**
 * Runs a case through @cloud-copilot/iam-simulate (README: `runSimulation(simulation, {})`): identity policies, one
 * resource policy, the boundary, one SCP per OU level (root first) and the session policy, against a resource of
 * account 111122223333.
 */
export async function runPeer(input: IamInput): Promise<PeerAnswer> {
  const documents = (kind: string) => input.policies.filter((policy) => policy.kind === kind).map((p) => p.document);
  const boundaries = documents("boundary").map((policy, i) => ({ name: `boundary${i}`, policy }));
  const simulation: Simulation = {
    request: {
      principal: input.request.principal,
      action: input.request.action,
      resource: { resource: input.request.resource, accountId: ACCOUNT },
      contextVariables: Object.fromEntries(
        Object.entries(input.request.context).map(([key, value]) => [
          key,
          typeof value === "string" ? value : [...value],
        ]),
      ),
    },
    identityPolicies: documents("identity").map((policy, i) => ({ name: `identity${i}`, policy })),
    serviceControlPolicies: documents("scp").map((policy, i) => ({
      orgIdentifier: `ou-${i}`,
      policies: [{ name: `scp${i}`, policy }],
    })),
    resourceControlPolicies: [],
    resourcePolicy: documents("resource")[0],
    sessionPolicy: documents("session")[0],
  };
  if (boundaries.length > 0) simulation.permissionBoundaryPolicies = boundaries;
  const result = await runSimulation(simulation, {});
  if (result.resultType === "error") return { ok: false, problem: JSON.stringify(result.errors) };
  if (result.resultType !== "single") return { ok: false, problem: `unexpected ${result.resultType} result` };
  const ignored = result.result.ignoredContextKeys ?? [];
  if (ignored.length > 0) return { ok: false, problem: `context keys ignored: ${ignored.join(", ")}` };
  return { ok: true, decision: DECISIONS[result.overallResult] };
}
