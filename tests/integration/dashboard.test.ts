import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { settleOverdueExams } from "@/lib/server/exams/settle-overdue-exams";
import { startExam } from "@/lib/server/exams/start-exam";
import { getReviewQueue } from "@/lib/server/review/get-review-queue";
import { getDashboard } from "@/lib/server/progress/get-dashboard";
import { addDays, localDay, startOfDay } from "@/lib/srs/day";
import { dailyStreak } from "@/lib/srs/streak";
import { bankOf, flashcardData } from "../support/content-fixtures";
import { generateHistory } from "../support/history";
import { onReadOnlyDatabase } from "../support/read-only-db";
import { createLearner, examBankQuestions } from "./exam-fixtures";

const ZONE = "America/New_York";

/** A mature card of the learner's (due 10 March 2026) and a maker of its review logs (Review state, 25-day interval). */
async function matureCardLogs(userId: string, itemId: string) {
  const card = await db().card.create({
    data: {
      userId,
      itemKind: "flashcard",
      itemId,
      due: new Date("2026-03-10T12:00:00Z"),
      stability: 30,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 30,
      learningSteps: 0,
      reps: 5,
      lapses: 0,
      state: 2,
    },
  });
  return (review: string, requestId: string, rating = 3) => ({
    cardId: card.id,
    userId,
    requestId,
    source: "review" as const,
    rating,
    state: 2,
    due: new Date(review),
    stability: 30,
    difficulty: 5,
    elapsedDays: 25,
    lastElapsedDays: 10,
    scheduledDays: 25,
    learningSteps: 0,
    review: new Date(review),
    previousCard: {},
  });
}

