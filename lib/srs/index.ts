/** Spaced-repetition core: ts-fsrs glue, local days, the daily quiz draw and study settings. No I/O; `now` is a parameter. */
export {
  CardSnapshotSchema,
  fromFsrsCard,
  isUnreviewed,
  newCardState,
  restoreSnapshot,
  snapshotCard,
  toFsrsCard,
} from "./card-state";
export type { CardSnapshot, CardState } from "./card-state";
export { chooseDailyQuestions, topicWeight } from "./daily-selection";
export type { DailyCandidate, TopicRecord } from "./daily-selection";
export { addDays, dayBounds, DEFAULT_TIME_ZONE, isValidTimeZone, localDay, startOfDay } from "./day";
export type { DayBounds } from "./day";
export { describeInterval } from "./format-interval";
export type { IntervalUnit } from "./format-interval";
export { isLeech, LEECH_LAPSES } from "./leech";
export { defaultDecay, intervalRatio } from "./retention";
export { GRADE_NAMES, GRADES, gradeCard, gradeForOutcome, gradeNameOf, previewIntervals } from "./review";
export type { GradedCard, GradeName, IntervalPreview, ReviewLogFields } from "./review";
export {
  buildScheduler,
  DEFAULT_RETENTION,
  isRetentionInRange,
  LEARNING_STEPS,
  RELEARNING_STEPS,
  RETENTION_MAX,
  RETENTION_MIN,
  RetentionOutOfRangeError,
} from "./scheduler";
export type { SchedulerSettings } from "./scheduler";
export { hashSeed, seededRandom } from "@/lib/random";
export {
  DEFAULT_STUDY_SETTINGS,
  NEW_LIMIT_MAX,
  QUIZ_SIZE_MAX,
  QUIZ_SIZE_MIN,
  StudySettingsSchema,
} from "./settings-schema";
export type { StudySettings, StudySettingsField } from "./settings-schema";
export { ankiRevlogCsv, ANKI_REVLOG_COLUMNS, type ExportedReview } from "./anki-revlog";
export { dailyStreak } from "./streak";
