import "server-only";
import { db } from "@/lib/db/client";
import { presentationSeed } from "@/lib/quiz";
import { loadQuestionViews } from "@/lib/server/questions/load-question-views";
import type { QuestionView } from "@/lib/server/questions/question-view";

export interface PracticeQuestion {
  question: QuestionView | null;
  /**
   * Which presentation of the question this is (when the learner last answered it): the answer names it, so grading
   * reads the letters in the order the learner saw, and a retry of the same answer is graded the same way.
   */
  presentation: number;
  answeredCount: number;
  total: number;
}

/**
 * The next question of a topic for this learner: one never answered first, then the one answered longest ago,
 * so repeated practice cycles through the whole topic. Retired questions are skipped.
 */
export async function getPracticeQuestion({
  userId,
  topicId,
}: {
  userId: string;
  topicId: string;
}): Promise<PracticeQuestion> {
  const questions = await db().question.findMany({
    where: { topicId, retiredAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const answered = await db().answer.groupBy({
    by: ["questionId"],
    where: { userId, question: { topicId } },
    _max: { answeredAt: true },
  });
  const lastAnswered = new Map(answered.map((a) => [a.questionId, a._max.answeredAt?.getTime() ?? 0]));
  const next = [...questions].sort((a, b) => (lastAnswered.get(a.id) ?? -1) - (lastAnswered.get(b.id) ?? -1))[0];
  const answeredCount = questions.filter((q) => lastAnswered.has(q.id)).length;
  if (!next) return { question: null, presentation: 0, answeredCount, total: questions.length };

  const presentation = lastAnswered.get(next.id) ?? 0;
  const [question] = await loadQuestionViews(db(), [next.id], {
    seedOf: (questionId) => presentationSeed.practice(userId, questionId, presentation),
  });
  return {
    question: question ?? null,
    presentation,
    answeredCount,
    total: questions.length,
  };
}
