"use server";

import { z } from "zod";
import { ItemIdSchema } from "@/lib/content";
import { answerDailyQuestion, openDailyQuiz, type DailyQuizView } from "@/lib/server/daily";
import type { AnswerFeedback } from "@/lib/server/questions";
import { AnswerChoicesSchema, RowIdSchema } from "@/lib/validation";
import { runAction, type ActionResult } from "@/app/_lib/action";

const DailyAnswerSchema = z
  .object({ quizId: RowIdSchema, questionId: ItemIdSchema, selected: AnswerChoicesSchema })
  .strict();

/** Answers one question of the learner's daily quiz; the server grades it and returns the quiz as it now stands. */
export async function answerDaily(
  input: unknown,
): Promise<ActionResult<{ feedback: AnswerFeedback; quiz: DailyQuizView }>> {
  return runAction(DailyAnswerSchema, input, async ({ userId, data, now }) => {
    const { feedback } = await answerDailyQuestion({ userId, ...data, now });
    return { feedback, quiz: await openDailyQuiz({ userId, now }) };
  });
}
