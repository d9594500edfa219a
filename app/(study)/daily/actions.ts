"use server";

import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { ItemIdSchema } from "@/lib/content/schema";
import { answerDailyQuestion } from "@/lib/server/daily/answer-daily-question";
import type { FailureCode } from "@/lib/i18n/failure-text";
import { AppError } from "@/lib/server/app-error";
import { getDailyQuiz, type DailyQuizView } from "@/lib/server/daily/get-daily-quiz";
import type { AnswerFeedback } from "@/lib/server/questions/question-view";

const DailyAnswerSchema = z
  .object({
    quizId: z.string().regex(/^[a-z0-9]{10,40}$/, "not a quiz id"),
    questionId: ItemIdSchema,
    selected: z.array(z.string().regex(/^[a-h]$/, "choices are letters a–h")).min(1, "select at least one choice").max(8),
  })
  .strict();

export type DailyAnswerResult = { ok: true; feedback: AnswerFeedback; quiz: DailyQuizView } | { ok: false; error: string; code: FailureCode };

/** Answers one question of the learner's daily quiz; the server grades it and returns the quiz as it now stands. */
export async function answerDaily(input: unknown): Promise<DailyAnswerResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, error: "Sign in to take the daily quiz", code: "UNAUTHORIZED" };
  const parsed = DailyAnswerSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`, code: "INVALID" };
  }
  const now = new Date();
  try {
    const { feedback } = await answerDailyQuestion({ userId: user.id, ...parsed.data, now });
    return { ok: true, feedback, quiz: await getDailyQuiz({ userId: user.id, now }) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message, code: error.code };
    throw error;
  }
}
