import { z } from "zod";

/** Interface and content languages. Korean first: the learners who wrote our source notes are Korean. */
export const LANGUAGES = ["ko", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every supported language; a missing language is a content error, not a fallback. */
export const LocalizedSchema = z
  .object({
    ko: z.string().trim().min(1, "Korean text is missing"),
    en: z.string().trim().min(1, "English text is missing"),
  })
  .strict();
export type Localized = z.infer<typeof LocalizedSchema>;
