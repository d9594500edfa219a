import "server-only";
import { Prisma } from "../db/generated/client";

/**
 * An instant as a SQL `timestamp` in UTC, the way the schema stores times (TIMESTAMP(3) without a zone, UTC
 * values): the cast does not depend on the session's time zone.
 */
export function utcTimestamp(instant: Date): Prisma.Sql {
  return Prisma.sql`(${instant.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

/** The learner's local calendar date of a stored UTC timestamp column, in an IANA time zone. */
export function localDateOf(column: Prisma.Sql, timeZone: string): Prisma.Sql {
  return Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date`;
}
