import { z } from "zod";
import { inputProblem, zodProblem } from "../input-issue";
import type { InputFailure, SimRun, Simulator } from "../types";
import { buildNetwork } from "./build-network";
import { VPC_QUERIES, type VpcQueryName } from "./queries";
import { resolveFlow } from "./resolve-flow";
import { VpcInputSchema } from "./schema";
import { evaluateFlow, type VpcResult } from "./simulate";

export type { VpcReachability, VpcResult, VpcTopologyResult } from "./simulate";
export type { BlockedBy, CheckKind, TopologyError, VpcTraceStep } from "./types";
export { VpcInputSchema } from "./schema";
export { VPC_QUERIES, type VpcQueryName } from "./queries";

/** The JSON input of the `vpc` simulator, as written in SIM_CONTRACT.md. */
export type VpcInput = z.input<typeof VpcInputSchema>;

/** The typed result of {@link simulateVpc}. */
export type VpcRun = { ok: true; result: VpcResult } | InputFailure;

/**
 * Can A reach B, and does the reply come back? Route tables by longest prefix match (V-1 – V-7), internet and NAT
 * gateways (V-8 – V-24), peering without transit or edge-to-edge routing (V-25 – V-32), gateway endpoints
 * (V-33 – V-38), a transit gateway (V-43, V-44), and the `sg` simulator's security groups and NACLs on every hop,
 * the reply included (N1, N7, SG1). Sources: AWS_FACTS.md, section "VPC routing and reachability".
 */
export function simulateVpc(input: VpcInput | unknown): VpcRun {
  const parsed = VpcInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...zodProblem(parsed.error, input) };
  const network = buildNetwork(parsed.data, input);
  if ("inputError" in network) return { ok: false, ...network };
  const flow = resolveFlow(network, parsed.data.flow);
  if ("inputError" in flow) return { ok: false, ...flow };
  return evaluateFlow({ network, flow });
}

function isQueryName(name: string): name is VpcQueryName {
  return Object.hasOwn(VPC_QUERIES, name);
}

/** Answers `{"query": name}`: `routePriority`, `natGateway`, `gatewayEndpointServices`, `ephemeralPorts`. */
export function queryVpc(name: string): SimRun {
  if (!isQueryName(name)) {
    const expected = Object.keys(VPC_QUERIES).join(" | ");
    return {
      ok: false,
      ...inputProblem(["query"], "unknownQuery", { name, expected }, `unknown query "${name}" (expected ${expected})`),
    };
  }
  return { ok: true, result: VPC_QUERIES[name]() };
}

const QueryInputSchema = z.object({ query: z.string() });

/** The `vpc` simulator of the registry. */
export const vpcSimulator: Simulator = {
  run(input: unknown): SimRun {
    const query = QueryInputSchema.safeParse(input);
    if (query.success) return queryVpc(query.data.query);
    return simulateVpc(input);
  },
};
