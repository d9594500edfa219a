import path from "node:path";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startApp, type AppProcess } from "../../scripts/bench/app-process";
import { ROOT } from "../support/test-database";
import { appDatabase, insertDueFlashcards } from "./support/app-database";
import {
  actionNamed,
  actionResult,
  listServerActions,
  newLearner,
  postAction,
  type ServerAction,
} from "./support/http-session";

const first = inject("baseUrl");
let second: AppProcess;
let actions: ServerAction[] = [];

/** The review page's grade action, on one of the two app servers. */
async function grade(baseUrl: string, cookie: string, itemId: string, requestId: string, expectedVersion = 0) {
  const response = await postAction(
    baseUrl,
    actionNamed(actions, "gradeReviewCard"),
    JSON.stringify([{ itemId, grade: "good", expectedVersion, requestId }]),
    cookie,
  );
  expect(response.status).toBe(200);
  return actionResult(response);
}

async function sessionUser(baseUrl: string, cookie: string): Promise<string | undefined> {
  const session = (await (
    await fetch(new URL("/api/auth/session", baseUrl), { headers: { Cookie: cookie } })
  ).json()) as { user?: { id?: string } };
  return session.user?.id;
}

// PGlite (no TEST_DATABASE_URL) serves one session: two servers need a real PostgreSQL.
describe.skipIf(inject("databasePoolMax") === 1)("two app servers on one database", () => {
  beforeAll(async () => {
    actions = await listServerActions();
    // The same build, database and NEXTAUTH_SECRET as the first server (see tests/e2e/support/app-server.ts).
    second = await startApp(
      ROOT,
      {
        ...process.env,
        DATABASE_URL: inject("databaseUrl"),
        DATABASE_POOL_MAX: String(inject("databasePoolMax")),
        NEXTAUTH_SECRET: "e2e-secret-with-at-least-thirty-two-chars",
        MAIL_OUTBOX_DIR: inject("outbox"),
      },
      path.join(tmpdir(), `gureum-second-app-${process.pid}.log`),
    );
  });
  afterAll(() => second?.stop());

  it("accepts a session signed in on either server on the other", async () => {
    const onFirst = await newLearner(first, actions, "two-a");
    const onSecond = await newLearner(second.baseUrl, actions, "two-b");
    const a = await sessionUser(first, onFirst.cookie);
    const b = await sessionUser(second.baseUrl, onSecond.cookie);
    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(await sessionUser(second.baseUrl, onFirst.cookie)).toBe(a);
    expect(await sessionUser(first, onSecond.cookie)).toBe(b);
    const page = await fetch(new URL("/review", second.baseUrl), {
      headers: { Cookie: onFirst.cookie },
      redirect: "manual",
    });
    expect(page.status).toBe(200);
  });

  it("loses nothing when grades alternate between the servers, retries cross over and a double send races", async () => {
    const db = await appDatabase(inject("databaseUrl"));
    try {
      const learner = await newLearner(first, actions, "two-grades");
      const [row] = await db.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [learner.email]);
      const userId = row?.id ?? "";
      const items = await insertDueFlashcards(db, userId, 12);
      const servers = [first, second.baseUrl];
      const requestIds = items.map((_, i) => `two-${Date.now()}-${String(i).padStart(3, "0")}`);

      for (const [i, itemId] of items.slice(0, 10).entries()) {
        expect(await grade(servers[i % 2]!, learner.cookie, itemId, requestIds[i]!)).toMatchObject({ ok: true });
        // A retry of the same grade through the other server is the same grade, not a second one.
        expect(await grade(servers[(i + 1) % 2]!, learner.cookie, itemId, requestIds[i]!)).toMatchObject({ ok: true });
      }
      // One grade sent to both servers at once; then a stale grade of an already graded card.
      const raced = await Promise.all(servers.map((s) => grade(s, learner.cookie, items[10]!, requestIds[10]!)));
      expect(raced.filter((r) => r.ok === true).length).toBeGreaterThanOrEqual(1);
      expect(await grade(second.baseUrl, learner.cookie, items[0]!, requestIds[11]!, 0)).toMatchObject({
        ok: false,
        code: "CONFLICT",
      });

      const logs = await db.query<{ request_id: string; n: number }>(
        "SELECT request_id, count(*)::int AS n FROM review_logs WHERE user_id = $1 GROUP BY 1 ORDER BY 1",
        [userId],
      );
      expect(logs).toEqual(requestIds.slice(0, 11).map((id) => ({ request_id: id, n: 1 })));
      const cards = await db.query<{ item_id: string; version: number; reps: number; logs: number }>(
        "SELECT c.item_id, c.version, c.reps, (SELECT count(*)::int FROM review_logs l WHERE l.card_id = c.id) AS logs FROM cards c WHERE c.user_id = $1 ORDER BY c.item_id",
        [userId],
      );
      expect(cards).toEqual(
        items.map((itemId, i) =>
          i < 11
            ? { item_id: itemId, version: 1, reps: 4, logs: 1 }
            : { item_id: itemId, version: 0, reps: 3, logs: 0 },
        ),
      );
    } finally {
      await db.end();
    }
  }, 120_000);
});
