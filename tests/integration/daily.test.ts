import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { answerDailyQuestion } from "@/lib/server/daily/answer-daily-question";
import { openDailyQuiz } from "@/lib/server/daily/open-daily-quiz";
import { presentationSeed } from "@/lib/quiz";
import { bankOf, multipleQuestionData, questionData } from "../support/content-fixtures";
import { shownFor } from "../support/presentation";

const stamp = Math.random().toString(36).slice(2, 8);
const MORNING = new Date("2026-06-10T00:30:00Z"); // 09:30 in Seoul
const EVENING = new Date("2026-06-10T14:30:00Z"); // 23:30 in Seoul
const NEXT_DAY = new Date("2026-06-10T15:30:00Z"); // 00:30 on the 11th in Seoul

async function newUser(name: string, data: { dailyQuizSize?: number; timeZone?: string } = {}) {
  return (await db().user.create({ data: { email: `${name}-${stamp}@example.com`, passwordHash: "x", ...data } })).id;
}

/** A question's stored labels and its key or as many wrong choices as it asks for, in the letters of its quiz. */
async function choicesOf(quizId: string, questionId: string, pick: "key" | "wrong"): Promise<string[]> {
  const q = await db().question.findUniqueOrThrow({
    where: { id: questionId },
    include: { choices: { orderBy: { position: "asc" } } },
  });
  const stored = (pick === "key" ? q.choices.filter((c) => c.isCorrect) : q.choices.filter((c) => !c.isCorrect))
    .slice(0, pick === "key" ? undefined : q.selectCount)
    .map((c) => c.label);
  return shownFor(
    presentationSeed.daily(quizId, questionId),
    stored,
    q.choices.map((c) => c.label),
  );
}
/** The key of a fixture question ("b" for single, a+d for multiple), as the quiz shows it. */
const keyOf = (quizId: string, questionId: string) => choicesOf(quizId, questionId, "key");
const wrongFor = (quizId: string, questionId: string) => choicesOf(quizId, questionId, "wrong");

