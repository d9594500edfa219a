import "server-only";
import { db } from "../db/client";
import { isAnswered, selectionProblem } from "../exam";
import { AppError } from "./app-error";
import { lockOpenExamAttempt } from "./lock-open-exam-attempt";
import { scoreOverdueExams } from "./score-overdue-exams";

export interface SavedResponse {
  questionId: string;
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
  await scoreOverdueExams({ userId, now });
  return db().$transaction(async (tx) => {
    await lockOpenExamAttempt(tx, { userId, attemptId, now });
    const response = await tx.examResponse.findUnique({ where: { attemptId_questionId: { attemptId, questionId } } });
    if (!response) throw new AppError("NOT_FOUND", `Question "${questionId}" is not part of this exam`);
    const question = await tx.question.findUniqueOrThrow({
      where: { id: questionId },
      select: { selectCount: true, choices: { select: { label: true } } },
    });

    let selected = response.selected;
    if (input.selected !== undefined) {
      const problem = selectionProblem(input.selected, question.choices.map((c) => c.label), question.selectCount);
      if (problem?.kind === "unknown-choice") throw new AppError("BAD_INPUT", `Choice "${problem.label}" is not an option of this question`);
      if (problem?.kind === "duplicate") throw new AppError("BAD_INPUT", "A choice was selected twice");
      if (problem?.kind === "too-many") throw new AppError("BAD_INPUT", `Select at most ${problem.limit} choice(s); got ${problem.got}`);
      selected = [...input.selected].sort();
    }
    const flagged = input.flagged ?? response.flagged;
    await tx.examResponse.update({
      where: { attemptId_questionId: { attemptId, questionId } },
      data: { selected, flagged, answeredAt: input.selected === undefined ? response.answeredAt : selected.length > 0 ? now : null },
    });
    await tx.examAttempt.update({ where: { id: attemptId }, data: { currentIndex: response.position } });
    return { questionId, selected, flagged, answered: isAnswered(selected, question.selectCount) };
  });
}
