import "server-only";
import type { Db } from "@/lib/db/client";

/**
 * Whether PostgreSQL knows this IANA time zone: every dashboard query converts times with `AT TIME ZONE`, and the
 * database's zone list can lag the browser's (`US/Pacific-New` passes `Intl` but not PostgreSQL).
 */
export async function isTimeZoneKnownToDatabase(client: Db, timeZone: string): Promise<boolean> {
  const [row] = await client.$queryRaw<{ known: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = ${timeZone}) AS known`;
  return row?.known ?? false;
}
