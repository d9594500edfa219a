import { getDashboard } from "@/lib/server/progress/get-dashboard";
import { getDueForecast } from "@/lib/server/progress/get-due-forecast";
import { getExamScores } from "@/lib/server/progress/get-exam-scores";
import { getMastery } from "@/lib/server/progress/get-mastery";
import { getReviewHeatmap } from "@/lib/server/progress/get-review-heatmap";
import { getReviewQueue, LEARN_AHEAD_MS } from "@/lib/server/review/get-review-queue";
import { readQueueState } from "@/lib/db/sql/review-queue";
import { getStudyToday } from "@/lib/server/progress/get-study-today";
import { getTrueRetention } from "@/lib/server/progress/get-true-retention";
import { dayBounds, localDay } from "../../lib/srs/day";

export interface QueryTiming {
  name: string;
  medianMs: number;
  p95Ms: number;
}

async function time(name: string, runs: number, call: () => Promise<unknown>): Promise<QueryTiming> {
  for (let i = 0; i < 3; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) =>
    Math.round((samples[Math.min(samples.length - 1, Math.ceil(p * samples.length) - 1)] ?? Number.NaN) * 100) / 100;
  return { name, medianMs: at(0.5), p95Ms: at(0.95) };
}

/**
 * The app's own use cases for the big learner, in this process through the app's Prisma client (DATABASE_URL must
 * name the bench database before the first call): wall-clock median and p95 of `runs` calls after three warm-ups.
 * "Due queue" is the review queue's state in one statement (due and learning counts, the next due card, the next due
 * time after the learn-ahead window, today's new cards, the undoable grade); "review queue" is the whole use case the
 * review page calls, with new cards and the card's view.
 */
export async function timeLearnerQueries(userId: string, runs: number): Promise<QueryTiming[]> {
  const now = new Date();
  const timeZone = "Asia/Seoul";
  const today = localDay(now, timeZone);
  const ahead = new Date(now.getTime() + LEARN_AHEAD_MS);
  return [
    await time("due queue", runs, () => readQueueState(userId, now, ahead, dayBounds(now, timeZone))),
    await time("review queue (whole use case)", runs, () => getReviewQueue({ userId, now })),
    await time("dashboard (all parts)", runs, () => getDashboard({ userId, now })),
    await time("  today and streak", runs, () => getStudyToday({ userId, now, timeZone })),
    await time("  30-day due forecast", runs, () => getDueForecast({ userId, today, timeZone })),
    await time("  26-week heatmap", runs, () => getReviewHeatmap({ userId, today, timeZone })),
    await time("  true retention", runs, () => getTrueRetention({ userId, today, timeZone })),
    await time("  mastery", runs, () => getMastery({ userId })),
    await time("  exam scores", runs, () => getExamScores({ userId })),
  ];
}
