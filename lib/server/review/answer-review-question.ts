import "server-only";
import { db } from "@/lib/db/client";
import { gradeForOutcome } from "@/lib/srs/review";
import { AppError } from "@/lib/server/app-error";
import { gradeQuestionAnswer } from "@/lib/server/questions/grade-question-answer";
import { lockCard } from "@/lib/db/sql/lock-cards";
import type { AnswerFeedback } from "@/lib/server/questions/question-view";
import { findLoggedReview, writeGrade } from "@/lib/server/schedule/write-grade";

export interface AnswerReviewQuestionInput {
  userId: string;
  questionId: string;
  selected: string[];
  expectedVersion: number;
  requestId: string;
  now: Date;
}

/**
 * Answers a due question in a review session: graded on the server, stored as an answer, and the learner's card
 * graded Again (wrong) or Good (right), all in one transaction. Idempotent per requestId.
 */
export async function answerReviewQuestion(input: AnswerReviewQuestionInput): Promise<{ feedback: AnswerFeedback; logId: string; duplicate: boolean }> {
  return db().$transaction(async (tx) => {
    const { feedback, contentHash } = await gradeQuestionAnswer(tx, input);
    const existing = await tx.card.findUnique({
      where: { userId_itemKind_itemId: { userId: input.userId, itemKind: "question", itemId: input.questionId } },
      select: { id: true },
    });
    if (!existing) throw new AppError("NOT_FOUND", "This question is not in your reviews");
    const earlier = await findLoggedReview(tx, input.userId, input.requestId);
    if (earlier) return { feedback, logId: earlier.id, duplicate: true };

    const card = await lockCard(tx, { userId: input.userId, cardId: existing.id });
    const raced = await findLoggedReview(tx, input.userId, input.requestId);
    if (raced) return { feedback, logId: raced.id, duplicate: true };
    if (card.version !== input.expectedVersion) throw new AppError("CONFLICT", "This card was already graded in another tab");

    await tx.answer.create({
      data: { userId: input.userId, questionId: input.questionId, mode: "review", selected: feedback.selected, isCorrect: feedback.isCorrect, contentHash, answeredAt: input.now },
    });
    const { log } = await writeGrade(tx, { card, grade: gradeForOutcome(feedback.isCorrect), now: input.now, requestId: input.requestId, source: "review" });
    return { feedback, logId: log.id, duplicate: false };
  });
}
