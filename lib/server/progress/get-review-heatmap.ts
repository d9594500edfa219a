import "server-only";
import { db } from "@/lib/db/client";
import { countReviewsByDay } from "@/lib/db/sql/progress";
import { addDays, startOfDay } from "@/lib/srs";

export interface HeatmapDay {
  day: string;
  reviews: number;
}

/**
 * Reviews per local day over the last `weeks` weeks up to today, for a calendar heatmap: one entry per day with at
 * least one review. Counted in SQL over the (user_id, review) index, by quarter hour before converting to local days.
 */
export async function getReviewHeatmap({
  userId,
  today,
  timeZone,
  weeks = 26,
}: {
  userId: string;
  today: string;
  timeZone: string;
  weeks?: number;
}): Promise<{ from: string; days: HeatmapDay[] }> {
  const from = addDays(today, -(weeks * 7 - 1));
  const to = startOfDay(addDays(today, 1), timeZone);
  return { from, days: await countReviewsByDay(db(), { userId, timeZone, from: startOfDay(from, timeZone), to }) };
}
