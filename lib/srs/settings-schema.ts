import { z } from "zod";
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "./day";
import { DEFAULT_RETENTION, RETENTION_MAX, RETENTION_MIN } from "./scheduler";

export const NEW_LIMIT_MAX = 500;
export const QUIZ_SIZE_MIN = 1;
export const QUIZ_SIZE_MAX = 50;

/** Form fields arrive as strings; an empty field is "missing", never zero. */
function numberIn(min: number, max: number, message: string, integer: boolean) {
  const number = integer ? z.number({ error: message }).int(message) : z.number({ error: message });
  return z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value),
    number.min(min, message).max(max, message),
  );
}

/**
 * A learner's study settings, shared by the settings form (as-you-type messages) and the server (the only writer).
 * Ranges: new cards per day 0–500, daily quiz 1–50 questions, desired retention 0.70–0.97, an IANA time zone.
 */
export const StudySettingsSchema = z
  .object({
    dailyNewLimit: numberIn(
      0,
      NEW_LIMIT_MAX,
      `New cards per day must be a whole number from 0 to ${NEW_LIMIT_MAX}`,
      true,
    ),
    dailyQuizSize: numberIn(
      QUIZ_SIZE_MIN,
      QUIZ_SIZE_MAX,
      `The daily quiz must have ${QUIZ_SIZE_MIN} to ${QUIZ_SIZE_MAX} questions`,
      true,
    ),
    desiredRetention: numberIn(
      RETENTION_MIN,
      RETENTION_MAX,
      `Desired retention must be between ${RETENTION_MIN.toFixed(2)} and ${RETENTION_MAX.toFixed(2)}`,
      false,
    ),
    timeZone: z
      .string()
      .trim()
      .refine(isValidTimeZone, "Time zone must be an IANA name such as Asia/Seoul or America/New_York"),
    locale: z.enum(["ko", "en"], "Language must be Korean (ko) or English (en)"),
    examAccommodation: z.boolean("Exam accommodation is on or off"),
  })
  .strict();

export type StudySettings = z.output<typeof StudySettingsSchema>;
export type StudySettingsField = keyof StudySettings;

export const DEFAULT_STUDY_SETTINGS: StudySettings = {
  dailyNewLimit: 20,
  dailyQuizSize: 10,
  desiredRetention: DEFAULT_RETENTION,
  timeZone: DEFAULT_TIME_ZONE,
  locale: "ko",
  examAccommodation: false,
};
