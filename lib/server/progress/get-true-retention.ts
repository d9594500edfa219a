import "server-only";
import { db } from "@/lib/db/client";
import { countMatureReviewsByMonth } from "@/lib/db/sql/progress";
import { addDays, startOfDay } from "@/lib/srs";

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
export async function getTrueRetention({
  userId,
  today,
  timeZone,
  months = 12,
}: {
  userId: string;
  today: string;
  timeZone: string;
  months?: number;
}): Promise<TrueRetention> {
  const firstMonth = `${shiftMonth(today.slice(0, 7), -(months - 1))}-01`;
  const since = startOfDay(firstMonth, timeZone);
  const recentFrom = startOfDay(addDays(today, -29), timeZone);
  const rows = await countMatureReviewsByMonth(db(), {
    userId,
    timeZone,
    since,
    recentFrom,
    matureDays: MATURE_INTERVAL_DAYS,
  });
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return {
    months: Array.from({ length: months }, (_, i) => {
      const month = shiftMonth(firstMonth.slice(0, 7), i);
      const row = byMonth.get(month);
      return { month, passed: row?.passed ?? 0, total: row?.total ?? 0 };
    }),
    recent: rows.reduce((sum, r) => ({ passed: sum.passed + r.recentPassed, total: sum.total + r.recentTotal }), {
      passed: 0,
      total: 0,
    }),
  };
}

function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1 + n, 1));
  return date.toISOString().slice(0, 7);
}
