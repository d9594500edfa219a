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

/** A post to an action's page as a hand-written client would send it; `fetchAction` adds the Next-Action header. */
function rawPost(action: ServerAction, body: BodyInit, headers: Record<string, string> = {}, fetchAction = true) {
  return fetch(new URL(action.page, baseUrl), {
    method: "POST",
    headers: {
      ...(fetchAction ? { "Next-Action": action.id } : {}),
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Cookie: cookie,
      ...headers,
    },
    body,
    redirect: "manual",
    // Node's fetch needs this for a stream body (sent chunked, without Content-Length).
    ...({ duplex: "half" } as object),
  });
}

/** A multipart body as a browser encodes FormData. */
async function formBody(entries: [string, string][]): Promise<{ type: string; bytes: Uint8Array<ArrayBuffer> }> {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  const request = new Request(baseUrl, { method: "POST", body: form });
  return { type: request.headers.get("content-type") ?? "", bytes: new Uint8Array(await request.arrayBuffer()) };
}

/** The same bytes as a stream, which fetch sends chunked, with no Content-Length. */
function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (let start = 0; start < bytes.length; start += 16 * 1024)
        controller.enqueue(bytes.slice(start, start + 16 * 1024));
      controller.close();
    },
  });
}

describe("hostile input to every server action and route", () => {
  beforeAll(async () => {
    actions = await listServerActions();
    cookie = (await newLearner(baseUrl, actions, "hostile", password)).cookie;
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

  // Issue #13: each of these was a 500 (or, for the chunked body, 10 MB held per request) before the proxy guarded it.
  it("refuses JSON nested 30,000 levels deep with 400", async () => {
    const deep = "[".repeat(30_000) + "]".repeat(30_000);
    for (const action of [actionNamed(actions, "signUp"), actionNamed(actions, "submitReport")]) {
      for (const body of [deep, `[{"email":"a@b.co","name":${deep}}]`]) {
        const response = await rawPost(action, body);
        expect(response.status).toBe(400);
        await expectHandled(response);
      }
    }
  });

  it("refuses multipart action bodies over 64 KB, truncated or without a boundary with 4xx", async () => {
    const signUp = actionNamed(actions, "signUp");
    const honest = await formBody([["0", JSON.stringify([{ email: "form@example.com", password: "short" }])]]);
    const passed = await rawPost(signUp, honest.bytes, { "Content-Type": honest.type });
    expect(await actionResult(passed)).toMatchObject({ ok: false, code: "BAD_INPUT" });
    const big = await formBody([["0", JSON.stringify([{ email: "x".repeat(70_000) }])]]);
    expect(big.bytes.length).toBeGreaterThan(70_000);
    const truncated = honest.bytes.subarray(0, honest.bytes.length - 20);
    // With the Next-Action header (a fetch action) and without it (Next.js then tries it as a form action).
    for (const fetchAction of [true, false]) {
      const cases: [BodyInit, string, number][] = [
        [big.bytes, big.type, 413],
        [streamOf(big.bytes), big.type, 413],
        [truncated, honest.type, 400],
        [honest.bytes, "multipart/form-data", 400],
      ];
      for (const [body, type, status] of cases) {
        const response = await rawPost(signUp, body, { "Content-Type": type }, fetchAction);
        expect(response.status, `${type} ${String(fetchAction)}`).toBe(status);
        await expectHandled(response);
      }
    }
  });

  it("refuses cross-origin action posts with 403 and lets same-origin ones through", async () => {
    const setLanguage = actionNamed(actions, "setLanguage");
    const host = new URL(baseUrl).host;
    const refused: Record<string, string>[] = [
      { Origin: "https://evil.example" },
      { Origin: "null" },
      { Origin: "not a url" },
      { Origin: baseUrl, "X-Forwarded-Host": "gureum.example" },
    ];
    for (const headers of refused) {
      const response = await rawPost(setLanguage, JSON.stringify(["en"]), headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      await expectHandled(response);
    }
    const form = await formBody([[`$ACTION_ID_${setLanguage.id}`, ""]]);
    const crossForm = await rawPost(
      setLanguage,
      form.bytes,
      { "Content-Type": form.type, Origin: "https://evil.example" },
      false,
    );
    expect(crossForm.status).toBe(403);
    const allowed: Record<string, string>[] = [
      { Origin: baseUrl },
      { Origin: `https://${host}` },
      { Origin: "https://gureum.example", "X-Forwarded-Host": "gureum.example" },
      {},
    ];
    for (const headers of allowed) {
      const response = await rawPost(setLanguage, JSON.stringify(["en"]), headers);
      expect(response.status, JSON.stringify(headers)).toBe(200);
      await response.text();
    }
  });

  it("refuses a chunked 20 MB action body with 413 and keeps serving", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 20 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await rawPost(actionNamed(actions, "signUp"), body);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/too large/) });
    expect((await fetch(new URL("/api/health", baseUrl))).status).toBe(200);
  });

  it("refuses U+0000 and unpaired surrogates in the sign-up name and the report text with 400", async () => {
    const signUp = actionNamed(actions, "signUp");
    const submitReport = actionNamed(actions, "submitReport");
    const db = await appDatabase(inject("databaseUrl"));
    const [card] = await db
      .query<{ id: string }>("SELECT id FROM flashcards WHERE retired_at IS NULL ORDER BY id LIMIT 1")
      .finally(() => db.end());
    // JSON.stringify writes these as the escapes \u0000, \ud800 and \udfff, as React's client would.
    for (const bad of ["a\u0000b", "a\ud800b", "\udfff"]) {
      const email = `bad-text-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
      const bodies: [ServerAction, string][] = [
        [signUp, JSON.stringify([{ email, password, name: bad }])],
        [submitReport, JSON.stringify([{ itemKind: "flashcard", itemId: card?.id, reason: "typo", details: bad }])],
      ];
      for (const [action, body] of bodies) {
        const response = await rawPost(action, body);
        expect(response.status, `${action.name} ${body}`).toBe(400);
        expect(await response.json()).toEqual({ error: expect.stringMatching(/U\+0000 or an unpaired surrogate/) });
      }
    }
    // Real text passes: an emoji is a surrogate pair.
    const email = `good-text-${Date.now()}@example.com`;
    const fine = await rawPost(signUp, JSON.stringify([{ email, password, name: "구름 😀" }]));
    expect(await actionResult(fine)).toMatchObject({ ok: true });
  });

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
