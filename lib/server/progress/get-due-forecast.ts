import "server-only";
import { db } from "@/lib/db/client";
import { countDueByDay } from "@/lib/db/sql/progress";
import { addDays, startOfDay } from "@/lib/srs";

export interface ForecastDay {
  day: string;
  due: number;
}

/**
 * How many studied cards fall due on each of the learner's next `days` local days (today first; overdue cards
 * count as due today). Cards of retired items do not count, as they do not come up in review.
 */
export async function getDueForecast({
  userId,
  today,
  timeZone,
  days = 30,
}: {
  userId: string;
  today: string;
  timeZone: string;
  days?: number;
}): Promise<ForecastDay[]> {
  const byOffset = await countDueByDay(db(), {
    userId,
    today,
    timeZone,
    end: startOfDay(addDays(today, days), timeZone),
  });
  return Array.from({ length: days }, (_, i) => ({ day: addDays(today, i), due: byOffset.get(i) ?? 0 }));
}
