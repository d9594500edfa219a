import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { addDays, startOfDay } from "@/lib/srs/day";
import { localDateOf, utcTimestamp } from "@/lib/db/sql/time";

export interface ForecastDay {
  day: string;
  due: number;
}

/**
 * How many studied cards fall due on each of the learner's next `days` local days (today first; overdue cards
 * count as due today). Aggregated in SQL; the range condition on `due` uses the (user_id, due) index.
 */
export async function getDueForecast({ userId, today, timeZone, days = 30 }: { userId: string; today: string; timeZone: string; days?: number }): Promise<ForecastDay[]> {
  const end = startOfDay(addDays(today, days), timeZone);
  const due = Prisma.sql`due`;
  const rows = await db().$queryRaw<{ offset: number; due: number }[]>`
    SELECT GREATEST(0, ${localDateOf(due, timeZone)} - ${today}::date)::int AS offset, count(*)::int AS due
    FROM cards
    WHERE user_id = ${userId} AND due < ${utcTimestamp(end)} AND state <> 0
    GROUP BY 1`;
  const byOffset = new Map(rows.map((r) => [r.offset, r.due]));
  return Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), due: byOffset.get(i) ?? 0 }));
}
