import "server-only";
import { db } from "@/lib/db/client";
import { presentationSeed } from "@/lib/quiz";
import { AppError } from "../app-error";
import type { AnswerFeedback } from "../questions/question-view";
import { recordAnswer } from "../questions/record-answer";

/**
 * Answers a due question in a review session: graded on the server, stored as an answer, and the learner's card
 * graded Again (wrong) or Good (right), all in one transaction. Idempotent per requestId; CONFLICT when another tab
 * graded the card since it was shown (`expectedVersion`).
 */
export async function answerReviewQuestion(input: {
  userId: string;
  questionId: string;
  selected: string[];
  expectedVersion: number;
  requestId: string;
  now: Date;
}): Promise<{ feedback: AnswerFeedback; logId: string; duplicate: boolean }> {
  return db().$transaction(async (tx) => {
    const existing = await tx.card.findUnique({
      where: { userId_itemKind_itemId: { userId: input.userId, itemKind: "question", itemId: input.questionId } },
      select: { id: true },
    });
    if (!existing) throw new AppError("NOT_FOUND", "This question is not in your reviews");
    const seed = presentationSeed.review(input.userId, input.questionId, input.expectedVersion);
    return recordAnswer(tx, { ...input, mode: "review", seed });
  });
}
