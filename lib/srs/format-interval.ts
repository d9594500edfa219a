export type IntervalUnit = "minute" | "hour" | "day" | "month" | "year";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * An interval as Anki shows it on grade buttons: whole minutes under an hour, hours under a day, days under a
 * month, then months (30 days) and years (365 days) with one decimal. At least one minute.
 */
export function describeInterval(ms: number): { value: number; unit: IntervalUnit } {
  if (ms < HOUR) return { value: Math.max(1, Math.round(ms / MINUTE)), unit: "minute" };
  if (ms < DAY) return { value: Math.round(ms / HOUR), unit: "hour" };
  const days = ms / DAY;
  if (days < 30) return { value: Math.round(days), unit: "day" };
  if (days < 365) return { value: Math.round((days / 30) * 10) / 10, unit: "month" };
  return { value: Math.round((days / 365) * 10) / 10, unit: "year" };
}
