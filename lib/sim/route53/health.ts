import { groupKey } from "./names";
import type { AliasTarget, HealthCheck, ZoneRecord } from "./types";

/**
 * The effective status of a health check (SIM_CONTRACT.md, route53, Input):
 * - a disabled check is healthy (R-39: "Route 53 considers the status of the health check to always be healthy");
 * - otherwise a calculated check is healthy iff at least `healthThreshold` of its children are, and an endpoint
 *   check has its status;
 * - `inverted` then flips the result, which is how a disabled check is made unhealthy.
 * Sources: https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html ,
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-invert.html
 */
export function checkIsHealthy(id: string, checks: ReadonlyMap<string, HealthCheck>): boolean {
  const check = checks.get(id);
  if (check === undefined) return false;
  let healthy: boolean;
  if (check.disabled) healthy = true;
  else if (check.kind === "endpoint") healthy = check.status === "healthy";
  else {
    const up = check.children.filter((child) => {
      const target = checks.get(child);
      return target !== undefined && target.kind === "endpoint" && checkIsHealthy(child, checks);
    }).length;
    healthy = up >= check.healthThreshold;
  }
  return check.inverted ? !healthy : healthy;
}

/**
 * Record health in one zone: `healthy(r)` = (no health check, or the check is effectively healthy) and (for an alias
 * with evaluate target health) the target is healthy. Memoized per record; alias chains are loop-free and at
 * most 8 deep (checked on input).
 */
export class ZoneHealth {
  private readonly memo = new Map<number, boolean>();

  constructor(
    private readonly groups: ReadonlyMap<string, readonly ZoneRecord[]>,
    private readonly checks: ReadonlyMap<string, HealthCheck>,
  ) {}

  /** True when the record's own check (if any) is healthy, ignoring its alias target (the R-7 fallback ignores both). */
  checkHealthy(record: ZoneRecord): boolean {
    return record.healthCheckId === null || checkIsHealthy(record.healthCheckId, this.checks);
  }

  healthy(record: ZoneRecord): boolean {
    const known = this.memo.get(record.index);
    if (known !== undefined) return known;
    const alias = record.alias;
    const result =
      this.checkHealthy(record) && (alias === null || !alias.evaluateTargetHealth || this.targetHealthy(alias, record));
    this.memo.set(record.index, result);
    return result;
  }

  /**
   * An alias target's health:
   * - `elb`: at least one target group, and every target group has a healthy target; a group with no registered
   *   targets is unhealthy (R-31, https://docs.aws.amazon.com/Route53/latest/APIReference/API_AliasTarget.html);
   * - other AWS resources: their `healthy` state;
   * - records: at least one record of the target group is healthy, with no "none healthy, so all healthy" rescue
   *   (R-33, https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-how-route-53-chooses-records.html).
   */
  targetHealthy(alias: AliasTarget, record: ZoneRecord): boolean {
    if (alias.kind === "aws") {
      if (alias.service !== "elb") return alias.healthy;
      return alias.targetGroups.length > 0 && alias.targetGroups.every((group) => group.healthy >= 1);
    }
    const targets = this.groups.get(groupKey(alias.name, record.type)) ?? [];
    return targets.some((target) => this.healthy(target));
  }
}
