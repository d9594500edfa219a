import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { presentChoices, presentationSeed, storedLabels } from "@/lib/quiz";
import { freePort, startApp, type AppProcess } from "../../scripts/bench/app-process";
import { ROOT } from "../support/test-database";
import { appDatabase, insertDueFlashcards } from "./support/app-database";
import { startDedicatedPostgres, type DedicatedPostgres } from "./support/dedicated-postgres";
import {
  actionNamed,
  actionResult,
  listServerActions,
  newLearner,
  postAction,
  type ServerAction,
} from "./support/http-session";

const SECRET = "faults-secret-with-at-least-thirty-two-chars";
let postgres: DedicatedPostgres;
let app: AppProcess;
let actions: ServerAction[] = [];

/** Runs `npm start`'s script (or the seed script) against a database of the dedicated server; resolves on `until`. */
function runScript(script: string, database: string, until: RegExp, env: Record<string, string> = {}) {
  // tsx as a loader in this one process (the tsx command would run the script in a second, unkillable-by-us child).
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", script], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: postgres.url(database), NEXTAUTH_SECRET: SECRET, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const reached = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = until.exec(output);
      if (match) resolve(match[0]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`${script} exited (${code}) before ${until}: ${output.slice(-500)}`)));
  });
  return { child, reached, output: () => output };
}

