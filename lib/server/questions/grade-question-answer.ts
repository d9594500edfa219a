import "server-only";
import { ScenarioSchema, SourceSchema } from "@/lib/content";
import type { Prisma } from "@/lib/db/generated/client";
import { findQuestionsInOpenAttempt } from "@/lib/db/sql/exam-attempts";
import { isExactMatch, responseProblem } from "@/lib/quiz";
import { AppError } from "@/lib/server/app-error";
import type { AnswerFeedback } from "@/lib/server/questions/question-view";

/**
 * Grades a response to a question (exact match, Select N enforced) and builds the feedback the learner sees after
 * answering. Writes nothing; the caller stores the answer where it belongs (review, daily quiz). This is the only way
 * a key leaves the server outside a scored exam, so it refuses (IN_OPEN_EXAM) a question of the learner's open exam:
 * otherwise practice would be an oracle for the exam's keys.
 */
export async function gradeQuestionAnswer(
  tx: Prisma.TransactionClient,
  input: { userId: string; questionId: string; selected: readonly string[]; now: Date },
): Promise<{ feedback: AnswerFeedback; contentHash: string }> {
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
      scenario: true,
      choices: {
        orderBy: { position: "asc" },
        select: { label: true, isCorrect: true, explanationKo: true, explanationEn: true },
      },
    },
  });
  if (!question) throw new AppError("NOT_FOUND", `No question with id "${input.questionId}"`);
  const labels = question.choices.map((c) => c.label);
  const problem = responseProblem(input.selected, labels, question.selectCount);
  if (problem?.kind === "unknown-choice")
    throw new AppError("BAD_INPUT", `Choice "${problem.label}" is not an option of this question`);
  if (problem?.kind === "wrong-count")
    throw new AppError("BAD_INPUT", `Select exactly ${problem.expected} choice(s); got ${problem.got}`);
  const key = question.choices.filter((c) => c.isCorrect).map((c) => c.label);
  return {
    contentHash: question.contentHash,
    feedback: {
      questionId: question.id,
      isCorrect: isExactMatch(input.selected, key),
      selected: [...input.selected].sort(),
      key,
      explanations: question.choices.map((c) => ({
        label: c.label,
        explanation: { ko: c.explanationKo, en: c.explanationEn },
      })),
      sources: SourceSchema.array().parse(question.sources),
      // A stored scenario that no longer fits the schema only costs the learner the panel, never the feedback.
      scenario: question.scenario === null ? null : (ScenarioSchema.safeParse(question.scenario).data ?? null),
    },
  };
}
