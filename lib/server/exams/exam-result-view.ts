import "server-only";
import type { Localized } from "@/lib/content";
import type { Source } from "@/lib/content";
import type { DomainResult, ExamKind } from "@/lib/exam";

/** One item of a scored attempt, with everything the learner needs to learn from it. */
export interface ExamResultItem {
  position: number;
  questionId: string;
  topicId: string;
  /** The blueprint domain (mock exams) or topic (drills, retests) the item was scored under. */
  group: string;
  type: "single" | "multiple";
  selectCount: number;
  stem: Localized;
  choices: { label: string; text: Localized; explanation: Localized; correct: boolean }[];
  selected: string[];
  key: string[];
  flagged: boolean;
  correct: boolean;
  sources: Source[];
  /** The day the item's facts were last checked against its sources (YYYY-MM-DD). */
  checkedAt: string | null;
}

export interface ExamResultView {
  attemptId: string;
  kind: ExamKind;
  topicId: string | null;
  startedAt: Date;
  submittedAt: Date;
  autoSubmitted: boolean;
  durationMinutes: number;
  accommodation: boolean;
  timeUsedMs: number;
  rawCorrect: number;
  total: number;
  percent: number;
  /** An estimate (AWS does not publish its conversion); null for drills and retests. */
  scaledScore: number | null;
  passingScaledScore: number | null;
  cutPercent: number;
  passed: boolean | null;
  /** The learner's IANA time zone, for showing times. */
  timeZone: string;
  groups: DomainResult[];
  items: ExamResultItem[];
}
