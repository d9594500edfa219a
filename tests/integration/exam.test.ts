import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { assembleExam, mockExamBlueprint } from "@/lib/exam";
import { getExamLobby } from "@/lib/server/exams/get-exam-lobby";
import { getExamResult } from "@/lib/server/exams/get-exam-result";
import { getExamRoom } from "@/lib/server/exams/get-exam-room";
import { listExamHistory } from "@/lib/server/exams/list-exam-history";
import { listExamPool } from "@/lib/server/exams/list-exam-pool";
import { listMissedQuestions } from "@/lib/server/exams/list-missed-questions";
import { moveExamCursor } from "@/lib/server/exams/move-exam-cursor";
import { saveExamResponse } from "@/lib/server/exams/save-exam-response";
import { settleOverdueExams } from "@/lib/server/exams/settle-overdue-exams";
import { startExam } from "@/lib/server/exams/start-exam";
import { submitExam } from "@/lib/server/exams/submit-exam";
import { bankOf } from "../support/content-fixtures";
import { lettersByText } from "../support/presentation";
import { onReadOnlyDatabase } from "../support/read-only-db";
import { createLearner, examBankQuestions, fixtureKey } from "./exam-fixtures";

const MINUTE = 60_000;

async function openRoom(userId: string, attemptId: string, now: Date) {
  const room = await getExamRoom({ userId, attemptId, language: "en", now });
  if (room.status !== "open") throw new Error("expected an open exam");
  return room.room;
}

