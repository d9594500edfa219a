import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { STUDIED_LIVE_CARD } from "./cards";
import { localDateOf, quarterHourOf, utcTimestamp } from "./time";

/*
 * The dashboard's aggregates. Each is one statement, reads only, and groups in SQL over the learner's indexes, so the
 * dashboard can be served from a read replica.
 */

/**
 * Studied cards falling due before `end`, by local day counted from `today` (overdue cards count as day 0). The range
 * condition on `due` uses the (user_id, due) index.
 */
export async function countDueByDay(
  client: Db,
  key: { userId: string; today: string; timeZone: string; end: Date },
): Promise<Map<number, number>> {
  const rows = await client.$queryRaw<{ offset: number; due: number }[]>`
    SELECT GREATEST(0, ${localDateOf(Prisma.sql`c.due`, key.timeZone)} - ${key.today}::date)::int AS offset, count(*)::int AS due
    FROM cards c
    WHERE c.user_id = ${key.userId} AND c.due < ${utcTimestamp(key.end)} AND ${STUDIED_LIVE_CARD}
    GROUP BY 1`;
  return new Map(rows.map((r) => [r.offset, r.due]));
}

/**
 * Reviews per local day in [from, to), one row per day with at least one review. Counted over the (user_id, review)
 * index, by quarter hour before converting to local days (see quarterHourOf).
 */
export async function countReviewsByDay(
  client: Db,
  key: { userId: string; timeZone: string; from: Date; to: Date },
): Promise<{ day: string; reviews: number }[]> {
  return client.$queryRaw<{ day: string; reviews: number }[]>`
    WITH quarters AS (
      SELECT ${quarterHourOf(Prisma.sql`review`)} AS quarter, count(*)::int AS reviews
      FROM review_logs
      WHERE user_id = ${key.userId} AND review >= ${utcTimestamp(key.from)} AND review < ${utcTimestamp(key.to)}
      GROUP BY 1
    )
    SELECT to_char(${localDateOf(Prisma.sql`quarter`, key.timeZone)}, 'YYYY-MM-DD') AS day, sum(reviews)::int AS reviews
    FROM quarters
    GROUP BY 1
    ORDER BY 1`;
}

/**
 * Reviews of mature cards (Review state, scheduled interval of `matureDays` or more before the review) since `since`,
 * passed (not Again) and in all, per local month, with the part since `recentFrom`. `recentFrom` must be a local
 * midnight, itself on a quarter hour, so comparing a quarter with it decides each of its reviews alike.
 */
export async function countMatureReviewsByMonth(
  client: Db,
  key: { userId: string; timeZone: string; since: Date; recentFrom: Date; matureDays: number },
): Promise<{ month: string; passed: number; total: number; recentPassed: number; recentTotal: number }[]> {
  const rows = await client.$queryRaw<
    { month: string; passed: number; total: number; recent_passed: number; recent_total: number }[]
  >`
    WITH quarters AS (
      SELECT ${quarterHourOf(Prisma.sql`review`)} AS quarter, count(*) FILTER (WHERE rating >= 2)::int AS passed, count(*)::int AS total
      FROM review_logs
      WHERE user_id = ${key.userId} AND review >= ${utcTimestamp(key.since)} AND state = 2 AND scheduled_days >= ${key.matureDays}
      GROUP BY 1
    )
    SELECT to_char(${localDateOf(Prisma.sql`quarter`, key.timeZone)}, 'YYYY-MM') AS month,
           sum(passed)::int AS passed,
           sum(total)::int AS total,
           coalesce(sum(passed) FILTER (WHERE quarter >= ${utcTimestamp(key.recentFrom)}), 0)::int AS recent_passed,
           coalesce(sum(total) FILTER (WHERE quarter >= ${utcTimestamp(key.recentFrom)}), 0)::int AS recent_total
    FROM quarters
    GROUP BY 1`;
  return rows.map((r) => ({
    month: r.month,
    passed: r.passed,
    total: r.total,
    recentPassed: r.recent_passed,
    recentTotal: r.recent_total,
  }));
}
