import "server-only";
import { db } from "@/lib/db/client";
import { countDueCards } from "@/lib/db/sql/cards";
import { dayBounds } from "@/lib/srs";
import { dailyStreak } from "@/lib/srs";

export interface StudyToday {
  /** The learner's local date, YYYY-MM-DD. */
  day: string;
  /** Consecutive local days with a finished daily quiz, ending today (or yesterday while today's is not done). */
  streak: number;
  dailyQuiz: "done" | "started" | "none";
  reviewsToday: number;
  answersToday: number;
  /** Studied cards of live items due by the end of the learner's day: what the review queue will show today. */
  dueToday: number;
}

/** The streak and today's work, in the learner's time zone. */
export async function getStudyToday({
  userId,
  now,
  timeZone,
}: {
  userId: string;
  now: Date;
  timeZone: string;
}): Promise<StudyToday> {
  const { day, start, end } = dayBounds(now, timeZone);
  // One row per finished day: a year of daily quizzes is 365 short rows.
  const [finished, todayQuiz, reviewsToday, answersToday, dueToday] = await Promise.all([
    db().dailyQuiz.findMany({
      where: { userId, completedAt: { not: null }, day: { lte: day } },
      select: { day: true },
    }),
    db().dailyQuiz.findUnique({ where: { userId_day: { userId, day } }, select: { completedAt: true } }),
    db().reviewLog.count({ where: { userId, review: { gte: start, lt: end } } }),
    db().answer.count({ where: { userId, answeredAt: { gte: start, lt: end } } }),
    countDueCards(db(), userId, end),
  ]);
  return {
    day,
    streak: dailyStreak(
      finished.map((q) => q.day),
      day,
    ),
    dailyQuiz: todayQuiz === null ? "none" : todayQuiz.completedAt ? "done" : "started",
    reviewsToday,
    answersToday,
    dueToday,
  };
}
