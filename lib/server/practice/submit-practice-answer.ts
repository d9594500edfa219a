import "server-only";
import { db } from "@/lib/db/client";
import { gradeQuestionAnswer } from "@/lib/server/questions/grade-question-answer";
import type { AnswerFeedback } from "@/lib/server/questions/question-view";
import { recordQuestionOutcome } from "@/lib/server/schedule/record-question-outcomes";

/**
 * Grades one practice answer on the server and records it for this user. The key and the explanations leave the
 * server only in the returned feedback, after the answer is stored. Idempotent per `requestId` (one per question
 * shown): a double click or a retry after a dropped connection stores one answer and grades the card once.
 */
export async function submitAnswer(input: {
  userId: string;
  questionId: string;
  selected: string[];
  requestId: string;
  mode: "practice";
}): Promise<AnswerFeedback> {
  const now = new Date();
  // The answer and the learner's schedule change together: a wrong answer makes the question due again soon.
  return db().$transaction(async (tx) => {
    const { feedback, contentHash } = await gradeQuestionAnswer(tx, input);
    // The outcome comes first: it locks the learner's card, so of two racing submissions exactly one is not a duplicate.
    const outcome = await recordQuestionOutcome(tx, {
      userId: input.userId,
      questionId: feedback.questionId,
      correct: feedback.isCorrect,
      now,
      source: "practice",
      requestId: `practice:${input.requestId}`,
    });
    if (!outcome.duplicate) {
      await tx.answer.create({
        data: {
          userId: input.userId,
          questionId: feedback.questionId,
          mode: input.mode,
          selected: feedback.selected,
          isCorrect: feedback.isCorrect,
          contentHash,
          answeredAt: now,
        },
      });
    }
    return feedback;
  });
}
