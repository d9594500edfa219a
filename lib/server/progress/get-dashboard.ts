import "server-only";
import { db } from "@/lib/db/client";
import { DEFAULT_TIME_ZONE, isValidTimeZone, localDay } from "@/lib/srs";
import { getDueForecast, type ForecastDay } from "@/lib/server/progress/get-due-forecast";
import { getExamScores, type ExamScorePoint } from "@/lib/server/progress/get-exam-scores";
import { getMastery, type Mastery } from "@/lib/server/progress/get-mastery";
import { getReviewHeatmap, type HeatmapDay } from "@/lib/server/progress/get-review-heatmap";
import { getStudyToday, type StudyToday } from "@/lib/server/progress/get-study-today";
import { getTrueRetention, type TrueRetention } from "@/lib/server/progress/get-true-retention";

export interface DashboardView {
  timeZone: string;
  desiredRetention: number;
  today: StudyToday;
  forecast: ForecastDay[];
  heatmap: { from: string; to: string; days: HeatmapDay[] };
  retention: TrueRetention;
  mastery: Mastery;
  exams: ExamScorePoint[];
  /** What the learner has done at all, for empty states that say what to do first. */
  started: { cards: boolean; reviews: boolean; answers: boolean; exams: boolean };
}

/**
 * Everything the progress dashboard shows for this learner, each part aggregated in SQL so the cost grows with the
 * days and topics shown, not with the learner's history. Reads only: the page settles
 * overdue exams first (settleOverdueExams), so their scores appear.
 */
export async function getDashboard({ userId, now }: { userId: string; now: Date }): Promise<DashboardView> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true, desiredRetention: true },
  });
  const timeZone = isValidTimeZone(user.timeZone) ? user.timeZone : DEFAULT_TIME_ZONE;
  const day = localDay(now, timeZone);
  const [today, forecast, heatmap, retention, mastery, exams, card, review, answer, attempt] = await Promise.all([
    getStudyToday({ userId, now, timeZone }),
    getDueForecast({ userId, today: day, timeZone }),
    getReviewHeatmap({ userId, today: day, timeZone }),
    getTrueRetention({ userId, today: day, timeZone }),
    getMastery({ userId }),
    getExamScores({ userId }),
    db().card.findFirst({ where: { userId }, select: { id: true } }),
    db().reviewLog.findFirst({ where: { userId }, select: { id: true } }),
    db().answer.findFirst({ where: { userId }, select: { id: true } }),
    db().examAttempt.findFirst({ where: { userId, submittedAt: { not: null } }, select: { id: true } }),
  ]);
  return {
    timeZone,
    desiredRetention: user.desiredRetention,
    today,
    forecast,
    heatmap: { from: heatmap.from, to: day, days: heatmap.days },
    retention,
    mastery,
    exams,
    started: { cards: card !== null, reviews: review !== null, answers: answer !== null, exams: attempt !== null },
  };
}
