import "server-only";
import { checkedDay, displayedSources } from "@/lib/content";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { inShownOrder, presentChoices, presentationSeed, shownLetters } from "@/lib/quiz";
import { loadQuestionViews } from "@/lib/server/questions/load-question-views";
import type { AnswerFeedback, QuestionView } from "@/lib/server/questions/question-view";

export interface DailyResult {
  question: QuestionView;
  feedback: Omit<AnswerFeedback, "scenario">;
}

/** A quiz's questions in order with the learner's stored answers, keys and the explanation of every option. */
export async function loadDailyResults(
  client: Prisma.TransactionClient | Db,
  quiz: {
    id: string;
    questionIds: string[];
    answers: { questionId: string; selected: string[]; isCorrect: boolean }[];
  },
): Promise<DailyResult[]> {
  // The results show each question as it was presented in the quiz, with its letters.
  const seedOf = (questionId: string) => presentationSeed.daily(quiz.id, questionId);
  const [views, rows] = await Promise.all([
    loadQuestionViews(client, quiz.questionIds, { includeRetired: true, seedOf }),
    client.question.findMany({
      where: { id: { in: quiz.questionIds } },
      select: {
        id: true,
        sources: true,
        checkedAt: true,
        keepChoiceOrder: true,
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
    const presentation = presentChoices(
      detail.choices.map((c) => c.label),
      seedOf(question.id),
      detail.keepChoiceOrder,
    );
    return [
      {
        question,
        feedback: {
          questionId: question.id,
          isCorrect: answer.isCorrect,
          selected: shownLetters(presentation, answer.selected),
          key: shownLetters(
            presentation,
            detail.choices.filter((c) => c.isCorrect).map((c) => c.label),
          ),
          explanations: inShownOrder(presentation, detail.choices).map((c) => ({
            label: c.label,
            explanation: { ko: c.explanationKo, en: c.explanationEn },
          })),
          sources: displayedSources(detail.sources),
          checkedAt: checkedDay(detail.checkedAt),
        },
      },
    ];
  });
}
