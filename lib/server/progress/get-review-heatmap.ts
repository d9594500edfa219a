import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { addDays, startOfDay } from "@/lib/srs/day";
import { localDateOf, quarterHourOf, utcTimestamp } from "@/lib/db/sql/time";

export interface HeatmapDay {
  day: string;
  reviews: number;
}

/**
 * Reviews per local day over the last `weeks` weeks up to today, for a calendar heatmap: one entry per day with at
 * least one review. Counted in SQL over the (user_id, review) index, by quarter hour before converting to local days.
 */
export async function getReviewHeatmap({ userId, today, timeZone, weeks = 26 }: { userId: string; today: string; timeZone: string; weeks?: number }): Promise<{ from: string; days: HeatmapDay[] }> {
  const from = addDays(today, -(weeks * 7 - 1));
  const rows = await db().$queryRaw<{ day: string; reviews: number }[]>`
    WITH quarters AS (
      SELECT ${quarterHourOf(Prisma.sql`review`)} AS quarter, count(*)::int AS reviews
      FROM review_logs
      WHERE user_id = ${userId} AND review >= ${utcTimestamp(startOfDay(from, timeZone))} AND review < ${utcTimestamp(startOfDay(addDays(today, 1), timeZone))}
      GROUP BY 1
    )
    SELECT to_char(${localDateOf(Prisma.sql`quarter`, timeZone)}, 'YYYY-MM-DD') AS day, sum(reviews)::int AS reviews
    FROM quarters
    GROUP BY 1
    ORDER BY 1`;
  return { from, days: rows };
}
