import "server-only";
import { db } from "@/lib/db/client";
import { presentationSeed } from "@/lib/quiz";
import type { AnswerFeedback } from "../questions/question-view";
import { recordAnswer } from "../questions/record-answer";

/**
 * Grades one practice answer on the server and records it for this learner. The key and the explanations leave the
 * server only in the returned feedback, after the answer is stored. Idempotent per `requestId` (one per question
 * shown): a double click or a retry after a dropped connection stores one answer and grades the card once.
 */
export async function submitPracticeAnswer(input: {
  /** The presentation the learner answered, as getPracticeQuestion named it. */
  presentation: number;
  userId: string;
  questionId: string;
  selected: string[];
  requestId: string;
  now: Date;
}): Promise<AnswerFeedback> {
  return db().$transaction(async (tx) => {
    const { feedback } = await recordAnswer(tx, {
      ...input,
      mode: "practice",
      requestId: `practice:${input.requestId}`,
      seed: presentationSeed.practice(input.userId, input.questionId, input.presentation),
    });
    return feedback;
  });
}
