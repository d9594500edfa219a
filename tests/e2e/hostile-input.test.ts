import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { appDatabase, learnerSnapshot } from "./support/app-database";
import {
  actionNamed,
  actionResult,
  leaksInternals,
  listServerActions,
  newLearner,
  postAction,
  signInCookie,
  type ServerAction,
} from "./support/http-session";

const baseUrl = inject("baseUrl");
const password = "hostile input password";
let actions: ServerAction[] = [];
let cookie = "";

async function expectHandled(response: Response) {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBeLessThan(500);
  expect(leaksInternals(text), text.slice(0, 300)).toBe(false);
}

describe("hostile input to every server action and route", () => {
  beforeAll(async () => {
    actions = await listServerActions();
    const signUp = actions.find((a) => a.name === "signUp");
    if (!signUp) throw new Error("signUp action not found in the build");
    const email = `hostile-${Date.now()}@example.com`;
    await (await postAction(baseUrl, signUp, JSON.stringify([{ email, password }]))).text();
    cookie = await signInCookie(baseUrl, email, password);
  });

  it("finds the app's actions in the build", () => {
    expect(actions.map((a) => a.name)).toEqual(
      expect.arrayContaining(["signUp", "answerQuestion", "submitReport", "setLanguage"]),
    );
  });

  it("answers type-confused arguments with a handled result, signed in or not", async () => {
    for (const action of actions) {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
          fc.boolean(),
          async (args, signedIn) => {
            await expectHandled(await postAction(baseUrl, action, JSON.stringify(args), signedIn ? cookie : ""));
          },
        ),
        { numRuns: 60 },
      );
    }
  }, 300_000);

  it("answers malformed and oversized bodies with 4xx and a message", async () => {
    const action = actions[0]!;
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (body) => {
        await expectHandled(await postAction(baseUrl, action, body, cookie));
      }),
      { numRuns: 200 },
    );
    const oversized = await postAction(baseUrl, action, JSON.stringify(["x".repeat(200_000)]), cookie);
    expect(oversized.status).toBe(413);
    expect(await oversized.json()).toEqual({ error: expect.stringMatching(/too large/) });
  }, 120_000);

  it("answers bad next-auth requests and unknown pages without a 500", async () => {
    const bad = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{bad",
    });
    expect(bad.status).toBe(400);
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[a-zA-Z0-9%._~-]{1,40}$/), async (segment) => {
        for (const prefix of ["/practice/", "/", "/api/auth/"]) {
          await expectHandled(
            await fetch(new URL(prefix + segment, baseUrl), { redirect: "manual", headers: { Cookie: cookie } }),
          );
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("sends security headers on every page", async () => {
    for (const page of ["/", "/sign-in", "/practice/ec2", "/labs"]) {
      const response = await fetch(new URL(page, baseUrl), { headers: { Cookie: cookie }, redirect: "manual" });
      expect(response.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});

const SECRET = "e2e-secret-with-at-least-thirty-two-chars";

/** No response may carry the session secret, the database address, a password hash or a stack trace. */
function expectNoSecrets(text: string) {
  const databaseUrl = inject("databaseUrl");
  expect(text.includes(SECRET), "NEXTAUTH_SECRET leaked").toBe(false);
  expect(
    text.includes(databaseUrl) || text.includes(new URL(databaseUrl).pathname.slice(1)),
    "DATABASE_URL leaked",
  ).toBe(false);
  expect(/\$argon2(id|i|d)\$/.test(text), "a password hash leaked").toBe(false);
  expect(leaksInternals(text), text.slice(0, 300)).toBe(false);
}

describe("one learner's data in another learner's requests", () => {
  it("refuses every id-taking action on Alice's data and leaves it unchanged in the database", async () => {
    const all = await listServerActions();
    const db = await appDatabase(inject("databaseUrl"));
    try {
      const alice = await newLearner(baseUrl, all, "alice-hostile");
      const mallory = await newLearner(baseUrl, all, "mallory-hostile");
      const [aliceRow] = await db.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [alice.email]);
      const aliceId = aliceRow?.id ?? "";
      const call = async (name: string, input: unknown, cookie: string) => {
        const response = await postAction(baseUrl, actionNamed(all, name), JSON.stringify([input]), cookie);
        expect(response.status).toBe(200);
        return actionResult(response);
      };

      // Alice's own work: a graded flashcard, today's quiz with one answer, an open drill and a report.
      const [first] = await db.query<{ id: string }>(
        "SELECT f.id FROM flashcards f JOIN topics t ON t.id = f.topic_id WHERE f.retired_at IS NULL ORDER BY t.position, f.id LIMIT 1",
      );
      const requestId = `alice-hostile-${Date.now()}`;
      expect(
        await call(
          "gradeReviewCard",
          { itemId: first?.id, grade: "good", expectedVersion: 0, requestId },
          alice.cookie,
        ),
      ).toMatchObject({ ok: true });
      const [log] = await db.query<{ id: string }>("SELECT id FROM review_logs WHERE user_id = $1", [aliceId]);
      await (await fetch(new URL("/daily", baseUrl), { headers: { Cookie: alice.cookie } })).text();
      const [quiz] = await db.query<{ id: string; question_ids: string[] }>(
        "SELECT id, question_ids FROM daily_quizzes WHERE user_id = $1",
        [aliceId],
      );
      // Today's draw decides whether a question wants one choice or several; a well-formed answer gives that many.
      const wellFormed = async (questionId: string | undefined, from: number) => {
        const [row] = await db.query<{ select_count: number }>("SELECT select_count FROM questions WHERE id = $1", [
          questionId,
        ]);
        return ["a", "b", "c", "d", "e"].slice(from, from + (row?.select_count ?? 1));
      };
      const firstAnswer = await wellFormed(quiz?.question_ids[0], 0);
      const otherAnswer = await wellFormed(quiz?.question_ids[0], 1);
      const secondAnswer = await wellFormed(quiz?.question_ids[1], 0);
      expect(
        await call(
          "answerDaily",
          { quizId: quiz?.id, questionId: quiz?.question_ids[0], selected: firstAnswer },
          alice.cookie,
        ),
      ).toMatchObject({ ok: true });
      const started = await call("startExamAction", { kind: "drill", topicId: "ec2" }, alice.cookie);
      expect(started).toMatchObject({ ok: true });
      const attemptId = String((started.data as { attemptId: string }).attemptId);
      const [item] = await db.query<{ question_id: string }>(
        "SELECT question_id FROM exam_responses WHERE attempt_id = $1 AND position = 0",
        [attemptId],
      );
      expect(
        await call(
          "saveExamResponseAction",
          { attemptId, questionId: item?.question_id, selected: ["b"] },
          alice.cookie,
        ),
      ).toMatchObject({ ok: true });
      expect(
        await call(
          "submitReport",
          { itemKind: "flashcard", itemId: first?.id, reason: "typo", details: "" },
          alice.cookie,
        ),
      ).toMatchObject({ ok: true });
      const [report] = await db.query<{ id: string }>("SELECT id FROM item_reports WHERE user_id = $1", [aliceId]);
      const before = await learnerSnapshot(db, aliceId);

      const attempts: [string, unknown][] = [
        ["undoLastReview", { logId: log?.id }],
        ["markLastReviewEasy", { logId: log?.id }],
        ["answerReviewItem", { itemId: quiz?.question_ids[0], selected: firstAnswer, expectedVersion: 1, requestId }],
        ["answerDaily", { quizId: quiz?.id, questionId: quiz?.question_ids[1], selected: secondAnswer }],
        ["answerDaily", { quizId: quiz?.id, questionId: quiz?.question_ids[0], selected: otherAnswer }],
        ["saveExamResponseAction", { attemptId, questionId: item?.question_id, selected: ["a"] }],
        ["saveExamResponseAction", { attemptId, questionId: item?.question_id, flagged: true }],
        ["moveExamCursorAction", { attemptId, index: 2 }],
        ["submitExamAction", { attemptId }],
        ["closeReportAction", { reportId: report?.id, status: "dismissed" }],
      ];
      for (const [name, input] of attempts) {
        const response = await postAction(baseUrl, actionNamed(all, name), JSON.stringify([input]), mallory.cookie);
        const text = await response.text();
        expect(response.status, `${name}: ${text.slice(0, 200)}`).toBeLessThan(500);
        expectNoSecrets(text);
        expect(text, name).not.toContain('"ok":true');
      }
      // Alice's request id means nothing in Mallory's space: the same id grades Mallory's own card.
      expect(
        await call(
          "gradeReviewCard",
          { itemId: first?.id, grade: "again", expectedVersion: 0, requestId },
          mallory.cookie,
        ),
      ).toMatchObject({ ok: true });
      for (const path of [`/exams/${attemptId}`, `/exams/${attemptId}/result`]) {
        const page = await fetch(new URL(path, baseUrl), { headers: { Cookie: mallory.cookie }, redirect: "manual" });
        expect(page.status, path).toBe(404);
        expectNoSecrets(await page.text());
      }
      expect(await learnerSnapshot(db, aliceId)).toEqual(before);
    } finally {
      await db.end();
    }
  }, 120_000);

  it("throttles password guessing over HTTP: after five wrong passwords even the right one is refused", async () => {
    const all = await listServerActions();
    const { email } = await newLearner(baseUrl, all, "brute", "the right password");
    for (let i = 0; i < 5; i++)
      await expect(signInCookie(baseUrl, email, `wrong guess ${i}`)).rejects.toThrow(/sign-in failed/);
    await expect(signInCookie(baseUrl, email, "the right password")).rejects.toThrow(/sign-in failed/);
    const csrf = await fetch(new URL("/api/auth/csrf", baseUrl));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const refused = await fetch(new URL("/api/auth/callback/credentials", baseUrl), {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Cookie: csrf.headers
          .getSetCookie()
          .map((c) => c.split(";")[0])
          .join("; "),
      },
      body: new URLSearchParams({ csrfToken, email, password: "the right password", json: "true" }),
      redirect: "manual",
    });
    const text = await refused.text();
    expect(text).toMatch(/throttled/);
    expectNoSecrets(text);
  }, 120_000);

  it("sends security headers and no secrets on every page, signed in or not", async () => {
    const all = await listServerActions();
    const { cookie } = await newLearner(baseUrl, all, "headers");
    const pages = [
      "/",
      "/sign-in",
      "/sign-up",
      "/labs",
      "/labs/iam",
      "/practice/ec2",
      "/review",
      "/review/leeches",
      "/daily",
      "/exams",
      "/exams/history",
      "/dashboard",
      "/settings",
      "/maintainer/reports",
      "/no-such-page",
      "/exams/nosuchattempt0",
      "/api/health",
      "/api/auth/session",
      "/api/auth/providers",
    ];
    for (const signedIn of [false, true]) {
      for (const page of pages) {
        const response = await fetch(new URL(page, baseUrl), {
          headers: signedIn ? { Cookie: cookie } : {},
          redirect: "manual",
        });
        const text = await response.text();
        expect(response.status, `${page}: ${text.slice(0, 200)}`).toBeLessThan(500);
        expect(response.headers.get("content-security-policy"), page).toMatch(/frame-ancestors 'none'/);
        expect(response.headers.get("referrer-policy"), page).toBe("strict-origin-when-cross-origin");
        expect(response.headers.get("x-content-type-options"), page).toBe("nosniff");
        expectNoSecrets(text);
      }
    }
  }, 120_000);
});