describe("the progress dashboard on PostgreSQL", () => {
  beforeAll(async () => {
    const flashcards = Array.from({ length: 60 }, (_, i) => flashcardData(`dash-card-${String(i).padStart(2, "0")}`));
    await seedContent(
      db(),
      bankOf({ "content/ec2/exam-fixture.yaml": { questions: examBankQuestions(), flashcards } }),
    );
  });
  afterAll(() => db().$disconnect());

  it("tells a new learner that nothing has happened yet", async () => {
    const userId = await createLearner("dash-empty");
    const view = await getDashboard({ userId, now: new Date() });
    expect(view.started).toEqual({ cards: false, reviews: false, answers: false, exams: false });
    expect(view.today).toMatchObject({ streak: 0, dailyQuiz: "none", reviewsToday: 0, answersToday: 0, dueToday: 0 });
    expect(view.forecast).toHaveLength(30);
    expect(view.forecast.every((d) => d.due === 0)).toBe(true);
    expect(view.heatmap.days).toEqual([]);
    expect(view.retention.recent).toEqual({ passed: 0, total: 0 });
    expect(view.exams).toEqual([]);
    expect(view.mastery.topics.find((t) => t.topicId === "ec2")).toEqual({
      topicId: "ec2",
      questions: 70,
      attempted: 0,
      mastered: 0,
    });
  });

  it("aggregates a generated history the same way a plain reading of the rows does", async () => {
    const userId = await createLearner("dash-history", { timeZone: ZONE });
    const now = new Date();
    const summary = await generateHistory(db(), { userId, now, seed: 7 });
    expect(summary.dailyQuizzes).toBeGreaterThan(30);
    expect(summary.examAttempts).toBeGreaterThanOrEqual(5);
    const view = await getDashboard({ userId, now });
    const today = localDay(now, ZONE);
    expect(view.started).toEqual({ cards: true, reviews: true, answers: true, exams: true });

    expect(view.today.streak).toBe(dailyStreak(summary.studiedDays, today));
    expect(view.today.streak).toBeGreaterThanOrEqual(7);

    const cards = await db().card.findMany({ where: { userId, state: { not: 0 } }, select: { due: true } });
    const horizon = startOfDay(addDays(today, 30), ZONE).getTime();
    const expectedForecast = new Map<string, number>();
    for (const { due } of cards) {
      if (due.getTime() >= horizon) continue;
      const day = due.getTime() < startOfDay(today, ZONE).getTime() ? today : localDay(due, ZONE);
      expectedForecast.set(day, (expectedForecast.get(day) ?? 0) + 1);
    }
    for (const { day, due } of view.forecast) expect([day, due]).toEqual([day, expectedForecast.get(day) ?? 0]);
    expect(view.forecast.reduce((sum, d) => sum + d.due, 0)).toBeGreaterThan(0);

    const logs = await db().reviewLog.findMany({
      where: { userId },
      select: { review: true, rating: true, state: true, scheduledDays: true },
    });
    const perDay = new Map<string, number>();
    for (const { review } of logs) {
      const day = localDay(review, ZONE);
      if (day >= view.heatmap.from && day <= today) perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect(Object.fromEntries(view.heatmap.days.map((d) => [d.day, d.reviews]))).toEqual(Object.fromEntries(perDay));

    const mature = logs.filter((l) => l.state === 2 && l.scheduledDays >= 21);
    const totalMature = view.retention.months.reduce((sum, m) => sum + m.total, 0);
    expect(totalMature).toBe(mature.length);
    expect(view.retention.months.reduce((sum, m) => sum + m.passed, 0)).toBe(
      mature.filter((l) => l.rating >= 2).length,
    );
    expect(totalMature).toBeGreaterThan(0);

    const ec2 = view.mastery.topics.find((t) => t.topicId === "ec2");
    expect(ec2?.questions).toBe(70);
    expect(ec2?.attempted).toBeGreaterThan(0);
    expect(ec2?.mastered).toBeLessThanOrEqual(ec2?.attempted ?? 0);
    const secure = view.mastery.domains.find((d) => d.exam === "SAA-C03" && d.domain === "secure");
    expect(secure?.questions).toBe(25);

    expect(view.exams.length).toBe(
      await db().examAttempt.count({ where: { userId, kind: { in: ["clf_c02", "saa_c03"] } } }),
    );
    expect(view.exams.map((e) => e.submittedAt.getTime())).toEqual(
      [...view.exams.map((e) => e.submittedAt.getTime())].sort((a, b) => a - b),
    );
  });

  it("counts a review on the learner's local day, across midnight UTC", async () => {
    const userId = await createLearner("dash-zone", { timeZone: ZONE });
    const now = new Date("2026-03-03T15:00:00Z");
    const log = await matureCardLogs(userId, "dash-card-00");
    // 04:30 UTC on 1 March is 23:30 on 28 February in New York.
    await db().reviewLog.createMany({
      data: [
        log("2026-03-01T04:30:00Z", "z1"),
        log("2026-03-01T05:30:00Z", "z2", 1),
        log("2026-03-03T14:00:00Z", "z3"),
      ],
    });
    const view = await getDashboard({ userId, now });
    expect(view.heatmap.days).toEqual([
      { day: "2026-02-28", reviews: 1 },
      { day: "2026-03-01", reviews: 1 },
      { day: "2026-03-03", reviews: 1 },
    ]);
    expect(view.today.reviewsToday).toBe(1);
    expect(view.retention.months.slice(-2)).toEqual([
      { month: "2026-02", passed: 1, total: 1 },
      { month: "2026-03", passed: 1, total: 2 },
    ]);
    expect(view.forecast.find((d) => d.day === "2026-03-10")?.due).toBe(1);
  });

  it("splits days at a quarter-hour local midnight: Kathmandu is UTC+5:45", async () => {
    const zone = "Asia/Kathmandu";
    const userId = await createLearner("dash-kathmandu", { timeZone: zone });
    const now = new Date("2026-03-03T06:00:00Z");
    const log = await matureCardLogs(userId, "dash-card-01");
    // Midnight of 1 March in Kathmandu is 18:15 UTC on 28 February: the first log is the last instant before it.
    await db().reviewLog.createMany({
      data: [
        log("2026-02-28T18:14:59.999Z", "k1"),
        log("2026-02-28T18:15:00.000Z", "k2", 1),
        log("2026-02-28T18:29:59.999Z", "k3"),
      ],
    });
    const view = await getDashboard({ userId, now });
    expect(view.heatmap.days).toEqual([
      { day: "2026-02-28", reviews: 1 },
      { day: "2026-03-01", reviews: 2 },
    ]);
    expect(view.retention.months.slice(-2)).toEqual([
      { month: "2026-02", passed: 1, total: 1 },
      { month: "2026-03", passed: 1, total: 2 },
    ]);
  });

  it("reads without writing: an overdue exam shows once the page has settled it, and every learner's numbers stay apart", async () => {
    const userId = await createLearner("dash-overdue");
    const other = await createLearner("dash-other");
    const startedAt = new Date(Date.now() - 4 * 60 * 60_000);
    const { attemptId } = await startExam({ userId, request: { kind: "saa_c03" }, now: startedAt });
    // The dashboard read runs on a read-only connection (as on a replica): it must not score the exam itself.
    const before = await onReadOnlyDatabase(() => getDashboard({ userId, now: new Date() }));
    expect(before.exams).toEqual([]);
    expect(
      await db().examAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { submittedAt: true } }),
    ).toEqual({ submittedAt: null });

    // What the dashboard page does: settle overdue exams (the one write), then read.
    expect(await settleOverdueExams({ userId, now: new Date() })).toBe(1);
    const view = await onReadOnlyDatabase(() => getDashboard({ userId, now: new Date() }));
    expect(view.exams).toEqual([
      expect.objectContaining({ attemptId, kind: "saa_c03", scaledScore: 100, passed: false }),
    ]);
    // Nothing was answered, so nothing was scheduled: an abandoned exam does not flood the review queue.
    expect(view.forecast[0]?.due).toBe(0);
    expect(view.today.dueToday).toBe(0);
    const theirs = await getDashboard({ userId: other, now: new Date() });
    expect(theirs.exams).toEqual([]);
    expect(theirs.started.cards).toBe(false);
  });

  it("counts a retired item's card neither in today's due count nor in the forecast, as the review queue skips it", async () => {
    const userId = await createLearner("dash-retired");
    const due = new Date(Date.now() - 60_000);
    const card = (itemId: string) => ({
      userId,
      itemKind: "flashcard" as const,
      itemId,
      due,
      stability: 3,
      difficulty: 5,
      elapsedDays: 1,
      scheduledDays: 1,
      learningSteps: 0,
      reps: 2,
      lapses: 0,
      state: 2,
    });
    await db().card.createMany({ data: [card("dash-card-00"), card("dash-card-01")] });
    await db().flashcard.update({ where: { id: "dash-card-01" }, data: { retiredAt: new Date() } });
    try {
      const now = new Date();
      const [view, queue] = await Promise.all([getDashboard({ userId, now }), getReviewQueue({ userId, now })]);
      expect(queue.counts.due).toBe(1);
      expect(view.today.dueToday).toBe(1);
      expect(view.forecast[0]?.due).toBe(1);
    } finally {
      await db().flashcard.update({ where: { id: "dash-card-01" }, data: { retiredAt: null } });
    }
  });
});
