import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedContent } from "@/lib/db/seed-content";
import { domainQuotas, mockExamBlueprint, type MockExamKind } from "@/lib/exam";
import { getExamLobby } from "@/lib/server/exams/get-exam-lobby";
import { startExam } from "@/lib/server/exams/start-exam";
import { submitExam } from "@/lib/server/exams/submit-exam";
import { bankOf, questionData } from "../support/content-fixtures";
import { createLearner } from "./exam-fixtures";

/**
 * Questions per task statement ("none": stored without a task, as rows seeded before the column), per exam and domain. Every
 * domain holds at least twice its 65-question quota (CLF-C02 16/19/22/8, SAA-C03 19/17/16/13), so two attempts in a
 * row can avoid each other; `resilient` holds exactly twice its 17.
 */
const BANK: Record<string, Record<string, Record<string, number>>> = {
  "CLF-C02": {
    "cloud-concepts": { "1.1": 9, "1.2": 9, "1.3": 9, "1.4": 9 },
    "security-compliance": { "2.1": 10, "2.2": 10, "2.3": 10, "2.4": 10 },
    "technology-services": { "3.1": 6, "3.2": 6, "3.3": 6, "3.4": 6, "3.5": 6, "3.6": 6, "3.7": 6, "3.8": 6 },
    "billing-support": { "4.1": 6, "4.2": 6, "4.3": 6 },
  },
  "SAA-C03": {
    secure: { "1.1": 13, "1.2": 13, "1.3": 13, none: 4 },
    resilient: { "2.1": 17, "2.2": 17 },
    "high-performing": { "3.1": 7, "3.2": 7, "3.3": 7, "3.4": 7, "3.5": 7 },
    "cost-optimized": { "4.1": 7, "4.2": 7, "4.3": 7, "4.4": 7 },
  },
};

function questions() {
  return Object.entries(BANK).flatMap(([exam, domains]) =>
    Object.entries(domains).flatMap(([domain, tasks]) =>
      Object.entries(tasks).flatMap(([task, n]) =>
        Array.from({ length: n }, (_, i) =>
          questionData(`drw-${exam}-${domain}-${task}-${i}`.toLowerCase().replace(/[^a-z0-9-]/g, "-"), {
            exams: [{ exam, domain, task: task === "none" ? Object.keys(tasks)[0] : task }],
          }),
        ),
      ),
    ),
  );
}

/** Domain and task of each drawn question, read from the stored tags. */
async function tagsOf(questionIds: string[], exam: string) {
  const tags = await db().questionExamTag.findMany({ where: { questionId: { in: questionIds }, exam } });
  return new Map(tags.map((t) => [t.questionId, { domain: t.domain, task: t.task }]));
}

async function takeMock(userId: string, kind: MockExamKind, now: Date): Promise<string[]> {
  const started = await startExam({ userId, request: { kind }, now });
  const attempt = await db().examAttempt.findUniqueOrThrow({ where: { id: started.attemptId } });
  await submitExam({ userId, attemptId: started.attemptId, now: new Date(now.getTime() + 60_000) });
  return attempt.questionIds;
}

describe("consecutive mock exams for one learner (issue #16)", () => {
  beforeAll(async () => {
    await seedContent(db(), bankOf({ "content/ec2/draws-fixture.yaml": { questions: questions() } }));
    await db().questionExamTag.updateMany({
      where: { questionId: { startsWith: "drw-saa-c03-secure-none-" } },
      data: { task: null },
    });
  });
  afterAll(() => db().$disconnect());

  it("stores each question's task statement per exam tag", async () => {
    const tags = await db().questionExamTag.findMany({ where: { questionId: { startsWith: "drw-saa-c03-secure-" } } });
    expect(tags.filter((t) => t.task === null)).toHaveLength(4);
    expect(new Set(tags.map((t) => t.task))).toEqual(new Set(["1.1", "1.2", "1.3", null]));
  });

  for (const kind of ["clf_c02", "saa_c03"] as const) {
    it(`${kind}: two attempts in a row share no question, and each fills every domain at its weight, spread over its task statements`, async () => {
      const userId = await createLearner(`draws-${kind}`);
      const blueprint = mockExamBlueprint(kind);
      const exam = blueprint.exam ?? "";
      const quotas = Object.fromEntries(domainQuotas(blueprint.domains, blueprint.questionCount));

      const first = await takeMock(userId, kind, new Date("2026-12-01T09:00:00Z"));
      const second = await takeMock(userId, kind, new Date("2026-12-02T09:00:00Z"));

      expect(first).toHaveLength(65);
      expect(second).toHaveLength(65);
      expect(second.filter((id) => first.includes(id))).toEqual([]);
      for (const draw of [first, second]) {
        const tags = await tagsOf(draw, exam);
        const perDomain: Record<string, number> = {};
        const perTask = new Map<string, Map<string, number>>();
        for (const id of draw) {
          const tag = tags.get(id);
          if (!tag) throw new Error(`${id} has no ${exam} tag`);
          perDomain[tag.domain] = (perDomain[tag.domain] ?? 0) + 1;
          if (tag.task === null) continue;
          const tasks = perTask.get(tag.domain) ?? new Map<string, number>();
          tasks.set(tag.task, (tasks.get(tag.task) ?? 0) + 1);
          perTask.set(tag.domain, tasks);
        }
        expect(perDomain).toEqual(quotas);
        // Every statement of every domain is drawn, none more than one seat above another.
        for (const [domain, tasks] of Object.entries(BANK[exam] ?? {})) {
          const seats = [...(perTask.get(domain)?.values() ?? [])];
          expect(seats).toHaveLength(Object.keys(tasks).filter((t) => t !== "none").length);
          expect(Math.max(...seats) - Math.min(...seats)).toBeLessThanOrEqual(1);
        }
      }
    });
  }

  it("the lobby says how many distinct questions each blueprint draws and how many attempts go without a repeat", async () => {
    const userId = await createLearner("draws-lobby");
    const before = await getExamLobby({ userId });
    expect(before.mockExams.map((m) => [m.kind, m.distinctItems, m.attemptsWithoutRepeat, m.unseenItems])).toEqual([
      ["clf_c02", 142, 2, 142],
      ["saa_c03", 140, 2, 140],
    ]);
    await takeMock(userId, "clf_c02", new Date("2026-12-03T09:00:00Z"));
    const after = await getExamLobby({ userId });
    expect(after.mockExams.find((m) => m.kind === "clf_c02")?.unseenItems).toBe(142 - 65);
    expect(after.mockExams.find((m) => m.kind === "saa_c03")?.unseenItems).toBe(140);
  });
});
