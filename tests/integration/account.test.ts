import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { changePassword } from "@/lib/server/account/change-password";
import { deleteAccount } from "@/lib/server/account/delete-account";
import { exportData } from "@/lib/server/account/export-data";
import { registerUser } from "@/lib/server/account/register-user";
import { openDailyQuiz } from "@/lib/server/daily/open-daily-quiz";
import { startExam } from "@/lib/server/exams/start-exam";
import { submitExam } from "@/lib/server/exams/submit-exam";
import { submitPracticeAnswer } from "@/lib/server/practice/submit-practice-answer";
import { reportItem } from "@/lib/server/reports/report-item";
import { gradeFlashcard } from "@/lib/server/review/grade-flashcard";
import { bankOf, flashcardData } from "../support/content-fixtures";
import { examBankQuestions } from "./exam-fixtures";

const PASSWORD = "the first long password";
let n = 0;
const email = () => `account-${Date.now()}-${++n}@example.com`;

/** A learner with some of everything: a graded flashcard, a practice answer, a daily quiz, a scored exam, a report. */
async function busyLearner() {
  const address = email();
  const { id } = await registerUser({
    email: address,
    password: PASSWORD,
    locale: "en",
  });
  const now = new Date();
  await gradeFlashcard({
    userId: id,
    flashcardId: "acct-card-1",
    grade: "good",
    expectedVersion: 0,
    requestId: `acct-${n}-grade-01`,
    now,
  });
  await submitPracticeAnswer({
    userId: id,
    questionId: "exq-secure-01",
    selected: ["a"],
    requestId: `acct-${n}-answer-1`,
    presentation: 0,
    now,
  });
  await openDailyQuiz({ userId: id, now });
  const { attemptId } = await startExam({ userId: id, request: { kind: "drill", topicId: "ec2" }, now });
  await submitExam({ userId: id, attemptId, now: new Date() });
  await reportItem({
    userId: id,
    report: { itemKind: "flashcard", itemId: "acct-card-1", reason: "typo", details: "" },
  });
  await authenticate({ credentials: { email: address, password: "a wrong password" }, address: "192.0.2.9", now });
  return { id, address };
}

describe("the learner's own account", () => {
  beforeAll(async () => {
    await seedContent(
      db(),
      bankOf({
        "content/ec2/exam-fixture.yaml": { questions: examBankQuestions(), flashcards: [flashcardData("acct-card-1")] },
      }),
    );
  });
  afterAll(() => db().$disconnect());

  it("changes the password only with the current one, and ends every session", async () => {
    const { id, address } = await busyLearner();
    const before = (await db().user.findUniqueOrThrow({ where: { id } })).sessionVersion;
    await expect(
      changePassword({ userId: id, currentPassword: "not the password", newPassword: "a second long password" }),
    ).rejects.toMatchObject({ code: "BAD_INPUT" });
    await changePassword({ userId: id, currentPassword: PASSWORD, newPassword: "a second long password" });
    expect((await db().user.findUniqueOrThrow({ where: { id } })).sessionVersion).toBe(before + 1);
    const now = new Date();
    expect(
      await authenticate({ credentials: { email: address, password: PASSWORD }, address: null, now }),
    ).toMatchObject({ ok: false });
    expect(
      await authenticate({ credentials: { email: address, password: "a second long password" }, address: null, now }),
    ).toMatchObject({ ok: true, user: { sessionVersion: before + 1 } });
  });

  it("exports everything as JSON, and the review logs as CSV in Anki's revlog columns", async () => {
    const { id, address } = await busyLearner();
    const data = (await exportData({ userId: id, format: "json" })) as Record<string, unknown[]> & {
      account: { email: string };
    };
    expect(data.account.email).toBe(address);
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|argon2/);
    for (const part of ["cards", "reviewLogs", "answers", "dailyQuizzes", "examAttempts"]) {
      expect(data[part]?.length, part).toBeGreaterThan(0);
    }
    const csv = await exportData({ userId: id, format: "anki-csv" });
    const [header, ...rows] = csv.trim().split("\n");
    expect(header).toBe("id,cid,usn,ease,ivl,lastIvl,factor,time,type");
    expect(rows).toHaveLength(await db().reviewLog.count({ where: { userId: id } }));
    const ids = rows.map((r) => Number(r.split(",")[0]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of rows) expect(row).toMatch(/^\d+,\d+,-1,[1-4],-?\d+,\d+,0,\d+,[0-2]$/);
  });

  it("deletes the account and every row of it, table by table, only with the password", async () => {
    const { id, address } = await busyLearner();
    const other = await busyLearner();
    await expect(deleteAccount({ userId: id, password: "not the password" })).rejects.toMatchObject({
      code: "BAD_INPUT",
    });
    await deleteAccount({ userId: id, password: PASSWORD });

    const rowsOf = async (userId: string, mail: string) => ({
      users: await db().user.count({ where: { id: userId } }),
      cards: await db().card.count({ where: { userId } }),
      reviewLogs: await db().reviewLog.count({ where: { userId } }),
      answers: await db().answer.count({ where: { userId } }),
      dailyQuizzes: await db().dailyQuiz.count({ where: { userId } }),
      dailyQuizAnswers: await db().dailyQuizAnswer.count({ where: { quiz: { userId } } }),
      examAttempts: await db().examAttempt.count({ where: { userId } }),
      examResponses: await db().examResponse.count({ where: { attempt: { userId } } }),
      reports: await db().itemReport.count({ where: { userId } }),
      accounts: await db().account.count({ where: { userId } }),
      sessions: await db().session.count({ where: { userId } }),
      throttles: await db().signInThrottle.count({ where: { key: { startsWith: `account:${mail}` } } }),
    });
    expect(await rowsOf(id, address)).toEqual({
      users: 0,
      cards: 0,
      reviewLogs: 0,
      answers: 0,
      dailyQuizzes: 0,
      dailyQuizAnswers: 0,
      examAttempts: 0,
      examResponses: 0,
      reports: 0,
      accounts: 0,
      sessions: 0,
      throttles: 0,
    });
    // The other learner keeps everything.
    const theirs = await rowsOf(other.id, other.address);
    expect(theirs.users).toBe(1);
    expect(theirs.cards).toBeGreaterThan(0);
    expect(theirs.throttles).toBeGreaterThan(0);
  });
});
