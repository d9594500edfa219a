import { groupKey, inZone } from "./names";
import type { BatchError, BatchErrorCode, BatchErrorReason, Route53Scenario, ZoneRecord } from "./types";

/** The weight range (R-2, https://docs.aws.amazon.com/Route53/latest/APIReference/API_ResourceRecordSet.html). */
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 255;
/** The geoproximity bias range (R-46, https://docs.aws.amazon.com/Route53/latest/APIReference/API_GeoProximityLocation.html). */
export const BIAS_MIN = -99;
export const BIAS_MAX = 99;

type Check = (record: ZoneRecord) => BatchErrorReason | null;

/**
 * Pass 1, InvalidInput. An alias has no TTL or values of its own and a plain record needs both (R-28, R-30: "Expected
 * exactly one of [AliasTarget, all of [TTL, and ResourceRecords]…]"); weight 0–255; bias −99..99; every
 * policy but simple needs SetIdentifier; multivalue alias records are not supported.
 */
const INPUT_CHECKS: Check[] = [
  (r) => (r.alias !== null && (r.ttl !== null || r.values !== null) ? "ALIAS_WITH_TTL" : null),
  (r) =>
    r.alias === null && (r.ttl === null || r.values === null || r.values.length === 0) ? "MISSING_TTL_OR_VALUES" : null,
  (r) => (r.weight !== null && (r.weight < WEIGHT_MIN || r.weight > WEIGHT_MAX) ? "WEIGHT_OUT_OF_RANGE" : null),
  (r) =>
    r.geoproximity !== null && (r.geoproximity.bias < BIAS_MIN || r.geoproximity.bias > BIAS_MAX)
      ? "BIAS_OUT_OF_RANGE"
      : null,
  (r) => (r.routing !== "simple" && r.setIdentifier === null ? "MISSING_SET_IDENTIFIER" : null),
  (r) => (r.routing === "simple" && r.setIdentifier !== null ? "UNEXPECTED_SET_IDENTIFIER" : null),
  (r) => (r.routing === "multivalue" && r.alias !== null ? "MULTIVALUE_ALIAS" : null),
];

function sameLocation(a: ZoneRecord, b: ZoneRecord): boolean {
  switch (a.routing) {
    case "geolocation":
      return (
        a.geo !== null &&
        b.geo !== null &&
        a.geo.continent === b.geo.continent &&
        a.geo.country === b.geo.country &&
        a.geo.subdivision === b.geo.subdivision
      );
    case "latency":
      return a.region !== null && a.region === b.region;
    case "failover":
      return a.failover !== null && a.failover === b.failover;
    default:
      return false;
  }
}

/** A pass-3 failure, naming the earlier record it collides with where there is one. */
type Conflict = { reason: BatchErrorReason; with?: number };

/**
 * Pass 3, InvalidChangeBatch, against the apex and the earlier records: the name is in the zone; no CNAME at the apex
 * or with several values; no multivalue CNAME; no evaluate-target-health on CloudFront; no
 * duplicate (name, type, set identifier); one routing policy per group; one record per location in a
 * group (R-12, R-18, and the failover pair); a CNAME shares its name with no other type.
 */
function changeBatchConflict(record: ZoneRecord, earlier: readonly ZoneRecord[], apex: string): Conflict | null {
  if (!inZone(record.name, apex)) return { reason: "NAME_NOT_IN_ZONE" };
  if (record.type === "CNAME" && record.name === apex) return { reason: "CNAME_AT_APEX" };
  if (record.type === "CNAME" && (record.values?.length ?? 0) > 1) return { reason: "CNAME_MULTIPLE_VALUES" };
  if (record.type === "CNAME" && record.routing === "multivalue") return { reason: "MULTIVALUE_CNAME" };
  const alias = record.alias;
  if (alias?.kind === "aws" && alias.service === "cloudfront" && alias.evaluateTargetHealth)
    return { reason: "TARGET_HEALTH_NOT_SUPPORTED" };
  const group = earlier.filter((other) => other.name === record.name && other.type === record.type);
  const duplicate = group.find((other) => other.setIdentifier === record.setIdentifier);
  if (duplicate) return { reason: "RECORD_EXISTS", with: duplicate.index };
  const mixed = group.find((other) => other.routing !== record.routing);
  if (mixed) return { reason: "MIXED_ROUTING_POLICY", with: mixed.index };
  const located = group.find((other) => sameLocation(record, other));
  if (located) return { reason: "DUPLICATE_LOCATION", with: located.index };
  const cname = earlier.find(
    (other) => other.name === record.name && (other.type === "CNAME") !== (record.type === "CNAME"),
  );
  if (cname) return { reason: "CNAME_CONFLICT", with: cname.index };
  return null;
}

function failure(
  error: BatchErrorCode,
  reason: BatchErrorReason,
  atRecord: number,
  conflictsWith?: number,
): BatchError {
  return conflictsWith === undefined ? { error, reason, atRecord } : { error, reason, atRecord, conflictsWith };
}

/**
 * Validates the change batch in the contract's four passes, each over the records in array order; the first failure
 * is the result. The batch is transactional: one invalid record and nothing is created (R-41,
 * https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html).
 */
export function validateBatch(scenario: Route53Scenario): BatchError | null {
  const { records, healthChecks, zone } = scenario;
  for (const record of records) {
    for (const check of INPUT_CHECKS) {
      const reason = check(record);
      if (reason !== null) return failure("InvalidInput", reason, record.index);
    }
  }
  // Pass 2: "No health check exists with the specified ID".
  for (const record of records) {
    if (record.healthCheckId !== null && !healthChecks.has(record.healthCheckId))
      return failure("NoSuchHealthCheck", "HEALTH_CHECK_NOT_FOUND", record.index);
  }
  for (const record of records) {
    const conflict = changeBatchConflict(record, records.slice(0, record.index), zone);
    if (conflict !== null) return failure("InvalidChangeBatch", conflict.reason, record.index, conflict.with);
  }
  // Pass 4: an alias to a record needs that name with the alias's own type in the batch.
  const groups = new Set(records.map((record) => groupKey(record.name, record.type)));
  for (const record of records) {
    const alias = record.alias;
    if (alias?.kind === "record" && !groups.has(groupKey(alias.name, record.type)))
      return failure("InvalidChangeBatch", "ALIAS_TARGET_NOT_FOUND", record.index);
  }
  return null;
}
