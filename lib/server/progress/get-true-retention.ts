import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { addDays, startOfDay } from "@/lib/srs/day";
import { localDateOf, quarterHourOf, utcTimestamp } from "@/lib/db/sql/time";

/** An interval of 21 days or more makes a card mature (Anki's convention, which its true retention uses). */
export const MATURE_INTERVAL_DAYS = 21;

export interface RetentionMonth {
  /** YYYY-MM in the learner's time zone. */
  month: string;
  passed: number;
  total: number;
}

export interface TrueRetention {
  months: RetentionMonth[];
  /** The last 30 days. */
  recent: { passed: number; total: number };
}

/**
 * True retention: the share of reviews of mature cards answered Hard, Good or Easy (not Again), per month for the
 * last `months` months. A review log keeps the card's state and scheduled interval from before the review (ts-fsrs
 * ReviewLog), so "a review of a mature card" is a log in the Review state with a scheduled interval of 21+ days.
 */
export async function getTrueRetention({ userId, today, timeZone, months = 12 }: { userId: string; today: string; timeZone: string; months?: number }): Promise<TrueRetention> {
  const firstMonth = `${shiftMonth(today.slice(0, 7), -(months - 1))}-01`;
  const since = startOfDay(firstMonth, timeZone);
  const recentFrom = startOfDay(addDays(today, -29), timeZone);
  // Grouped by quarter hour before the time-zone conversion (see quarterHourOf); `recentFrom` is a local midnight,
  // itself on a quarter hour, so comparing a quarter with it decides each of its reviews alike.
  const rows = await db().$queryRaw<{ month: string; passed: number; total: number; recent_passed: number; recent_total: number }[]>`
    WITH quarters AS (
      SELECT ${quarterHourOf(Prisma.sql`review`)} AS quarter, count(*) FILTER (WHERE rating >= 2)::int AS passed, count(*)::int AS total
      FROM review_logs
      WHERE user_id = ${userId} AND review >= ${utcTimestamp(since)} AND state = 2 AND scheduled_days >= ${MATURE_INTERVAL_DAYS}
      GROUP BY 1
    )
    SELECT to_char(${localDateOf(Prisma.sql`quarter`, timeZone)}, 'YYYY-MM') AS month,
           sum(passed)::int AS passed,
           sum(total)::int AS total,
           coalesce(sum(passed) FILTER (WHERE quarter >= ${utcTimestamp(recentFrom)}), 0)::int AS recent_passed,
           coalesce(sum(total) FILTER (WHERE quarter >= ${utcTimestamp(recentFrom)}), 0)::int AS recent_total
    FROM quarters
    GROUP BY 1`;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return {
    months: Array.from({ length: months }, (_, i) => {
      const month = shiftMonth(firstMonth.slice(0, 7), i);
      const row = byMonth.get(month);
      return { month, passed: row?.passed ?? 0, total: row?.total ?? 0 };
    }),
    recent: rows.reduce((sum, r) => ({ passed: sum.passed + r.recent_passed, total: sum.total + r.recent_total }), { passed: 0, total: 0 }),
  };
}

function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 + n, 1));
  return date.toISOString().slice(0, 7);
}
