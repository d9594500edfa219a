import type { InputIssueCode } from "../input-issue";
import { groupKey, groupRecords } from "./names";
import type { Route53Scenario, ZoneRecord } from "./types";

/** The deepest alias chain the contract accepts; a deeper one (or a loop) is an input error. */
export const MAX_ALIAS_CHAIN = 8;

export interface ReferenceProblem {
  path: (string | number)[];
  code: InputIssueCode;
  message: string;
  params: Record<string, string | number>;
}

/**
 * A calculated check monitors endpoint checks only: "A calculated check can't monitor other calculated checks" (R-37,
 * https://docs.aws.amazon.com/Route53/latest/APIReference/API_HealthCheckConfig.html). An unknown child is an input
 * error too.
 */
function healthCheckProblems(scenario: Route53Scenario): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const [id, check] of scenario.healthChecks) {
    if (check.kind !== "calculated") continue;
    check.children.forEach((child, index) => {
      const target = scenario.healthChecks.get(child);
      const path = ["healthChecks", id, "children", index];
      if (target === undefined)
        problems.push({ path, code: "unknownHealthCheck", message: `no health check ${child}`, params: { id: child } });
      else if (target.kind === "calculated")
        problems.push({
          path,
          code: "nestedCalculatedCheck",
          message: `${child} is a calculated check; a calculated check can't monitor another`,
          params: { id: child },
        });
    });
  }
  return problems;
}

/** An ip-based record names a collection and a location in `cidrCollections`, or the default location `*`. */
function cidrProblems(scenario: Route53Scenario): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const record of scenario.records) {
    if (record.cidr === null) continue;
    const { collection, location } = record.cidr;
    const locations = scenario.cidrCollections.get(collection);
    if (locations === undefined)
      problems.push({
        path: ["records", record.index, "cidr", "collection"],
        code: "unknownCidrCollection",
        message: `no CIDR collection ${collection}`,
        params: { collection },
      });
    else if (location !== "*" && !locations.has(location))
      problems.push({
        path: ["records", record.index, "cidr", "location"],
        code: "unknownCidrLocation",
        message: `no location ${location} in CIDR collection ${collection}`,
        params: { collection, location },
      });
  }
  return problems;
}

const LOOP = -1;

/**
 * The first record whose alias chain loops or is deeper than {@link MAX_ALIAS_CHAIN} hops. A chain's depth counts
 * record-to-record alias hops: an alias to a group of plain records is one hop. A target group that does not exist
 * ends the chain (the batch reports it as ALIAS_TARGET_NOT_FOUND).
 */
function aliasProblem(records: readonly ZoneRecord[]): ReferenceProblem | null {
  const groups = groupRecords(records);
  const depths = new Map<string, number>();
  const visiting = new Set<string>();
  const targetOf = (record: ZoneRecord): string | null =>
    record.alias?.kind === "record" ? groupKey(record.alias.name, record.type) : null;

  function depth(key: string): number {
    const known = depths.get(key);
    if (known !== undefined) return known;
    if (visiting.has(key)) return LOOP;
    visiting.add(key);
    let deepest = 0;
    for (const record of groups.get(key) ?? []) {
      const target = targetOf(record);
      if (target === null || !groups.has(target)) continue;
      const below = depth(target);
      if (below === LOOP) {
        deepest = LOOP;
        break;
      }
      deepest = Math.max(deepest, below + 1);
      if (deepest > MAX_ALIAS_CHAIN) break;
    }
    visiting.delete(key);
    depths.set(key, deepest);
    return deepest;
  }

  for (const record of records) {
    const target = targetOf(record);
    if (target === null || !groups.has(target)) continue;
    const below = depth(target);
    const path = ["records", record.index, "aliasTarget", "record"];
    if (below === LOOP || target === groupKey(record.name, record.type))
      return { path, code: "aliasLoop", message: `the alias chain from ${record.written} loops`, params: {} };
    if (below + 1 > MAX_ALIAS_CHAIN)
      return {
        path,
        code: "aliasChainTooDeep",
        message: `the alias chain is deeper than ${MAX_ALIAS_CHAIN}`,
        params: { maximum: MAX_ALIAS_CHAIN },
      };
  }
  return null;
}

/** Every reference problem the contract makes an input error, in the order of the input's keys. */
export function checkReferences(scenario: Route53Scenario): ReferenceProblem[] {
  const alias = aliasProblem(scenario.records);
  return [...healthCheckProblems(scenario), ...(alias ? [alias] : []), ...cidrProblems(scenario)];
}
