import { z } from "zod";

/** The choices a learner picked, as every answering action receives them: letters a–h, at most eight. */
export const SelectedChoicesSchema = z.array(z.string().regex(/^[a-h]$/, "choices are letters a–h")).max(8);

/** A submitted answer: at least one choice (an exam item may be cleared, a practice answer may not). */
export const AnswerChoicesSchema = SelectedChoicesSchema.min(1, "select at least one choice");
