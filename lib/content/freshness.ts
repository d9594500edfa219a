import type { ContentBank } from "./bank";
import type { ContentIssue, TopicFlashcard, TopicQuestion } from "./validate";

/** Time-sensitive facts (prices, limits, quotas…) checked longer ago than this are reported for a re-check. */
export const STALE_AFTER_MONTHS = 12;

/** What content:check says about the bank's checkedAt dates: errors fail the check, warnings are reported. */
export interface FreshnessReport {
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

/**
 * The calendar day that has begun nowhere on Earth yet is the first future one: a date counts as future only once it
 * is later than the day in UTC+14 (the earliest time zone), so an author writing today's date anywhere never fails.
 */
export function latestDayOnEarth(now: Date): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** `day` (YYYY-MM-DD) moved back by whole months, clamped to the month's last day (2026-03-31 − 1 → 2026-02-28). */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * checkedAt rules (issue #12): a date after `today` is an error (no one has checked a fact in the future); an item
 * with `timeSensitive` facts checked more than {@link STALE_AFTER_MONTHS} months before `today` is a warning, naming the
 * kinds to re-check. `today` is YYYY-MM-DD; content:check passes {@link latestDayOnEarth}.
 */
export function freshnessIssues(bank: Pick<ContentBank, "questions" | "flashcards">, today: string): FreshnessReport {
  const report: FreshnessReport = { errors: [], warnings: [] };
  const staleBefore = monthsBefore(today, STALE_AFTER_MONTHS);
  const items: (TopicQuestion | TopicFlashcard)[] = [...bank.questions, ...bank.flashcards];
  for (const item of items) {
    const where = { file: item.file, id: item.id, field: "checkedAt" };
    if (item.checkedAt > today) {
      report.errors.push({ ...where, message: `${item.checkedAt} is in the future (today is ${today})` });
    } else if (item.timeSensitive && item.checkedAt < staleBefore) {
      report.warnings.push({
        ...where,
        message: `${item.timeSensitive.join(", ")} facts last checked ${item.checkedAt}, over ${STALE_AFTER_MONTHS} months ago: re-check them against the sources`,
      });
    }
  }
  return report;
}

/** The YYYY-MM-DD of a stored checkedAt (a DATE column arrives as UTC midnight); null for rows that predate it. */
export function checkedDay(stored: Date | null): string | null {
  return stored === null ? null : stored.toISOString().slice(0, 10);
}
