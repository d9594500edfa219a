import "server-only";
import { checkedDay, displayedSources, ScenarioSchema } from "@/lib/content";
import type { Prisma } from "@/lib/db/generated/client";
import { findQuestionsInOpenAttempt } from "@/lib/db/sql/exam-attempts";
import { inShownOrder, isExactMatch, presentChoices, responseProblem, shownLetters, storedLabels } from "@/lib/quiz";
import { AppError } from "@/lib/server/app-error";
import type { AnswerFeedback } from "@/lib/server/questions/question-view";
import { relabelScenario } from "./relabel-scenario";

/**
 * Grades a response to a question (exact match, Select N enforced) and builds the feedback the learner sees after
 * answering, in the letters of the presentation the learner answered (`seed`, see lib/quiz/presentation.ts). Writes
 * nothing; the caller stores `storedSelected` (the stored labels) where it belongs. This is the only way a key leaves
 * the server outside a scored exam, so it refuses (IN_OPEN_EXAM) a question of the learner's open exam: otherwise
 * practice would be an oracle for the exam's keys.
 */
export async function gradeQuestionAnswer(
  tx: Prisma.TransactionClient,
  input: {
    userId: string;
    questionId: string;
    /** Shown letters as the learner picked them, or stored labels (an answer read back from the database). */
    selection: { shown: readonly string[] } | { stored: readonly string[] };
    seed: string;
    now: Date;
  },
): Promise<{ feedback: AnswerFeedback; storedSelected: string[]; contentHash: string }> {
  const inExam = await findQuestionsInOpenAttempt(tx, {
    userId: input.userId,
    questionIds: [input.questionId],
    now: input.now,
  });
  if (inExam.length > 0) throw new AppError("IN_OPEN_EXAM", "This question is in your open exam");
  const question = await tx.question.findFirst({
    where: { id: input.questionId, retiredAt: null },
    select: {
      id: true,
      selectCount: true,
      contentHash: true,
      sources: true,
      checkedAt: true,
      scenario: true,
      keepChoiceOrder: true,
      choices: {
        orderBy: { position: "asc" },
        select: { label: true, isCorrect: true, explanationKo: true, explanationEn: true },
      },
    },
  });
  if (!question) throw new AppError("NOT_FOUND", `No question with id "${input.questionId}"`);
  const labels = question.choices.map((c) => c.label);
  const presentation = presentChoices(labels, input.seed, question.keepChoiceOrder);
  const selected =
    "shown" in input.selection ? storedLabels(presentation, input.selection.shown) : [...input.selection.stored].sort();
  if (selected === null) throw new AppError("BAD_INPUT", "A choice is not an option of this question");
  const problem = responseProblem(selected, labels, question.selectCount);
  if (problem?.kind === "unknown-choice")
    throw new AppError("BAD_INPUT", `Choice "${problem.label}" is not an option of this question`);
  if (problem?.kind === "wrong-count")
    throw new AppError("BAD_INPUT", `Select exactly ${problem.expected} choice(s); got ${problem.got}`);
  const key = question.choices.filter((c) => c.isCorrect).map((c) => c.label);
  // A stored scenario that no longer fits the schema only costs the learner the panel, never the feedback.
  const scenario = question.scenario === null ? null : (ScenarioSchema.safeParse(question.scenario).data ?? null);
  return {
    contentHash: question.contentHash,
    storedSelected: selected,
    feedback: {
      questionId: question.id,
      isCorrect: isExactMatch(selected, key),
      selected: shownLetters(presentation, selected),
      key: shownLetters(presentation, key),
      explanations: inShownOrder(presentation, question.choices).map((c) => ({
        label: c.label,
        explanation: { ko: c.explanationKo, en: c.explanationEn },
      })),
      sources: displayedSources(question.sources),
      checkedAt: checkedDay(question.checkedAt),
      scenario: scenario && relabelScenario(scenario, presentation),
    },
  };
}
