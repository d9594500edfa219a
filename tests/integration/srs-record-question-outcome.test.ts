import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { recordQuestionOutcome } from "@/lib/server/schedule/record-question-outcome";
import { bankOf, questionData } from "../support/content-fixtures";

const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
let userId = "";
const T0 = new Date("2026-03-01T09:00:00Z");

describe("recordQuestionOutcome", () => {
  beforeAll(async () => {
    await seedContent(
      db(),
      bankOf({
        "content/ebs/srs-outcome.yaml": { questions: [questionData("ebs-srs-o1"), questionData("ebs-srs-o2")] },
      }),
    );
    userId = (await db().user.create({ data: { email: `srs-outcome-${stamp}@example.com`, passwordHash: "x" } })).id;
  });
  afterAll(() => db().$disconnect());

  it("creates the learner's card and grades a wrong answer Again, due within minutes", async () => {
    const result = await recordQuestionOutcome(db(), {
      userId,
      questionId: "ebs-srs-o1",
      correct: false,
      now: T0,
      source: "exam",
      requestId: `r1-${stamp}`,
    });
    expect(result).toMatchObject({ grade: "again", duplicate: false, isLeech: false });
    expect(result.due.getTime() - T0.getTime()).toBe(60_000);
    const card = await db().card.findUniqueOrThrow({ where: { id: result.cardId } });
    expect(card).toMatchObject({ userId, itemKind: "question", itemId: "ebs-srs-o1", reps: 1, state: 1, version: 1 });
    expect(await db().reviewLog.count({ where: { cardId: card.id } })).toBe(1);
  });

  it("records a repeated requestId once", async () => {
    const input = {
      userId,
      questionId: "ebs-srs-o2",
      correct: true,
      now: T0,
      source: "practice" as const,
      requestId: `r2-${stamp}`,
    };
    const first = await recordQuestionOutcome(db(), input);
    const again = await recordQuestionOutcome(db(), { ...input, now: new Date(T0.getTime() + 5000) });
    expect(again).toMatchObject({ cardId: first.cardId, grade: "good", duplicate: true });
    expect(await db().reviewLog.count({ where: { cardId: first.cardId } })).toBe(1);
  });

  it("joins the caller's transaction: a rollback leaves no card and no log", async () => {
    const requestId = `r3-${stamp}`;
    await expect(
      db().$transaction(async (tx) => {
        await recordQuestionOutcome(tx, {
          userId,
          questionId: "ebs-srs-o1",
          correct: true,
          now: T0,
          source: "exam",
          requestId,
        });
        throw new Error("exam submission failed");
      }),
    ).rejects.toThrow("exam submission failed");
    expect(await db().reviewLog.count({ where: { userId, requestId } })).toBe(0);
  });

  it("runs concurrent first answers to one question one after the other", async () => {
    const other = (
      await db().user.create({ data: { email: `srs-outcome-race-${stamp}@example.com`, passwordHash: "x" } })
    ).id;
    const results = await Promise.all(
      [0, 1, 2].map((i) =>
        recordQuestionOutcome(db(), {
          userId: other,
          questionId: "ebs-srs-o1",
          correct: i !== 1,
          now: T0,
          source: "daily",
          requestId: `race-${i}`,
        }),
      ),
    );
    expect(new Set(results.map((r) => r.cardId)).size).toBe(1);
    const card = await db().card.findFirstOrThrow({ where: { userId: other } });
    expect(card).toMatchObject({ reps: 3, version: 3 });
    expect(await db().reviewLog.count({ where: { userId: other } })).toBe(3);
  });

  it("refuses an unknown question", async () => {
    await expect(
      recordQuestionOutcome(db(), {
        userId,
        questionId: "ebs-nope",
        correct: true,
        now: T0,
        source: "exam",
        requestId: `r4-${stamp}`,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
