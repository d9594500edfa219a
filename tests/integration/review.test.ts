import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { answerReviewQuestion } from "@/lib/server/review/answer-review-question";
import { getReviewQueue } from "@/lib/server/review/get-review-queue";
import { gradeFlashcard } from "@/lib/server/review/grade-flashcard";
import { listLeeches } from "@/lib/server/review/list-leeches";
import { markReviewEasy } from "@/lib/server/review/mark-review-easy";
import { recordQuestionOutcome } from "@/lib/server/schedule/record-question-outcome";
import { undoReview } from "@/lib/server/review/undo-review";
import { presentationSeed } from "@/lib/quiz";
import { shownFor } from "../support/presentation";
import { bankOf, flashcardData, questionData } from "../support/content-fixtures";

// A topic of its own, placed first, so other files' fixtures cannot change which new card comes first.
const stamp = Math.random().toString(36).slice(2, 8);
const T0 = new Date("2026-05-04T01:00:00Z"); // 10:00 in Seoul
const MIN = 60_000;
let alice = "";
let bob = "";

async function newUser(name: string, data: { dailyNewLimit?: number } = {}) {
  return (await db().user.create({ data: { email: `${name}-${stamp}@example.com`, passwordHash: "x", ...data } })).id;
}

async function firstNewId(userId: string, now = T0): Promise<string> {
  const queue = await getReviewQueue({ userId, now });
  if (queue.next?.kind !== "flashcard") throw new Error("expected a flashcard");
  return queue.next.itemId;
}

