"use server";

import { z } from "zod";
import { ItemIdSchema } from "@/lib/content";
import {
  answerReviewQuestion,
  getReviewQueue,
  gradeFlashcard,
  markReviewEasy,
  undoReview,
  type ReviewQueue,
} from "@/lib/server/review";
import type { AnswerFeedback } from "@/lib/server/questions";
import { AnswerChoicesSchema, RequestIdSchema, RowIdSchema } from "@/lib/validation";
import { runAction, type ActionResult } from "@/app/_lib/action";

const VersionSchema = z.number().int().min(0);

const GradeInputSchema = z
  .object({
    itemId: ItemIdSchema,
    grade: z.enum(["again", "hard", "good", "easy"]),
    expectedVersion: VersionSchema,
    requestId: RequestIdSchema,
  })
  .strict();
const AnswerInputSchema = z
  .object({
    itemId: ItemIdSchema,
    selected: AnswerChoicesSchema,
    expectedVersion: VersionSchema,
    requestId: RequestIdSchema,
  })
  .strict();
const LogInputSchema = z.object({ logId: RowIdSchema }).strict();

/** A review action's result; after a refusal (a conflict, a vanished card) it carries the queue as it now stands. */
export type ReviewResult<T = ReviewQueue> = ActionResult<T, ReviewQueue>;

// After a conflict or a vanished card the learner continues from the current state of the queue.
const recover = { recover: (userId: string, now: Date) => getReviewQueue({ userId, now }) };

/** Grades the flashcard on screen; the server's clock decides the time of the review. Returns the next card. */
export async function gradeReviewCard(input: unknown): Promise<ReviewResult> {
  return runAction(
    GradeInputSchema,
    input,
    async ({ userId, data, now }) => {
      await gradeFlashcard({
        userId,
        flashcardId: data.itemId,
        grade: data.grade,
        expectedVersion: data.expectedVersion,
        requestId: data.requestId,
        now,
      });
      return getReviewQueue({ userId, now });
    },
    recover,
  );
}

/** Answers the due question on screen: graded on the server, recorded Again (wrong) or Good (right). */
export async function answerReviewItem(
  input: unknown,
): Promise<ReviewResult<{ feedback: AnswerFeedback; logId: string; queue: ReviewQueue }>> {
  return runAction(
    AnswerInputSchema,
    input,
    async ({ userId, data, now }) => {
      const answered = await answerReviewQuestion({ userId, questionId: data.itemId, ...data, now });
      return { feedback: answered.feedback, logId: answered.logId, queue: await getReviewQueue({ userId, now }) };
    },
    recover,
  );
}

/** Raises the last right answer's Good to Easy. */
export async function markLastReviewEasy(input: unknown): Promise<ReviewResult> {
  return runAction(
    LogInputSchema,
    input,
    async ({ userId, data, now }) => {
      await markReviewEasy({ userId, logId: data.logId });
      return getReviewQueue({ userId, now });
    },
    recover,
  );
}

/** Undoes a grade and shows that card again. */
export async function undoLastReview(input: unknown): Promise<ReviewResult> {
  return runAction(
    LogInputSchema,
    input,
    async ({ userId, data, now }) => {
      const restored = await undoReview({ userId, logId: data.logId });
      return getReviewQueue({ userId, now, first: restored });
    },
    recover,
  );
}
