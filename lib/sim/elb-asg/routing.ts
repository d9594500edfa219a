import type { LbType } from "./health-check-defaults";
import type { TargetRecord } from "./world";

/** Which targets get new requests, per L7 (healthy only; fail open when none is healthy). */
export interface Routing {
  routable: string[];
  /** No target is healthy, so the load balancer routes to all unhealthy targets (L7). */
  failOpen: boolean;
}

/**
 * Targets that receive new requests: the healthy ones. If none is healthy but some registered targets are unhealthy,
 * the load balancer fails open and routes to all of them (L7: "If a target group contains only unhealthy registered
 * targets, the load balancer routes requests to all those targets, regardless of their health status"; the NLB guide
 * says the same when all targets fail at once). Initial, draining and unused targets never receive new requests.
 * Sources: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html ,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-health-checks.html
 */
export function routeTargets(targets: Iterable<Pick<TargetRecord, "id" | "state">>): Routing {
  const list = [...targets];
  const healthy = list.filter((t) => t.state === "healthy").map((t) => t.id);
  if (healthy.length > 0) return { routable: healthy, failOpen: false };
  const unhealthy = list.filter((t) => t.state === "unhealthy").map((t) => t.id);
  return { routable: unhealthy, failOpen: unhealthy.length > 0 };
}

/**
 * Cross-zone load balancing defaults (L9): always on for ALB (it can be turned off per target group), off by default
 * for NLB and GWLB. Source: https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html#cross-zone-load-balancing
 */
export function crossZoneDefault(lbType: LbType | "gwlb"): boolean {
  return lbType === "alb";
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** Request shares per AZ when clients spread evenly over the LB nodes (L9). */
export interface TrafficShare {
  /** Percent of all requests that one target in each AZ receives. */
  perTargetPercent: Record<string, number>;
  /** Percent of all requests that the targets of each AZ receive together. */
  perAzPercent: Record<string, number>;
}

/**
 * How requests spread when clients are spread evenly over the LB nodes, one node per AZ (L9). With cross-zone on,
 * every target gets an equal share; with it off, each node keeps its share inside its own AZ (the ELB guide's example:
 * 2 targets in one AZ and 8 in the other get 25 % and 6.25 % each without cross-zone, 10 % each with it). An AZ with no
 * targets gets no node share (its node has nowhere to send requests, and NLB removes it from DNS).
 * Source: https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html#cross-zone-load-balancing
 */
export function trafficShare(azs: Record<string, number>, crossZone: boolean): TrafficShare {
  const entries = Object.entries(azs);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  const served = entries.filter(([, count]) => count > 0).length;
  const perTargetPercent: Record<string, number> = {};
  const perAzPercent: Record<string, number> = {};
  for (const [az, count] of entries) {
    if (count === 0 || total === 0) {
      perTargetPercent[az] = 0;
      perAzPercent[az] = 0;
    } else if (crossZone) {
      perTargetPercent[az] = round(100 / total);
      perAzPercent[az] = round((100 * count) / total);
    } else {
      perTargetPercent[az] = round(100 / served / count);
      perAzPercent[az] = round(100 / served);
    }
  }
  return { perTargetPercent, perAzPercent };
}

/** Per-target percent of requests for the routable targets of a timeline, from {@link trafficShare}. */
export function trafficShareOfTargets(
  targets: readonly Pick<TargetRecord, "id" | "az">[],
  crossZone: boolean,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of targets) counts[t.az] = (counts[t.az] ?? 0) + 1;
  const share = trafficShare(counts, crossZone);
  const result: Record<string, number> = {};
  for (const t of targets) result[t.id] = share.perTargetPercent[t.az] ?? 0;
  return result;
}