/** A learner's client: it retries a request that failed while the database was away, with the same request id. */
async function untilOk(send: () => Promise<Response>): Promise<{ result: Record<string, unknown>; failures: number }> {
  let failures = 0;
  for (let attempt = 0; attempt < 40; attempt++) {
    const response = await send().catch(() => null);
    if (response?.status === 200) {
      const result = await actionResult(response);
      if (result.ok === true) return { result, failures };
    } else await response?.text();
    failures += 1;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the request never succeeded after the restart");
}

describe.skipIf(!existsSync("/usr/lib/postgresql/15/bin/initdb") && !process.env.POSTGRES_BIN)(
  "faults: PostgreSQL restarts and a killed seed",
  () => {
    beforeAll(async () => {
      actions = await listServerActions();
      postgres = await startDedicatedPostgres();
      postgres.createDatabase("gureum_faults");
      // npm start migrates and seeds; the build from the e2e setup is reused because the sources did not change.
      const port = await freePort();
      const started = runScript("scripts/start.ts", "gureum_faults", /Gureum is running/, { PORT: String(port) });
      await started.reached;
      started.child.kill("SIGTERM");
      await new Promise((r) => started.child.once("exit", r));
      app = await startApp(
        ROOT,
        {
          ...process.env,
          DATABASE_URL: postgres.url("gureum_faults"),
          NEXTAUTH_SECRET: SECRET,
          DATABASE_POOL_MAX: "5",
          MAIL_OUTBOX_DIR: inject("outbox"),
        },
        path.join(tmpdir(), `gureum-faults-app-${process.pid}.log`),
      );
    }, 300_000);
    afterAll(async () => {
      await app?.stop();
      postgres?.stop();
    });

    it("keeps a review session through a database restart: every grade recorded once", async () => {
      const db = await appDatabase(postgres.url("gureum_faults"));
      try {
        const learner = await newLearner(app.baseUrl, actions, "faults-review");
        const [user] = await db.query<{ id: string }>("SELECT id FROM users WHERE email = $1", [learner.email]);
        const items = await insertDueFlashcards(db, user?.id ?? "", 8);
        await db.end();
        const grade = (itemId: string, requestId: string) => () =>
          postAction(
            app.baseUrl,
            actionNamed(actions, "gradeReviewCard"),
            JSON.stringify([{ itemId, grade: "good", expectedVersion: 0, requestId }]),
            learner.cookie,
          );
        const requestIds = items.map((_, i) => `faults-review-${Date.now()}-${i}`);
        for (let i = 0; i < 4; i++) await untilOk(grade(items[i]!, requestIds[i]!));
        // The restart lands while grades are being sent; each one is retried with its own request id until it is in.
        const inFlight = Promise.all([4, 5].map((i) => untilOk(grade(items[i]!, requestIds[i]!))));
        postgres.restart();
        await inFlight;
        for (let i = 6; i < 8; i++) await untilOk(grade(items[i]!, requestIds[i]!));
        for (let i = 0; i < 8; i++) await untilOk(grade(items[i]!, requestIds[i]!));

        const after = await appDatabase(postgres.url("gureum_faults"));
        const logs = await after.query<{ request_id: string; n: number }>(
          "SELECT request_id, count(*)::int AS n FROM review_logs WHERE user_id = $1 GROUP BY 1 ORDER BY 1",
          [user?.id],
        );
        expect(logs).toEqual([...requestIds].sort().map((id) => ({ request_id: id, n: 1 })));
        const versions = await after.query<{ version: number; reps: number }>(
          "SELECT version, reps FROM cards WHERE user_id = $1",
          [user?.id],
        );
        expect(versions).toEqual(items.map(() => ({ version: 1, reps: 4 })));
        await after.end();
      } finally {
        await db.end().catch(() => undefined);
      }
    }, 120_000);

    it("keeps an exam's saved answers through a database restart and scores it once", async () => {
      const learner = await newLearner(app.baseUrl, actions, "faults-exam");
      const send = (name: string, input: unknown) => () =>
        postAction(app.baseUrl, actionNamed(actions, name), JSON.stringify([input]), learner.cookie);
      const { result } = await untilOk(send("startExamAction", { kind: "drill", topicId: "ebs" }));
      const attemptId = String((result.data as { attemptId: string }).attemptId);
      const db = await appDatabase(postgres.url("gureum_faults"));
      const items = (
        await db.query<{ question_id: string }>(
          "SELECT question_id FROM exam_responses WHERE attempt_id = $1 ORDER BY position",
          [attemptId],
        )
      ).map((r) => r.question_id);
      await db.end();
      for (const questionId of items.slice(0, 5))
        await untilOk(send("saveExamResponseAction", { attemptId, questionId, selected: ["a"] }));
      postgres.restart();
      for (const questionId of items.slice(5, 10))
        await untilOk(send("saveExamResponseAction", { attemptId, questionId, selected: ["b"] }));
      await untilOk(send("submitExamAction", { attemptId }));
      await untilOk(send("submitExamAction", { attemptId }));

      const after = await appDatabase(postgres.url("gureum_faults"));
      const responses = await after.query<{ selected: string[]; labels: string[]; question_id: string }>(
        `SELECT r.selected, r.question_id, ARRAY(SELECT label FROM choices c WHERE c.question_id = r.question_id ORDER BY position) AS labels
         FROM exam_responses r WHERE r.attempt_id = $1 ORDER BY r.position`,
        [attemptId],
      );
      // Saved as the stored labels behind the letters the learner picked in the attempt's order.
      const storedOf = (r: (typeof responses)[number], letter: string) =>
        storedLabels(presentChoices(r.labels, presentationSeed.exam(attemptId, r.question_id)), [letter]);
      expect(responses.slice(0, 10).map((r) => r.selected)).toEqual(
        responses.slice(0, 10).map((r, i) => storedOf(r, i < 5 ? "a" : "b")),
      );
      const [attempt] = await after.query<{ submitted: boolean; raw_correct: number | null }>(
        "SELECT submitted_at IS NOT NULL AS submitted, raw_correct FROM exam_attempts WHERE id = $1",
        [attemptId],
      );
      expect(attempt?.submitted).toBe(true);
      expect(attempt?.raw_correct).not.toBeNull();
      const [logs] = await after.query<{ n: number; distinct_ids: number }>(
        "SELECT count(*)::int AS n, count(DISTINCT request_id)::int AS distinct_ids FROM review_logs WHERE request_id LIKE $1",
        [`exam:${attemptId}:%`],
      );
      // Only the ten answered items reach the review schedule, each once.
      expect(logs).toEqual({ n: 10, distinct_ids: 10 });
      await after.end();
    }, 120_000);

    it("rolls back a seed killed half-way, and the next start completes it", async () => {
      postgres.createDatabase("gureum_seed_kill");
      const migrated = runScript("scripts/migrate.ts", "gureum_seed_kill", /(?!)/);
      migrated.reached.catch(() => undefined);
      expect(await new Promise((resolve) => migrated.child.once("exit", resolve))).toBe(0);
      const seed = runScript("scripts/seed.ts", "gureum_seed_kill", /Seeding content: [1-9]\d{1,2}\/\d+/);
      await seed.reached;
      seed.child.kill("SIGKILL");
      await new Promise((r) => seed.child.once("exit", r));
      expect(seed.output()).not.toMatch(/Questions: \d+ new/);

      const db = await appDatabase(postgres.url("gureum_seed_kill"));
      try {
        const counts = async () =>
          (
            await db.query<{ q: number; f: number; t: number }>(
              "SELECT (SELECT count(*)::int FROM questions) AS q, (SELECT count(*)::int FROM flashcards) AS f, (SELECT count(*)::int FROM topics) AS t",
            )
          )[0];
        // One transaction: the items written before the kill are not there.
        expect(await counts()).toEqual({ q: 0, f: 0, t: 0 });
        const port = await freePort();
        const restarted = runScript("scripts/start.ts", "gureum_seed_kill", /Gureum is running/, {
          PORT: String(port),
        });
        await restarted.reached;
        const summary = /Questions: (\d+) new, 0 updated, 0 unchanged, 0 retired; flashcards: (\d+) new/.exec(
          restarted.output(),
        );
        restarted.child.kill("SIGTERM");
        await new Promise((r) => restarted.child.once("exit", r));
        expect(summary, restarted.output().slice(-1500)).not.toBeNull();
        const after = await counts();
        expect(after).toMatchObject({ q: Number(summary?.[1]), f: Number(summary?.[2]) });
        expect(after?.q).toBeGreaterThan(100);
      } finally {
        await db.end();
      }
    }, 300_000);
  },
);