describe("the daily quiz", () => {
  let alice = "";
  let bob = "";
  beforeAll(async () => {
    await seedContent(
      db(),
      bankOf({
        "content/ec2/daily-a.yaml": { questions: ["ec2-dq-1", "ec2-dq-2", "ec2-dq-3"].map((id) => questionData(id)) },
        "content/efs/daily-b.yaml": { questions: [questionData("efs-dq-1"), multipleQuestionData("efs-dq-2")] },
      }),
    );
    alice = await newUser("alice", { dailyQuizSize: 3 });
    bob = await newUser("bob", { dailyQuizSize: 3 });
  });
  afterAll(() => db().$disconnect());

  it("is the same set all day in the learner's time zone, and a new one the next local day", async () => {
    const dana = await newUser("dana", { dailyQuizSize: 3 });
    const [morning, again] = await Promise.all([
      openDailyQuiz({ userId: dana, now: MORNING }),
      openDailyQuiz({ userId: dana, now: MORNING }),
    ]);
    expect(again.quizId).toBe(morning.quizId);
    const evening = await openDailyQuiz({ userId: dana, now: EVENING });
    expect(evening).toMatchObject({ quizId: morning.quizId, day: "2026-06-10", total: 3, answered: 0, streak: 0 });
    expect(evening.current?.position).toBe(1);
    expect(JSON.stringify(evening.current)).not.toMatch(/isCorrect|explanation/);
    const stored = await db().dailyQuiz.findUniqueOrThrow({ where: { id: morning.quizId } });
    expect(new Set(stored.questionIds).size).toBe(3);
    const tomorrow = await openDailyQuiz({ userId: dana, now: NEXT_DAY });
    expect(tomorrow.day).toBe("2026-06-11");
    expect(tomorrow.quizId).not.toBe(morning.quizId);
  });

  it("grades on the server, feeds wrong answers to the schedule as Again, and resumes after the last answer", async () => {
    const quiz = await openDailyQuiz({ userId: alice, now: MORNING });
    const first = quiz.current?.question.id ?? "";
    const { feedback, finished } = await answerDailyQuestion({
      userId: alice,
      quizId: quiz.quizId,
      questionId: first,
      selected: await wrongFor(quiz.quizId, first),
      now: MORNING,
    });
    expect(feedback.isCorrect).toBe(false);
    expect(finished).toBe(false);
    const card = await db().card.findFirstOrThrow({ where: { userId: alice, itemKind: "question", itemId: first } });
    expect(card.due.getTime() - MORNING.getTime()).toBe(60_000);
    expect(await db().reviewLog.findFirstOrThrow({ where: { cardId: card.id } })).toMatchObject({
      source: "daily",
      rating: 1,
    });

    const resumed = await openDailyQuiz({ userId: alice, now: new Date(MORNING.getTime() + 3_600_000) });
    expect(resumed).toMatchObject({ answered: 1, correct: 0, current: { position: 2 } });
  });

  it("records a repeated or concurrent answer once", async () => {
    const quiz = await openDailyQuiz({ userId: alice, now: MORNING });
    const second = quiz.current?.question.id ?? "";
    const selected = await keyOf(quiz.quizId, second);
    const input = { userId: alice, quizId: quiz.quizId, questionId: second, selected, now: MORNING };
    const results = await Promise.all([answerDailyQuestion(input), answerDailyQuestion(input)]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(await db().dailyQuizAnswer.count({ where: { quizId: quiz.quizId, questionId: second } })).toBe(1);
    expect(await db().answer.count({ where: { userId: alice, questionId: second, mode: "daily" } })).toBe(1);
    expect(await db().reviewLog.count({ where: { userId: alice, card: { itemId: second } } })).toBe(1);
  });

  it("refuses a question that is not in the quiz", async () => {
    const quiz = await openDailyQuiz({ userId: alice, now: MORNING });
    const stored = await db().dailyQuiz.findUniqueOrThrow({ where: { id: quiz.quizId } });
    const outside =
      ["ec2-dq-1", "ec2-dq-2", "ec2-dq-3", "efs-dq-1", "efs-dq-2"].find((id) => !stored.questionIds.includes(id)) ?? "";
    await expect(
      answerDailyQuestion({ userId: alice, quizId: quiz.quizId, questionId: outside, selected: ["b"], now: MORNING }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("ends with every question's explanations and a streak over consecutive local days", async () => {
    const quiz = await openDailyQuiz({ userId: alice, now: EVENING });
    const last = quiz.current?.question.id ?? "";
    const { finished } = await answerDailyQuestion({
      userId: alice,
      quizId: quiz.quizId,
      questionId: last,
      selected: await keyOf(quiz.quizId, last),
      now: EVENING,
    });
    expect(finished).toBe(true);
    const done = await openDailyQuiz({ userId: alice, now: EVENING });
    expect(done).toMatchObject({ answered: 3, correct: 2, current: null, streak: 1 });
    expect(done.results).toHaveLength(3);
    for (const result of done.results ?? []) {
      expect(result.feedback.explanations.map((e) => e.label)).toEqual(result.question.choices.map((c) => c.label));
    }
    // Tomorrow the streak still shows 1 until that day's quiz is finished, then 2.
    const tomorrow = await openDailyQuiz({ userId: alice, now: NEXT_DAY });
    expect(tomorrow.streak).toBe(1);
    for (let q = tomorrow.current; q; q = (await openDailyQuiz({ userId: alice, now: NEXT_DAY })).current) {
      await answerDailyQuestion({
        userId: alice,
        quizId: tomorrow.quizId,
        questionId: q.question.id,
        selected: await keyOf(tomorrow.quizId, q.question.id),
        now: NEXT_DAY,
      });
    }
    expect((await openDailyQuiz({ userId: alice, now: NEXT_DAY })).streak).toBe(2);
    // Two days later without a quiz, the streak is over.
    expect((await openDailyQuiz({ userId: alice, now: new Date(NEXT_DAY.getTime() + 2 * 86_400_000) })).streak).toBe(0);
  });

  it("belongs to one learner: another cannot read or answer it", async () => {
    const alices = await openDailyQuiz({ userId: alice, now: MORNING });
    const bobs = await openDailyQuiz({ userId: bob, now: MORNING });
    expect(bobs.quizId).not.toBe(alices.quizId);
    expect(bobs.answered).toBe(0);
    const target = (await db().dailyQuiz.findUniqueOrThrow({ where: { id: alices.quizId } })).questionIds[0] ?? "";
    await expect(
      answerDailyQuestion({ userId: bob, quizId: alices.quizId, questionId: target, selected: ["b"], now: MORNING }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().reviewLog.count({ where: { userId: bob } })).toBe(0);
  });

  it("follows the learner's time zone for the day", async () => {
    const carol = await newUser("carol", { dailyQuizSize: 2, timeZone: "America/New_York" });
    const quiz = await openDailyQuiz({ userId: carol, now: NEXT_DAY });
    expect(quiz.day).toBe("2026-06-10");
    expect(quiz.total).toBe(2);
  });

  it("is one quiz per real day: a time-zone change takes effect the next local day, and a past day's quiz is closed", async () => {
    const erin = await newUser("erin", { dailyQuizSize: 2 });
    const seoul = await openDailyQuiz({ userId: erin, now: MORNING }); // 09:30 on 10 June in Seoul
    for (let q = seoul.current; q; q = (await openDailyQuiz({ userId: erin, now: MORNING })).current) {
      const selected = await keyOf(seoul.quizId, q.question.id);
      await answerDailyQuestion({
        userId: erin,
        quizId: seoul.quizId,
        questionId: q.question.id,
        selected,
        now: MORNING,
      });
    }
    expect((await openDailyQuiz({ userId: erin, now: MORNING })).streak).toBe(1);

    // Ten minutes later the learner moves to Los Angeles, where it is still 9 June: no second quiz, no streak of 2.
    await db().user.update({ where: { id: erin }, data: { timeZone: "America/Los_Angeles" } });
    const moved = await openDailyQuiz({ userId: erin, now: new Date(MORNING.getTime() + 10 * 60_000) });
    expect(moved).toMatchObject({ quizId: seoul.quizId, current: null, streak: 1 });
    expect(await db().dailyQuiz.count({ where: { userId: erin } })).toBe(1);
    // 10 June in Los Angeles is the same real day as the quiz: still that quiz. 11 June is a new day.
    const laTenth = await openDailyQuiz({ userId: erin, now: new Date("2026-06-10T18:00:00Z") });
    expect(laTenth.quizId).toBe(seoul.quizId);
    const laEleventh = await openDailyQuiz({ userId: erin, now: new Date("2026-06-11T18:00:00Z") });
    expect(laEleventh).toMatchObject({ day: "2026-06-11", answered: 0 });

    // A quiz left unfinished cannot be answered the next day.
    const first = laEleventh.current?.question.id ?? "";
    await expect(
      answerDailyQuestion({
        userId: erin,
        quizId: laEleventh.quizId,
        questionId: first,
        selected: await keyOf(laEleventh.quizId, first),
        now: new Date("2026-06-12T18:00:00Z"),
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
