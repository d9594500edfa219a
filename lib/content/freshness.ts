import type { ContentBank } from "./bank";
import { EXAM_IDS, examGuide } from "./exams";
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

/** AWS Support plans, current and retired: which plans exist and what they include follow the exam guide. */
const SUPPORT_PLAN_MENTION =
  /support plan|지원 플랜|Basic Support|Developer Support|Business Support|Enterprise On-Ramp|Enterprise Support|Unified Operations/i;

/** What a learner reads of an item: its stem, choices and explanations, or its card faces (not its sources). */
function learnerText(item: TopicQuestion | TopicFlashcard): string {
  return "stem" in item
    ? JSON.stringify([item.stem, item.choices.map((c) => [c.text, c.explanation])])
    : JSON.stringify([item.front, item.back, item.why]);
}

/** The day the newest exam-guide revision was recorded (lib/content/exams.ts). */
function newestGuideCheck(): string {
  return (
    EXAM_IDS.map((exam) => examGuide(exam).checkedAt)
      .sort()
      .at(-1) ?? ""
  );
}

/**
 * checkedAt rules (issue #12). Errors: a date after `today` (no one has checked a fact in the future), and an item
 * that names an AWS Support plan without `exam-guide` among its `timeSensitive` kinds. Warnings: an item with
 * `timeSensitive` facts checked more than {@link STALE_AFTER_MONTHS} months before `today`, naming the kinds to
 * re-check, and an `exam-guide` item checked before the exam-guide revision the blueprints follow. `today` is
 * YYYY-MM-DD; content:check passes {@link latestDayOnEarth}.
 */
export function freshnessIssues(bank: Pick<ContentBank, "questions" | "flashcards">, today: string): FreshnessReport {
  const report: FreshnessReport = { errors: [], warnings: [] };
  const staleBefore = monthsBefore(today, STALE_AFTER_MONTHS);
  const guideCheckedAt = newestGuideCheck();
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
    const followsGuide = item.timeSensitive?.includes("exam-guide") ?? false;
    if (!followsGuide && SUPPORT_PLAN_MENTION.test(learnerText(item))) {
      report.errors.push({
        ...where,
        field: "timeSensitive",
        message: "names an AWS Support plan: list exam-guide in timeSensitive, since the plans follow the exam guide",
      });
    } else if (followsGuide && item.checkedAt < guideCheckedAt) {
      report.warnings.push({
        ...where,
        message: `exam-guide facts checked ${item.checkedAt}, before the guide revision recorded on ${guideCheckedAt} (lib/content/exams.ts): check them against it`,
      });
    }
  }
  return report;
}

/** The YYYY-MM-DD of a stored checkedAt (a DATE column arrives as UTC midnight); null for rows that predate it. */
export function checkedDay(stored: Date | null): string | null {
  return stored === null ? null : stored.toISOString().slice(0, 10);
}
