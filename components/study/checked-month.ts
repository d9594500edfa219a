import type { Language } from "@/lib/i18n/localized";

/**
 * The month of a checkedAt day in the interface language ("December 2026", "2026년 12월"). A month is precise enough
 * for a learner judging how fresh a fact is; the day is read in UTC so no time zone moves it into another month.
 */
export function checkedMonth(day: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { year: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
