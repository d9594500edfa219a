import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { isAnswered, selectionProblem } from "@/lib/exam";
import { AppError } from "@/lib/server/app-error";
import { utcTimestamp } from "@/lib/db/sql/time";
import { lockOpenExamAttempt } from "@/lib/db/sql/exam-attempts";
import { scoreOverdueExams } from "@/lib/server/exams/settle-overdue-exams";

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
    const [response] = await tx.$queryRaw<{ position: number; selected: string[]; flagged: boolean; select_count: number; labels: string[] }[]>`
      SELECT r.position, r.selected, r.flagged, q.select_count,
             ARRAY(SELECT label FROM choices WHERE question_id = q.id ORDER BY label) AS labels
      FROM exam_responses r JOIN questions q ON q.id = r.question_id
      WHERE r.attempt_id = ${attemptId} AND r.question_id = ${questionId}`;
    if (!response) throw new AppError("NOT_FOUND", `Question "${questionId}" is not part of this exam`);

    let selected = response.selected;
    if (input.selected !== undefined) {
      const problem = selectionProblem(input.selected, response.labels, response.select_count);
      if (problem?.kind === "unknown-choice") throw new AppError("BAD_INPUT", `Choice "${problem.label}" is not an option of this question`);
      if (problem?.kind === "duplicate") throw new AppError("BAD_INPUT", "A choice was selected twice");
      if (problem?.kind === "too-many") throw new AppError("BAD_INPUT", `Select at most ${problem.limit} choice(s); got ${problem.got}`);
      selected = [...input.selected].sort();
    }
    const flagged = input.flagged ?? response.flagged;
    // The answer time moves only when the selection changes; a cleared selection is unanswered.
    const answeredAt = input.selected === undefined ? Prisma.sql`answered_at` : selected.length > 0 ? utcTimestamp(now) : Prisma.sql`NULL`;
    await tx.$executeRaw`
      WITH response AS (
        UPDATE exam_responses SET selected = ${selected}::text[], flagged = ${flagged},
               answered_at = ${answeredAt}
        WHERE attempt_id = ${attemptId} AND question_id = ${questionId}
      )
      UPDATE exam_attempts SET current_index = ${response.position} WHERE id = ${attemptId}`;
    return { questionId, selected, flagged, answered: isAnswered(selected, response.select_count) };
  });
}
