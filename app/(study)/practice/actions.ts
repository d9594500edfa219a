"use server";

import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { ItemIdSchema } from "@/lib/content/schema";
import { RequestIdSchema } from "@/lib/http/request-id";
import type { FailureCode } from "@/lib/i18n/failure-text";
import { AppError } from "@/lib/server/app-error";
import type { AnswerFeedback } from "@/lib/server/questions/question-view";
import { submitAnswer } from "@/lib/server/practice/submit-practice-answer";

const AnswerInputSchema = z
  .object({
    questionId: ItemIdSchema,
    selected: z.array(z.string().regex(/^[a-h]$/, "choices are letters a–h")).min(1, "select at least one choice").max(8),
    requestId: RequestIdSchema,
  })
  .strict();

export type AnswerResult = { ok: true; feedback: AnswerFeedback } | { ok: false; error: string; code: FailureCode };

export async function answerQuestion(input: unknown): Promise<AnswerResult> {
  const user = await getSessionUser();
  if (!user) return { ok: false, error: "Sign in to answer questions", code: "UNAUTHORIZED" };
  const parsed = AnswerInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`, code: "INVALID" };
  }
  try {
    return { ok: true, feedback: await submitAnswer({ userId: user.id, ...parsed.data, mode: "practice" }) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message, code: error.code };
    throw error;
  }
}
