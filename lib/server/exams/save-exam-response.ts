import "server-only";
import { db } from "@/lib/db/client";
import { findAttemptItem, writeAttemptItem } from "@/lib/db/sql/exam-attempts";
import { isAnswered, selectionProblem } from "@/lib/exam";
import { presentChoices, presentationSeed, shownLetter, shownLetters, storedLabels } from "@/lib/quiz";
import { AppError } from "@/lib/server/app-error";
import { lockOpenExamAttempt } from "./lock-open-exam-attempt";
import { settleOverdueExams } from "./settle-overdue-exams";

export interface SavedResponse {
  questionId: string;
  /** In the letters the learner sees. */
  selected: string[];
  flagged: boolean;
  answered: boolean;
}

/**
 * Saves the learner's current selection and/or review flag for one item of an open attempt, and makes that item
 * the one a reload returns to. Refused (CONFLICT) once the attempt is submitted or its server deadline has passed;
 * NOT_FOUND for an attempt that is not this learner's or a question that is not in the attempt. A selection may
 * hold fewer picks than "Select N" while the learner works, never more.
 */
export async function saveExamResponse(input: {
  userId: string;
  attemptId: string;
  questionId: string;
  selected?: string[];
  flagged?: boolean;
  now: Date;
}): Promise<SavedResponse> {
  const { userId, attemptId, questionId, now } = input;
  await settleOverdueExams({ userId, now });
  return db().$transaction(async (tx) => {
    await lockOpenExamAttempt(tx, { userId, attemptId, now });
    const response = await findAttemptItem(tx, { attemptId, questionId });
    if (!response) throw new AppError("NOT_FOUND", `Question "${questionId}" is not part of this exam`);

    // The learner picks letters of the attempt's own order; the stored labels behind them are what is saved.
    const presentation = presentChoices(
      response.labels,
      presentationSeed.exam(attemptId, questionId),
      response.keepChoiceOrder,
    );
    let selected = response.selected;
    if (input.selected !== undefined) {
      const shown = presentation.order.map((label) => shownLetter(presentation, label));
      const problem = selectionProblem(input.selected, shown, response.selectCount);
      if (problem?.kind === "unknown-choice")
        throw new AppError("BAD_INPUT", `Choice "${problem.label}" is not an option of this question`);
      if (problem?.kind === "duplicate") throw new AppError("BAD_INPUT", "A choice was selected twice");
      if (problem?.kind === "too-many")
        throw new AppError("BAD_INPUT", `Select at most ${problem.limit} choice(s); got ${problem.got}`);
      selected = storedLabels(presentation, input.selected) ?? [];
    }
    const flagged = input.flagged ?? response.flagged;
    // The answer time moves only when the selection changes; a cleared selection is unanswered.
    const answeredAt = input.selected === undefined ? "keep" : selected.length > 0 ? now : null;
    await writeAttemptItem(tx, { attemptId, questionId, position: response.position, selected, flagged, answeredAt });
    return {
      questionId,
      selected: shownLetters(presentation, selected),
      flagged,
      answered: isAnswered(selected, response.selectCount),
    };
  });
}
