"use server";

import { z } from "zod";
import { ItemIdSchema } from "@/lib/content";
import { submitPracticeAnswer } from "@/lib/server/practice";
import type { AnswerFeedback } from "@/lib/server/questions";
import { AnswerChoicesSchema, RequestIdSchema } from "@/lib/validation";
import { runAction, type ActionResult } from "@/app/_lib/action";

const AnswerInputSchema = z
  .object({
    questionId: ItemIdSchema,
    selected: AnswerChoicesSchema,
    requestId: RequestIdSchema,
    presentation: z.number().int().min(0).max(8.64e15),
  })
  .strict();

/** Grades a practice answer on the server; the key and explanations come back only now. */
export async function answerQuestion(input: unknown): Promise<ActionResult<AnswerFeedback>> {
  return runAction(AnswerInputSchema, input, ({ userId, data, now }) => submitPracticeAnswer({ userId, ...data, now }));
}
