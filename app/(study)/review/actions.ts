"use server";

import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { ItemIdSchema } from "@/lib/content/schema";
import { RequestIdSchema } from "@/lib/http/request-id";
import { answerReviewQuestion } from "@/lib/server/review/answer-review-question";
import { AppError, type AppErrorCode } from "@/lib/server/app-error";
import { getReviewQueue, type ReviewQueue } from "@/lib/server/review/get-review-queue";
import { gradeFlashcard } from "@/lib/server/review/grade-flashcard";
import { markReviewEasy } from "@/lib/server/review/mark-review-easy";
import type { AnswerFeedback } from "@/lib/server/questions/question-view";
import { undoReview } from "@/lib/server/review/undo-review";

const VersionSchema = z.number().int().min(0);
const LogIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, "not a review id");

const GradeInputSchema = z
  .object({ itemId: ItemIdSchema, grade: z.enum(["again", "hard", "good", "easy"]), expectedVersion: VersionSchema, requestId: RequestIdSchema })
  .strict();
const AnswerInputSchema = z
  .object({
    itemId: ItemIdSchema,
    selected: z.array(z.string().regex(/^[a-h]$/, "choices are letters a–h")).min(1, "select at least one choice").max(8),
    expectedVersion: VersionSchema,
    requestId: RequestIdSchema,
  })
  .strict();
const LogInputSchema = z.object({ logId: LogIdSchema }).strict();

export type ReviewFailure = { ok: false; error: string; code: AppErrorCode | "INVALID"; queue: ReviewQueue | null };
export type ReviewResult = { ok: true; queue: ReviewQueue } | ReviewFailure;
export type ReviewAnswerResult = { ok: true; feedback: AnswerFeedback; logId: string; queue: ReviewQueue } | ReviewFailure;

/** Grades the flashcard on screen; the server's clock decides the time of the review. Returns the next card. */
export async function gradeReviewCard(input: unknown): Promise<ReviewResult> {
  return run(GradeInputSchema, input, async (userId, data, now) => {
    await gradeFlashcard({ userId, flashcardId: data.itemId, grade: data.grade, expectedVersion: data.expectedVersion, requestId: data.requestId, now });
    return { ok: true, queue: await getReviewQueue({ userId, now }) };
  });
}

/** Answers the due question on screen: graded on the server, recorded Again (wrong) or Good (right). */
export async function answerReviewItem(input: unknown): Promise<ReviewAnswerResult> {
  return run(AnswerInputSchema, input, async (userId, data, now) => {
    const answered = await answerReviewQuestion({ userId, questionId: data.itemId, ...data, now });
    return { ok: true, feedback: answered.feedback, logId: answered.logId, queue: await getReviewQueue({ userId, now }) };
  });
}

/** Raises the last right answer's Good to Easy. */
export async function markLastReviewEasy(input: unknown): Promise<ReviewResult> {
  return run(LogInputSchema, input, async (userId, data, now) => {
    await markReviewEasy({ userId, logId: data.logId });
    return { ok: true, queue: await getReviewQueue({ userId, now }) };
  });
}

/** Undoes a grade and shows that card again. */
export async function undoLastReview(input: unknown): Promise<ReviewResult> {
  return run(LogInputSchema, input, async (userId, data, now) => {
    const restored = await undoReview({ userId, logId: data.logId });
    return { ok: true, queue: await getReviewQueue({ userId, now, first: restored }) };
  });
}

async function run<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  body: (userId: string, data: z.output<S>, now: Date) => Promise<R>,
): Promise<R | ReviewFailure> {
  const user = await getSessionUser();
  if (!user) return { ok: false, error: "Sign in to review", code: "UNAUTHORIZED", queue: null };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}`, code: "INVALID", queue: null };
  }
  const now = new Date();
  try {
    return await body(user.id, parsed.data, now);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // After a conflict or a vanished card the learner continues from the current state of the queue.
    return { ok: false, error: error.message, code: error.code, queue: await getReviewQueue({ userId: user.id, now }) };
  }
}
