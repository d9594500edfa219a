import { EXAMS } from "@/lib/content/exams";
import type { Language } from "@/lib/i18n/localized";
import { TOPICS } from "@/lib/content/topics";
import { isMockExamKind, MOCK_EXAMS, type ExamKind } from "@/lib/exam";
import type { ExamTranslate } from "@/lib/i18n/exam-messages";

/** The name of an attempt as the learner sees it: "SAA-C03-style mock exam", "EFS drill"… */
export function examTitle(t: ExamTranslate, language: Language, kind: ExamKind, topicId: string | null): string {
  if (kind === "drill") {
    const topic = TOPICS.find((x) => x.id === topicId);
    return topic ? t("exams.kind.drill", { topic: topic.name[language] }) : t("exams.kind.drillGeneric");
  }
  return t(`exams.kind.${kind}`);
}

/** A date and time in the learner's time zone and language (UTC if the stored zone is unknown to this runtime). */
export function formatDateTime(date: Date, language: Language, timeZone: string): string {
  const options = { dateStyle: "medium", timeStyle: "short" } as const;
  const locale = language === "ko" ? "ko-KR" : "en-GB";
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    return `${new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(date)} UTC`;
  }
}

/** The name of a result group: a blueprint domain for mock exams, a topic for drills and retests. */
export function groupLabel(t: ExamTranslate, language: Language, kind: ExamKind, group: string): string {
  const exam = isMockExamKind(kind) ? MOCK_EXAMS[kind] : null;
  if (exam) {
    const domain = Object.entries(EXAMS[exam].domains).find(([id]) => id === group)?.[1];
    return domain?.name[language] ?? t("result.noDomain");
  }
  return TOPICS.find((x) => x.id === group)?.name[language] ?? t("result.noDomain");
}
