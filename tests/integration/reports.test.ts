import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { closeReport } from "@/lib/server/reports/close-report";
import { listOpenReports } from "@/lib/server/reports/list-open-reports";
import { reportItem } from "@/lib/server/reports/report-item";
import { bankOf, flashcardData, questionData } from "../support/content-fixtures";

const FILE = "content/iam/report-test.yaml";
let learner = "";
let maintainer = "";

describe("reports on questions and flashcards", () => {
  beforeAll(async () => {
    await seedContent(
      db(),
      bankOf({ [FILE]: { questions: [questionData("iam-r1")], flashcards: [flashcardData("iam-rc")] } }),
    );
    learner = (await db().user.create({ data: { email: `reporter-${Date.now()}@example.com`, passwordHash: "x" } })).id;
    maintainer = (
      await db().user.create({
        data: { email: `maint-${Date.now()}@example.com`, passwordHash: "x", isMaintainer: true },
      })
    ).id;
  });
  afterAll(() => db().$disconnect());

  it("keeps one open report per learner and item, even when ten reports race", async () => {
    const racer = (await db().user.create({ data: { email: `racer-${Date.now()}@example.com`, passwordHash: "x" } }))
      .id;
    const reports = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        reportItem({
          userId: racer,
          report: { itemKind: "question", itemId: "iam-r1", reason: "unclear", details: `attempt ${i}` },
        }),
      ),
    );
    expect(new Set(reports.map((r) => r.id)).size).toBe(1);
    expect(await db().itemReport.count({ where: { userId: racer, status: "open" } })).toBe(1);
    await db().itemReport.updateMany({ where: { userId: racer }, data: { status: "dismissed" } });
  });

  it("stores the report with the content hash the server holds, and updates a repeated open report", async () => {
    const first = await reportItem({
      userId: learner,
      report: { itemKind: "question", itemId: "iam-r1", reason: "wrong", details: "b looks wrong" },
    });
    const again = await reportItem({
      userId: learner,
      report: { itemKind: "question", itemId: "iam-r1", reason: "typo", details: "typo in a" },
    });
    expect(again.id).toBe(first.id);
    const row = await db().itemReport.findUniqueOrThrow({ where: { id: first.id } });
    const question = await db().question.findUniqueOrThrow({ where: { id: "iam-r1" } });
    expect(row).toMatchObject({
      reason: "typo",
      details: "typo in a",
      contentHash: question.contentHash,
      status: "open",
    });
  });

  it("refuses a report on an unknown item", async () => {
    await expect(
      reportItem({
        userId: learner,
        report: { itemKind: "flashcard", itemId: "iam-r1", reason: "wrong", details: "" },
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists open reports for maintainers only, flags later edits, and closes them", async () => {
    await reportItem({
      userId: learner,
      report: { itemKind: "flashcard", itemId: "iam-rc", reason: "unclear", details: "" },
    });
    await expect(listOpenReports({ maintainerId: learner })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await seedContent(
      db(),
      bankOf({
        [FILE]: { questions: [questionData("iam-r1", { difficulty: 2 })], flashcards: [flashcardData("iam-rc")] },
      }),
    );
    const open = await listOpenReports({ maintainerId: maintainer });
    const byItem = Object.fromEntries(open.map((r) => [r.itemId, r]));
    expect(byItem["iam-r1"]).toMatchObject({ changedSinceReport: true, sourceFile: FILE });
    expect(byItem["iam-rc"]).toMatchObject({ changedSinceReport: false, text: { en: "iam-rc front" } });
    await expect(
      closeReport({ maintainerId: learner, reportId: byItem["iam-r1"]!.id, status: "resolved", now: new Date() }),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await closeReport({
      maintainerId: maintainer,
      reportId: byItem["iam-r1"]!.id,
      status: "resolved",
      now: new Date(),
    });
    await expect(
      closeReport({ maintainerId: maintainer, reportId: byItem["iam-r1"]!.id, status: "dismissed", now: new Date() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Other test files share the database; look only at this file's items.
    const mine = (await listOpenReports({ maintainerId: maintainer }))
      .map((r) => r.itemId)
      .filter((id) => id === "iam-r1" || id === "iam-rc");
    expect(mine).toEqual(["iam-rc"]);
  });
});
