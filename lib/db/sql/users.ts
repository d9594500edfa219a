import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

/** The learner's desired retention, which the scheduler needs for every grade; null for an unknown learner. */
export async function readDesiredRetention(tx: Prisma.TransactionClient, userId: string): Promise<number | null> {
  const [row] = await tx.$queryRaw<
    { desired_retention: number }[]
  >`SELECT desired_retention FROM users WHERE id = ${userId}`;
  return row?.desired_retention ?? null;
}

/** What the review queue needs of the learner's settings; null for an unknown learner. */
export async function readQueueSettings(
  client: Db,
  userId: string,
): Promise<{ dailyNewLimit: number; desiredRetention: number; timeZone: string } | null> {
  const [row] = await client.$queryRaw<{ daily_new_limit: number; desired_retention: number; time_zone: string }[]>`
    SELECT daily_new_limit, desired_retention, time_zone FROM users WHERE id = ${userId}`;
  return row
    ? { dailyNewLimit: row.daily_new_limit, desiredRetention: row.desired_retention, timeZone: row.time_zone }
    : null;
}

/** The account's session version (see lib/auth/session.ts); null for an account that no longer exists. */
export async function readSessionVersion(client: Db, userId: string): Promise<number | null> {
  const [row] = await client.$queryRaw<
    { session_version: number }[]
  >`SELECT session_version FROM users WHERE id = ${userId}`;
  return row?.session_version ?? null;
}
