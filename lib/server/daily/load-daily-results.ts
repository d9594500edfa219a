import "server-only";
import { SourceSchema } from "@/lib/content";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { loadQuestionViews } from "@/lib/server/questions/load-question-views";
import type { AnswerFeedback, QuestionView } from "@/lib/server/questions/question-view";

export interface DailyResult {
  question: QuestionView;
  feedback: Omit<AnswerFeedback, "scenario">;
}

/** A quiz's questions in order with the learner's stored answers, keys and the explanation of every option. */
export async function loadDailyResults(
  client: Prisma.TransactionClient | Db,
  quiz: { questionIds: string[]; answers: { questionId: string; selected: string[]; isCorrect: boolean }[] },
): Promise<DailyResult[]> {
  const [views, rows] = await Promise.all([
    loadQuestionViews(client, quiz.questionIds, { includeRetired: true }),
    client.question.findMany({
      where: { id: { in: quiz.questionIds } },
      select: {
        id: true,
        sources: true,
        choices: {
          orderBy: { position: "asc" },
          select: { label: true, isCorrect: true, explanationKo: true, explanationEn: true },
        },
      },
    }),
  ]);
  const details = new Map(rows.map((row) => [row.id, row]));
  const answers = new Map(quiz.answers.map((a) => [a.questionId, a]));
  return views.flatMap((question) => {
    const detail = details.get(question.id);
    const answer = answers.get(question.id);
    if (!detail || !answer) return [];
    return [
      {
        question,
        feedback: {
          questionId: question.id,
          isCorrect: answer.isCorrect,
          selected: answer.selected,
          key: detail.choices.filter((c) => c.isCorrect).map((c) => c.label),
          explanations: detail.choices.map((c) => ({
            label: c.label,
            explanation: { ko: c.explanationKo, en: c.explanationEn },
          })),
          sources: SourceSchema.array().parse(detail.sources),
        },
      },
    ];
  });
}