describe("the review session", () => {
  beforeAll(async () => {
    await seedContent(
      db(),
      bankOf({
        "content/iam/review-fixtures.yaml": {
          flashcards: ["iam-rv-c1", "iam-rv-c2", "iam-rv-c3"].map((id) => flashcardData(id)),
          questions: [questionData("iam-rv-q1")],
        },
      }),
    );
    alice = await newUser("alice", { dailyNewLimit: 2 });
    bob = await newUser("bob");
  });
  afterAll(() => db().$disconnect());

  it("offers new flashcards up to the daily new limit, with the interval of each grade", async () => {
    const queue = await getReviewQueue({ userId: alice, now: T0 });
    expect(queue.counts).toEqual({ due: 0, new: 2, learning: 0 });
    expect(queue.next).toMatchObject({ kind: "flashcard", isNew: true, version: 0, checkedAt: "2026-11-22" });
    // The back shows the card's AWS sources; where it came from (provenance) never reaches the browser.
    expect(queue.next).toMatchObject({ sources: [{ url: expect.stringMatching(/^https:\/\//) }] });
    expect(JSON.stringify(queue.next)).not.toMatch(/seed|provenance|_[0-9a-f]{16}\.txt/);
    expect(queue.next?.options.map((o) => [o.grade, o.intervalMs])).toEqual([
      ["again", 1 * MIN],
      ["hard", 6 * MIN],
      ["good", 10 * MIN],
      ["easy", expect.any(Number)],
    ]);
  });

  it("records a repeated submission once", async () => {
    const itemId = await firstNewId(alice);
    const input = {
      userId: alice,
      flashcardId: itemId,
      grade: "good" as const,
      expectedVersion: 0,
      requestId: `dup-${stamp}`,
      now: T0,
    };
    const first = await gradeFlashcard(input);
    const second = await gradeFlashcard({ ...input, now: new Date(T0.getTime() + 3000) });
    expect(second).toEqual({ logId: first.logId, duplicate: true });
    const card = await db().card.findFirstOrThrow({ where: { userId: alice, itemId } });
    expect(card).toMatchObject({ reps: 1, version: 1, state: 1 });
    expect(card.due.getTime()).toBe(T0.getTime() + 10 * MIN);
    expect(await db().reviewLog.count({ where: { cardId: card.id } })).toBe(1);
  });

  it("lets only one of two tabs grade the same presentation, leaving one log and a consistent card", async () => {
    const itemId = await firstNewId(alice);
    const tab = (n: number) =>
      gradeFlashcard({
        userId: alice,
        flashcardId: itemId,
        grade: n === 1 ? "again" : "easy",
        expectedVersion: 0,
        requestId: `tab${n}-${stamp}`,
        now: T0,
      });
    const results = await Promise.allSettled([tab(1), tab(2)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.status === "rejected" ? rejected.reason : null).toMatchObject({ code: "CONFLICT" });
    const card = await db().card.findFirstOrThrow({ where: { userId: alice, itemId } });
    const logs = await db().reviewLog.findMany({ where: { cardId: card.id } });
    expect(logs).toHaveLength(1);
    expect(card).toMatchObject({ reps: 1, version: 1, lapses: 0 });
    expect(card.state).toBe(logs[0]?.rating === 1 ? 1 : 2);
  });

  it("records a double click (the same request sent twice at once) once", async () => {
    const grace = await newUser("grace");
    const itemId = await firstNewId(grace);
    const input = {
      userId: grace,
      flashcardId: itemId,
      grade: "good" as const,
      expectedVersion: 0,
      requestId: `dbl-${stamp}`,
      now: T0,
    };
    const results = await Promise.all([gradeFlashcard(input), gradeFlashcard(input)]);
    expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
    expect(results[0]?.logId).toBe(results[1]?.logId);
    expect(await db().reviewLog.count({ where: { userId: grace } })).toBe(1);
    expect(await db().card.findFirstOrThrow({ where: { userId: grace } })).toMatchObject({ reps: 1, version: 1 });
  });

  it("stops offering new cards once the day's limit is used, and counts again the next local day", async () => {
    expect((await getReviewQueue({ userId: alice, now: T0 })).counts.new).toBe(0);
    const nextDay = new Date("2026-05-04T15:00:00Z"); // midnight in Seoul
    const queue = await getReviewQueue({ userId: alice, now: nextDay });
    expect(queue.counts.new).toBe(1);
    expect(queue.next?.isNew).toBe(false); // due cards first
  });

  it("shows due cards oldest first, then new ones, then learning cards within 20 minutes when nothing else is left", async () => {
    const frank = await newUser("frank", { dailyNewLimit: 2 });
    const c1 = await firstNewId(frank);
    await gradeFlashcard({
      userId: frank,
      flashcardId: c1,
      grade: "again",
      expectedVersion: 0,
      requestId: "f1",
      now: T0,
    });
    const c2 = await firstNewId(frank);
    await gradeFlashcard({
      userId: frank,
      flashcardId: c2,
      grade: "good",
      expectedVersion: 0,
      requestId: "f2",
      now: T0,
    });
    const soon = new Date(T0.getTime() + 5 * MIN);
    const first = await getReviewQueue({ userId: frank, now: soon });
    expect(first.counts).toEqual({ due: 1, new: 0, learning: 1 });
    expect(first.next).toMatchObject({ itemId: c1, version: 1 });
    await gradeFlashcard({
      userId: frank,
      flashcardId: c1,
      grade: "easy",
      expectedVersion: 1,
      requestId: "f3",
      now: soon,
    });
    const ahead = await getReviewQueue({ userId: frank, now: soon });
    expect(ahead.counts).toEqual({ due: 0, new: 0, learning: 1 });
    expect(ahead.next).toMatchObject({ itemId: c2 });
    expect(ahead.nextDueInMs).toBeGreaterThanOrEqual(86_400_000);
  });

  it("undoes the last grade exactly, removes its log and lets the card be graded again", async () => {
    const itemId = "iam-rv-c1";
    const before = await db().card.findFirstOrThrow({ where: { userId: alice, itemId } });
    const now = new Date(before.due.getTime() + 1000);
    const queue = await getReviewQueue({ userId: alice, now });
    const graded = await gradeFlashcard({
      userId: alice,
      flashcardId: itemId,
      grade: "good",
      expectedVersion: before.version,
      requestId: `undo-${stamp}`,
      now,
    });
    expect((await getReviewQueue({ userId: alice, now })).undoLogId).toBe(graded.logId);
    await undoReview({ userId: alice, logId: graded.logId });
    const after = await db().card.findFirstOrThrow({ where: { userId: alice, itemId } });
    const { version: v1, updatedAt: u1, ...stateBefore } = before;
    const { version: v2, updatedAt: u2, ...stateAfter } = after;
    expect(stateAfter).toEqual(stateBefore);
    expect(v2).toBe(v1 + 2);
    expect(u2.getTime()).toBeGreaterThanOrEqual(u1.getTime());
    expect(await db().reviewLog.count({ where: { id: graded.logId } })).toBe(0);
    await expect(undoReview({ userId: alice, logId: graded.logId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(queue.next?.itemId).toBeDefined();
  });

  it("undoing a new card's first grade gives the day's new allowance back", async () => {
    const carol = await newUser("carol", { dailyNewLimit: 1 });
    const itemId = await firstNewId(carol);
    const { logId } = await gradeFlashcard({
      userId: carol,
      flashcardId: itemId,
      grade: "good",
      expectedVersion: 0,
      requestId: `c-${stamp}`,
      now: T0,
    });
    expect((await getReviewQueue({ userId: carol, now: T0 })).counts.new).toBe(0);
    await undoReview({ userId: carol, logId });
    const queue = await getReviewQueue({ userId: carol, now: T0 });
    expect(queue.counts.new).toBe(1);
    expect(queue.next).toMatchObject({ itemId, isNew: true, version: 2 });
  });

  it("grades a due question by the answer, and lets a right answer be raised to Easy", async () => {
    const dave = await newUser("dave");
    await recordQuestionOutcome(db(), {
      userId: dave,
      questionId: "iam-rv-q1",
      correct: false,
      now: T0,
      source: "practice",
      requestId: "p1",
    });
    const now = new Date(T0.getTime() + 2 * MIN);
    const queue = await getReviewQueue({ userId: dave, now });
    expect(queue.next).toMatchObject({ kind: "question", itemId: "iam-rv-q1", version: 1 });
    expect(JSON.stringify(queue.next)).not.toMatch(/isCorrect|explanation/);
    expect(queue.next?.options.map((o) => o.grade)).toEqual(["again", "good", "easy"]);

    const right = await answerReviewQuestion({
      userId: dave,
      questionId: "iam-rv-q1",
      selected: shownFor(presentationSeed.review(dave, "iam-rv-q1", 1), ["b"]),
      expectedVersion: 1,
      requestId: "r1",
      now,
    });
    expect(right.feedback).toMatchObject({
      isCorrect: true,
      key: shownFor(presentationSeed.review(dave, "iam-rv-q1", 1), ["b"]),
    });
    const good = await db().card.findFirstOrThrow({ where: { userId: dave } });
    await markReviewEasy({ userId: dave, logId: right.logId });
    await markReviewEasy({ userId: dave, logId: right.logId });
    const easy = await db().card.findFirstOrThrow({ where: { userId: dave } });
    expect(easy.due.getTime()).toBeGreaterThan(good.due.getTime());
    expect(await db().reviewLog.findUniqueOrThrow({ where: { id: right.logId } })).toMatchObject({ rating: 4 });
    expect(await db().answer.count({ where: { userId: dave, mode: "review" } })).toBe(1);
  });

  it("flags a card forgotten 8 times as a leech and lists it, still scheduled", async () => {
    const erin = await newUser("erin");
    let now = T0;
    // Graduate the card, then forget it whenever it is in review: each cycle is one lapse.
    for (let i = 0; i < 40; i++) {
      const card = await db().card.findFirst({ where: { userId: erin } });
      if (card && card.lapses >= 8) break;
      const outcome = await recordQuestionOutcome(db(), {
        userId: erin,
        questionId: "iam-rv-q1",
        correct: card?.state !== 2,
        now,
        source: "daily",
        requestId: `l${i}`,
      });
      now = new Date(Math.max(outcome.due.getTime(), now.getTime()) + 1000);
    }
    const leech = await db().card.findFirstOrThrow({ where: { userId: erin } });
    expect(leech).toMatchObject({ lapses: 8, isLeech: true });
    expect(await listLeeches({ userId: erin })).toEqual([expect.objectContaining({ itemId: "iam-rv-q1", lapses: 8 })]);
    expect(await listLeeches({ userId: bob })).toEqual([]);
  });
});

describe("one learner's reviews are not another's", () => {
  it("keeps queues, grades, undo and Easy apart", async () => {
    const aliceLog = await db().reviewLog.findFirstOrThrow({ where: { userId: alice } });
    const bobQueue = await getReviewQueue({ userId: bob, now: new Date(T0.getTime() + 3 * 86_400_000) });
    expect(bobQueue.counts.due).toBe(0);
    expect(bobQueue.undoLogId).toBeNull();
    await expect(undoReview({ userId: bob, logId: aliceLog.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(markReviewEasy({ userId: bob, logId: aliceLog.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Bob answering a question Alice reviews touches only Bob's own card (he has none for it: refused).
    await expect(
      answerReviewQuestion({
        userId: bob,
        questionId: "iam-rv-q1",
        selected: ["b"],
        expectedVersion: 0,
        requestId: "x",
        now: T0,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The same request id in two accounts is two different reviews.
    const aliceCard = await db().card.findFirstOrThrow({ where: { id: aliceLog.cardId } });
    const bobGrade = await gradeFlashcard({
      userId: bob,
      flashcardId: aliceCard.itemId,
      grade: "good",
      expectedVersion: 0,
      requestId: aliceLog.requestId,
      now: T0,
    });
    expect(bobGrade.duplicate).toBe(false);
    expect(await db().card.findUniqueOrThrow({ where: { id: aliceCard.id } })).toEqual(aliceCard);
  });
});