describe("mock exams on PostgreSQL", () => {
  beforeAll(async () => {
    await seedContent(db(), bankOf({ "content/ec2/exam-fixture.yaml": { questions: examBankQuestions() } }));
  });
  afterAll(() => db().$disconnect());

  it("starts an SAA-C03-style exam of 65 questions in domain proportion, reproducible from its seed", async () => {
    const userId = await createLearner("exam-start");
    const now = new Date();
    const started = await startExam({ userId, request: { kind: "saa_c03" }, now, seed: 1234 });
    expect(started).toMatchObject({ questionCount: 65, borrowed: 8, missing: 0 });
    expect(started.deadline.getTime() - now.getTime()).toBe(130 * MINUTE);

    const attempt = await db().examAttempt.findUniqueOrThrow({
      where: { id: started.attemptId },
      include: { responses: true },
    });
    expect(attempt).toMatchObject({
      seed: 1234,
      durationMinutes: 130,
      accommodation: false,
      currentIndex: 0,
      submittedAt: null,
    });
    expect(attempt.responses).toHaveLength(65);
    const pool = await listExamPool({ exam: "saa_c03" });
    const again = assembleExam({ pool, domains: mockExamBlueprint("saa_c03").domains, questionCount: 65, seed: 1234 });
    expect(attempt.questionIds).toEqual(again.questionIds);
    const perDomain: Record<string, number> = {};
    for (const id of attempt.questionIds) {
      const domain = /^exq-(.+)-\d\d$/.exec(id)?.[1] ?? "?";
      perDomain[domain] = (perDomain[domain] ?? 0) + 1;
    }
    // Quotas 19/17/16/13; cost-optimized holds only 5, its 8 spare seats go 3/3/2 by weight.
    expect(perDomain).toEqual({ secure: 22, resilient: 20, "high-performing": 18, "cost-optimized": 5 });
  });

  it("gives 30 more minutes with the accommodation and allows one open attempt at a time", async () => {
    const userId = await createLearner("exam-accommodation", { examAccommodation: true });
    const now = new Date();
    const started = await startExam({ userId, request: { kind: "saa_c03" }, now });
    expect(started.deadline.getTime() - now.getTime()).toBe(160 * MINUTE);
    await expect(startExam({ userId, request: { kind: "drill", topicId: "ec2" }, now })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("sends the room without keys, explanations or sources", async () => {
    const userId = await createLearner("exam-room");
    const now = new Date();
    const { attemptId } = await startExam({ userId, request: { kind: "drill", topicId: "ec2" }, now });
    const room = await openRoom(userId, attemptId, now);
    expect(room.items).toHaveLength(20);
    expect(room.durationMinutes).toBe(30);
    const json = JSON.stringify(room);
    expect(json).not.toMatch(/correct|explanation|Why [a-e]|해설|docs\.aws|sources|scenario/i);
  });

  it("saves every change and resumes where the learner was", async () => {
    const userId = await createLearner("exam-resume");
    const now = new Date();
    const { attemptId } = await startExam({ userId, request: { kind: "saa_c03" }, now });
    const first = await openRoom(userId, attemptId, now);
    const multi = first.items.find((i) => i.type === "multiple");
    const single = first.items.find((i) => i.type === "single" && i.position > 3);
    if (!multi || !single) throw new Error("fixture has both types");

    await saveExamResponse({ userId, attemptId, questionId: multi.questionId, selected: ["d"], now });
    const partial = await saveExamResponse({
      userId,
      attemptId,
      questionId: multi.questionId,
      selected: ["d", "a"],
      now,
    });
    expect(partial).toMatchObject({ selected: ["a", "d"], answered: true, flagged: false });
    await saveExamResponse({ userId, attemptId, questionId: single.questionId, selected: ["c"], flagged: true, now });
    await moveExamCursor({ userId, attemptId, index: 7, now });

    const resumed = await openRoom(userId, attemptId, new Date(now.getTime() + 5 * MINUTE));
    expect(resumed.currentIndex).toBe(7);
    expect(resumed.items.find((i) => i.questionId === multi.questionId)).toMatchObject({
      selected: ["a", "d"],
      flagged: false,
    });
    expect(resumed.items.find((i) => i.questionId === single.questionId)).toMatchObject({
      selected: ["c"],
      flagged: true,
    });
    expect(resumed.deadline).toBe(first.deadline);

    const unflagged = await saveExamResponse({ userId, attemptId, questionId: single.questionId, flagged: false, now });
    expect(unflagged).toMatchObject({ selected: ["c"], flagged: false });
    await saveExamResponse({ userId, attemptId, questionId: single.questionId, selected: [], now });
    expect(
      (await openRoom(userId, attemptId, now)).items.find((i) => i.questionId === single.questionId)?.selected,
    ).toEqual([]);
  });

  it("enforces Select N and refuses choices and questions that are not in the exam", async () => {
    const userId = await createLearner("exam-input");
    const now = new Date();
    const { attemptId } = await startExam({ userId, request: { kind: "saa_c03" }, now });
    const room = await openRoom(userId, attemptId, now);
    const multi = room.items.find((i) => i.type === "multiple");
    const single = room.items.find((i) => i.type === "single");
    if (!multi || !single) throw new Error("fixture has both types");
    await expect(
      saveExamResponse({ userId, attemptId, questionId: multi.questionId, selected: ["a", "b", "c"], now }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(
      saveExamResponse({ userId, attemptId, questionId: single.questionId, selected: ["a", "b"], now }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(
      saveExamResponse({ userId, attemptId, questionId: single.questionId, selected: ["h"], now }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(
      saveExamResponse({ userId, attemptId, questionId: multi.questionId, selected: ["a", "a"], now }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    const outside = (
      await db().question.findMany({ where: { id: { startsWith: "exq-" } }, select: { id: true } })
    ).find((q) => !room.items.some((i) => i.questionId === q.id));
    expect(outside).toBeDefined();
    await expect(
      saveExamResponse({ userId, attemptId, questionId: outside?.id ?? "", selected: ["b"], now }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("not part of this exam"),
    });
    await expect(moveExamCursor({ userId, attemptId, index: 65, now })).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("refuses one learner's access to another's attempt", async () => {
    const owner = await createLearner("exam-owner");
    const intruder = await createLearner("exam-intruder");
    const now = new Date();
    const { attemptId } = await startExam({ userId: owner, request: { kind: "drill", topicId: "ec2" }, now });
    const room = await openRoom(owner, attemptId, now);
    const questionId = room.items[0]?.questionId ?? "";
    await expect(getExamRoom({ userId: intruder, attemptId, language: "en", now })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      saveExamResponse({ userId: intruder, attemptId, questionId, selected: ["b"], now }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(moveExamCursor({ userId: intruder, attemptId, index: 1, now })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(submitExam({ userId: intruder, attemptId, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await submitExam({ userId: owner, attemptId, now });
    await expect(getExamResult({ userId: intruder, attemptId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listExamHistory({ userId: intruder })).attempts).toEqual([]);
    expect((await db().examResponse.findMany({ where: { attemptId, selected: { isEmpty: false } } })).length).toBe(0);
  });

  it("refuses an answer after the deadline and scores the attempt at its deadline", async () => {
    const userId = await createLearner("exam-late");
    // The 30-minute drill ends a minute from now by the database's clock, which also judges every save.
    const startedAt = new Date(Date.now() - 29 * MINUTE);
    const { attemptId, deadline } = await startExam({
      userId,
      request: { kind: "drill", topicId: "ec2" },
      now: startedAt,
    });
    const room = await openRoom(userId, attemptId, startedAt);
    const [first, second] = room.items;
    if (!first || !second) throw new Error("drill has items");
    await saveExamResponse({
      userId,
      attemptId,
      questionId: first.questionId,
      selected: lettersByText(first.choices, fixtureKey(first.questionId)),
      now: new Date(deadline.getTime() - 1000),
    });

    // Exactly at the deadline is already too late.
    const late = new Date(deadline.getTime());
    await expect(
      saveExamResponse({
        userId,
        attemptId,
        questionId: second.questionId,
        selected: lettersByText(second.choices, fixtureKey(second.questionId)),
        now: late,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const attempt = await db().examAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ autoSubmitted: true, rawCorrect: 1 });
    expect(attempt.submittedAt?.getTime()).toBe(deadline.getTime());
    const stored = await db().examResponse.findUniqueOrThrow({
      where: { attemptId_questionId: { attemptId, questionId: second.questionId } },
    });
    expect(stored).toMatchObject({ selected: [], isCorrect: false });
  });

  it("scores an attempt left open past its deadline when the learner next looks, and feeds only its answered items to review", async () => {
    const userId = await createLearner("exam-overdue");
    const startedAt = new Date(Date.now() - 60 * MINUTE);
    const { attemptId, deadline } = await startExam({ userId, request: { kind: "saa_c03" }, now: startedAt });
    const room = await openRoom(userId, attemptId, startedAt);
    for (const item of room.items.slice(0, 10)) {
      await saveExamResponse({
        userId,
        attemptId,
        questionId: item.questionId,
        selected: lettersByText(item.choices, fixtureKey(item.questionId)),
        now: startedAt,
      });
    }
    const wrong = room.items[10];
    if (!wrong) throw new Error("exam has 65 items");
    await saveExamResponse({
      userId,
      attemptId,
      questionId: wrong.questionId,
      selected: lettersByText(wrong.choices, wrong.type === "multiple" ? ["b", "c"] : ["a"]),
      now: startedAt,
    });
    // The learner closed the tab; nothing runs until they come back.
    expect((await db().examAttempt.findUniqueOrThrow({ where: { id: attemptId } })).submittedAt).toBeNull();

    // The history page reads without writing (a read-only connection proves it): the attempt is still open there.
    const now = new Date(deadline.getTime() + MINUTE);
    const [unsettled] = (await onReadOnlyDatabase(() => listExamHistory({ userId }))).attempts;
    expect(unsettled).toMatchObject({ attemptId, submittedAt: null });
    // What every exam page does first: settle overdue attempts, then read.
    expect(await settleOverdueExams({ userId, now })).toBe(1);
    expect(await settleOverdueExams({ userId, now })).toBe(0);
    const [entry] = (await onReadOnlyDatabase(() => listExamHistory({ userId }))).attempts;
    expect(entry).toMatchObject({ attemptId, autoSubmitted: true, rawCorrect: 10, questionCount: 65, passed: false });
    expect(entry?.submittedAt?.getTime()).toBe(deadline.getTime());
    expect(await getExamRoom({ userId, attemptId, language: "en", now })).toEqual({ status: "submitted" });

    const logs = await db().reviewLog.findMany({
      where: { userId, source: "exam" },
      select: { rating: true, card: { select: { itemId: true } } },
    });
    // Unanswered is not wrong: the 54 items left blank count against the score only. The ten right answers are Good,
    // the one wrong answer is Again, and only it joins the missed-questions pool.
    expect(logs).toHaveLength(11);
    expect(logs.filter((l) => l.rating === 3)).toHaveLength(10);
    expect(new Set(logs.map((l) => l.card.itemId))).toEqual(new Set(room.items.slice(0, 11).map((i) => i.questionId)));
    expect(await listMissedQuestions({ userId, limit: 100 })).toEqual({ ids: [wrong.questionId], count: 1 });
  });

  it("scores a submitted exam, reports every item with its key and explanations, and refuses later changes", async () => {
    const userId = await createLearner("exam-submit");
    const startedAt = new Date(Date.now() - 20 * MINUTE);
    const { attemptId } = await startExam({ userId, request: { kind: "saa_c03" }, now: startedAt });
    await expect(getExamResult({ userId, attemptId })).rejects.toMatchObject({ code: "CONFLICT" });
    const room = await openRoom(userId, attemptId, startedAt);
    // Right on every secure item, wrong everywhere else.
    for (const item of room.items) {
      const right = item.questionId.startsWith("exq-secure-");
      const stored = right ? fixtureKey(item.questionId) : item.type === "multiple" ? ["b", "c"] : ["a"];
      const selected = lettersByText(item.choices, stored);
      await saveExamResponse({ userId, attemptId, questionId: item.questionId, selected, now: startedAt });
    }
    const now = new Date();
    expect(await submitExam({ userId, attemptId, now })).toEqual({ attemptId, alreadySubmitted: false });
    expect(await submitExam({ userId, attemptId, now })).toEqual({ attemptId, alreadySubmitted: true });

    const result = await getExamResult({ userId, attemptId });
    expect(result).toMatchObject({
      rawCorrect: 22,
      total: 65,
      autoSubmitted: false,
      passed: false,
      passingScaledScore: 720,
      cutPercent: 70,
    });
    expect(result.percent).toBeCloseTo(33.8, 1);
    expect(result.scaledScore).toBe(Math.round(100 + (620 * (22 / 65) * 100) / 70));
    expect(result.timeUsedMs).toBeGreaterThanOrEqual(20 * MINUTE - 1000);
    expect(result.groups.map((g) => [g.group, g.correct, g.total, g.meets])).toEqual([
      ["secure", 22, 22, true],
      ["resilient", 0, 20, false],
      ["high-performing", 0, 18, false],
      ["cost-optimized", 0, 5, false],
    ]);
    const item = result.items[0];
    expect(item?.choices.every((c) => c.explanation.en.startsWith("Why"))).toBe(true);
    // The report speaks in the letters the item was shown with.
    expect(item?.key).toEqual(lettersByText(item?.choices ?? [], fixtureKey(item?.questionId ?? "")));
    expect(item?.sources[0]).toMatchObject({ url: expect.stringMatching(/^https:/) });
    expect(item?.checkedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const target = room.items[0];
    if (!target) throw new Error("exam has items");
    await expect(
      saveExamResponse({
        userId,
        attemptId,
        questionId: target.questionId,
        selected: lettersByText(target.choices, fixtureKey(target.questionId)),
        now,
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(moveExamCursor({ userId, attemptId, index: 0, now })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db().examAttempt.findUniqueOrThrow({ where: { id: attemptId } })).rawCorrect).toBe(22);
  });

  it("keeps scoring consistent when answers race a submission, and scores a double submission once", async () => {
    const userId = await createLearner("exam-race");
    const now = new Date();
    const { attemptId } = await startExam({ userId, request: { kind: "drill", topicId: "ec2" }, now });
    const room = await openRoom(userId, attemptId, now);
    const save = (item: (typeof room.items)[number]) =>
      saveExamResponse({
        userId,
        attemptId,
        questionId: item.questionId,
        selected: lettersByText(item.choices, fixtureKey(item.questionId)),
        now: new Date(),
      }).then(
        () => "saved" as const,
        (error: unknown) => {
          expect(error).toMatchObject({ code: "CONFLICT" });
          return "refused" as const;
        },
      );
    const early = room.items.slice(0, 10).map(save);
    const submits = [
      submitExam({ userId, attemptId, now: new Date() }),
      submitExam({ userId, attemptId, now: new Date() }),
    ];
    const saves = [...early, ...room.items.slice(10).map(save)];
    const [outcomes, submitted] = await Promise.all([Promise.all(saves), Promise.all(submits)]);
    expect(submitted.map((s) => s.alreadySubmitted).sort()).toEqual([false, true]);

    const attempt = await db().examAttempt.findUniqueOrThrow({
      where: { id: attemptId },
      include: { responses: true },
    });
    // Every answer that was accepted is in the score; every refused one left its item empty.
    expect(attempt.rawCorrect).toBe(outcomes.filter((o) => o === "saved").length);
    for (const response of attempt.responses) expect(response.isCorrect).toBe(response.selected.length > 0);
    // Only answered items reach the review schedule: every accepted save, none of the refused (blank) ones.
    expect(await db().reviewLog.count({ where: { userId, source: "exam" } })).toBe(
      outcomes.filter((o) => o === "saved").length,
    );
  });

  it("retests the most recently missed questions and offers drills and mock exams in the lobby", async () => {
    const userId = await createLearner("exam-missed");
    const now = new Date();
    await expect(startExam({ userId, request: { kind: "missed" }, now })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { attemptId } = await startExam({ userId, request: { kind: "drill", topicId: "ec2" }, now });
    const room = await openRoom(userId, attemptId, now);
    const wrong = room.items.slice(0, 3);
    for (const item of room.items) {
      const stored = wrong.includes(item)
        ? item.type === "multiple"
          ? ["b", "c"]
          : ["a"]
        : fixtureKey(item.questionId);
      const selected = lettersByText(item.choices, stored);
      await saveExamResponse({ userId, attemptId, questionId: item.questionId, selected, now });
    }
    await submitExam({ userId, attemptId, now });

    const lobby = await getExamLobby({ userId });
    expect(lobby.openAttempt).toBeNull();
    expect(lobby.missed.count).toBe(3);
    const saa = lobby.mockExams.find((m) => m.kind === "saa_c03");
    expect(saa).toMatchObject({ questionCount: 65, minutes: 130, borrowed: 8, missing: 0 });
    expect(saa?.domains.find((d) => d.domain === "cost-optimized")).toMatchObject({
      quota: 13,
      available: 5,
      taken: 5,
    });
    expect(lobby.drill.topics.find((t) => t.topicId === "ec2")?.available).toBe(70);

    const retest = await startExam({ userId, request: { kind: "missed" }, now: new Date() });
    const retestRoom = await openRoom(userId, retest.attemptId, new Date());
    expect(retestRoom.items.map((i) => i.questionId).sort()).toEqual(wrong.map((i) => i.questionId).sort());
    expect((await getExamLobby({ userId })).openAttempt).toMatchObject({ attemptId: retest.attemptId, kind: "missed" });
  });
});
