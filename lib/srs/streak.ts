import { addDays } from "./day";

/**
 * Consecutive local days, ending today or yesterday, with a finished daily quiz. Today not yet finished does not
 * break the streak: it only ends once a whole day passes without one.
 */
export function dailyStreak(finishedDays: Iterable<string>, today: string): number {
  const finished = new Set(finishedDays);
  let day = finished.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (finished.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}
