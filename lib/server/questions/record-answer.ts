import "server-only";
import type { PracticeMode, Prisma } from "@/lib/db/generated/client";
import { recordQuestionOutcome } from "../schedule/record-question-outcome";
import { gradeQuestionAnswer } from "./grade-question-answer";
import type { AnswerFeedback } from "./question-view";

/**
 * The one way an answer to a question is recorded, wherever it is given (practice, daily quiz, review): graded on the
 * server, the learner's card graded Again (wrong) or Good (right), and the answer stored in the history, inside the
 * caller's transaction. The outcome comes before the answer row: it locks the learner's card, so of two racing
 * submissions with one request id exactly one is new, and a repeat stores nothing and returns the same feedback.
 */
export async function recordAnswer(
  tx: Prisma.TransactionClient,
  input: {
    userId: string;
    questionId: string;
    /** The letters the learner picked, as shown in the presentation `seed` (see lib/quiz/presentation.ts). */
    selected: readonly string[];
    seed: string;
    mode: Exclude<PracticeMode, "exam">;
    /** Unique per answer for this learner: a repeat with the same id records nothing new. */
    requestId: string;
    /** The card version the learner saw (review): another tab's grade since then makes this one a CONFLICT. */
    expectedVersion?: number;
    now: Date;
  },
): Promise<{ feedback: AnswerFeedback; storedSelected: string[]; logId: string; duplicate: boolean }> {
  const { feedback, storedSelected, contentHash } = await gradeQuestionAnswer(tx, {
    ...input,
    selection: { shown: input.selected },
  });
  const outcome = await recordQuestionOutcome(tx, {
    userId: input.userId,
    questionId: feedback.questionId,
    correct: feedback.isCorrect,
    now: input.now,
    source: input.mode,
    requestId: input.requestId,
    expectedVersion: input.expectedVersion,
  });
  if (!outcome.duplicate) {
    await tx.answer.create({
      data: {
        userId: input.userId,
        questionId: feedback.questionId,
        mode: input.mode,
        selected: storedSelected,
        isCorrect: feedback.isCorrect,
        contentHash,
        answeredAt: input.now,
      },
    });
  }
  return { feedback, storedSelected, logId: outcome.logId, duplicate: outcome.duplicate };
}
