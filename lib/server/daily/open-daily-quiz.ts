import "server-only";
import { db } from "@/lib/db/client";
import { presentationSeed } from "@/lib/quiz";
import { chooseDailyQuestions, type DailyCandidate, type TopicRecord } from "@/lib/srs";
import { findTodaysQuiz } from "./find-todays-quiz";
import { dailyStreak } from "@/lib/srs";
import { loadDailyResults, type DailyResult } from "@/lib/server/daily/load-daily-results";
import { loadQuestionViews } from "@/lib/server/questions/load-question-views";
import type { QuestionView } from "@/lib/server/questions/question-view";

/** Recent accuracy per topic decides how often a topic is drawn: the last 30 days of answers. */
const ACCURACY_WINDOW_MS = 30 * 86_400_000;

export interface DailyQuizView {
  quizId: string;
  /** The learner's local date of this quiz, YYYY-MM-DD. */
  day: string;
  total: number;
  answered: number;
  correct: number;
  /** The next unanswered question (1-based position), or null when the quiz is finished. */
  current: { position: number; question: QuestionView } | null;
  /** Every question with the learner's answer and the explanation of every option, once finished. */
  results: DailyResult[] | null;
  /** Consecutive local days with a finished daily quiz, up to today. */
  streak: number;
}

/**
 * Opens today's quiz for this learner (today in their time zone): drawn and stored on the first visit of the day from
 * a seed of user and day, so the same questions come back all day; later visits resume at the first unanswered
 * question. The only write is that first draw.
 */
export async function openDailyQuiz({ userId, now }: { userId: string; now: Date }): Promise<DailyQuizView> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { dailyQuizSize: true, timeZone: true },
  });
  const today = await findTodaysQuiz(db(), { userId, timeZone: user.timeZone, now });
  const { day, end } = today;
  if (today.mayDraw) {
    const questionIds = await drawQuestions(userId, day, user.dailyQuizSize, now, end);
    // Two tabs opening the day's quiz at once: the unique (user, day) keeps the first, the other reads it.
    await db().dailyQuiz.createMany({ data: [{ userId, day, questionIds, createdAt: now }], skipDuplicates: true });
  }
  const quiz = await db().dailyQuiz.findUniqueOrThrow({
    where: today.quizId ? { id: today.quizId } : { userId_day: { userId, day } },
    include: { answers: true },
  });
  const answeredIds = new Set(quiz.answers.map((a) => a.questionId));
  const [streakDays, views] = await Promise.all([
    db().dailyQuiz.findMany({ where: { userId, completedAt: { not: null } }, select: { day: true } }),
    loadQuestionViews(
      db(),
      quiz.questionIds.filter((id) => !answeredIds.has(id)),
      { seedOf: (questionId) => presentationSeed.daily(quiz.id, questionId) },
    ),
  ]);
  // Retired questions are left out of the views, so a quiz whose only unanswered questions were retired is done.
  const nextView = views[0];
  const finished = quiz.completedAt !== null || (nextView === undefined && answeredIds.size > 0);
  return {
    quizId: quiz.id,
    day: quiz.day,
    total: quiz.questionIds.length,
    answered: answeredIds.size,
    correct: quiz.answers.filter((a) => a.isCorrect).length,
    current: !finished && nextView ? { position: quiz.questionIds.indexOf(nextView.id) + 1, question: nextView } : null,
    results: finished ? await loadDailyResults(db(), quiz) : null,
    // Counted up to today's quiz's day, which after a move west can be ahead of the local date.
    streak: dailyStreak(
      streakDays.map((q) => q.day),
      quiz.day > day ? quiz.day : day,
    ),
  };
}

async function drawQuestions(userId: string, day: string, size: number, now: Date, endOfDay: Date): Promise<string[]> {
  const [questions, cards, answered, recent] = await Promise.all([
    db().question.findMany({ where: { retiredAt: null }, select: { id: true, topicId: true } }),
    db().card.findMany({
      where: { userId, itemKind: "question", reps: { gt: 0 } },
      select: { itemId: true, due: true },
    }),
    db().answer.groupBy({ by: ["questionId"], where: { userId } }),
    db().answer.findMany({
      where: { userId, answeredAt: { gte: new Date(now.getTime() - ACCURACY_WINDOW_MS) } },
      select: { isCorrect: true, question: { select: { topicId: true } } },
    }),
  ]);
  const dueAt = new Map(cards.map((c) => [c.itemId, c.due.getTime()]));
  const seen = new Set(answered.map((a) => a.questionId));
  const candidates: DailyCandidate[] = questions.map((q) => {
    const due = dueAt.get(q.id);
    if (due !== undefined && due < endOfDay.getTime())
      return { questionId: q.id, topicId: q.topicId, status: "due", dueAt: due };
    return { questionId: q.id, topicId: q.topicId, status: due !== undefined || seen.has(q.id) ? "seen" : "new" };
  });
  const topicAccuracy: Record<string, TopicRecord> = {};
  for (const answer of recent) {
    const record = (topicAccuracy[answer.question.topicId] ??= { correct: 0, total: 0 });
    record.total++;
    if (answer.isCorrect) record.correct++;
  }
  return chooseDailyQuestions({ candidates, topicAccuracy, size, seed: `${userId}:${day}` });
}
