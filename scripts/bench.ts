/**
 * `npm run bench [-- --json] [-- --quick]`: Gureum under load on a production build and a real PostgreSQL, in one
 * command. A fresh database (dropped at the end), synthetic learners seeded in bulk, `next start` on a free port, load
 * from a second process (autocannon), the big learner's queries timed in process, page weight and LCP in Chromium.
 * See BENCHMARKS.md for the method and the results on the project's machine.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { launchBrowser } from "../tests/e2e/support/browser";
import { ensureProductionBuild, startApp, type AppProcess } from "./bench/app-process";
import { createBenchDatabase, type BenchDatabase } from "./bench/bench-database";
import { measureLcp, measurePageWeight } from "./bench/browser-metrics";
import type { LoadSpec } from "./bench/load-spec";
import { formatReport, machineFacts, type BenchReport, type FloodRow, type LoadRow } from "./bench/report";
import { runLoad } from "./bench/run-load";
import { timePage } from "./bench/time-page";
import { seedBigLearner } from "./bench/seed-big-learner";
import { seedLearners } from "./bench/seed-learners";
import { mintSessionCookie, verifySignIn } from "./bench/session-cookies";

const root = path.resolve(import.meta.dirname, "..");
const json = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
const log = (line: string) => (json ? process.stderr : process.stdout).write(line + "\n");
// The seed's progress is printed with console.log; with --json stdout carries nothing but the result line.
if (json) console.log = (...args: unknown[]) => console.error(...args);
const serverUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const secret = randomBytes(32).toString("base64url");
const password = "bench learner password";
const seconds = quick ? 4 : 10;
const LOOP = 25;
const TWO_PROCESSES_GRADE = "grade review, 2 processes";

async function actionIds(): Promise<Map<string, { id: string; page: string }>> {
  const manifest = JSON.parse(
    await readFile(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  const byName = new Map<string, { id: string; page: string }>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    // Any value of a dynamic segment reaches the route's action handler; the action itself checks its arguments.
    const page =
      worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\[[^\]]+\]/g, "bench") || "/";
    if (entry.exportedName && !byName.has(entry.exportedName)) byName.set(entry.exportedName, { id, page });
  }
  return byName;
}

let database: BenchDatabase | undefined;
let app: AppProcess | undefined;
let secondApp: AppProcess | undefined;
try {
  log(`Creating a fresh database on ${new URL(serverUrl).host}, migrating and seeding the content…`);
  database = await createBenchDatabase(serverUrl, root);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const passwordHash = await hashPassword(password);
  log("Seeding the big learner (bulk SQL)…");
  const big = await seedBigLearner(client, { cards: 100_000, logsPerCard: 10, passwordHash }, log);
  log("Seeding synthetic learners (bulk SQL)…");
  const learners = await seedLearners(
    client,
    { graders: quick ? 2000 : 5000, dueCardsEach: 30, examTakers: quick ? 2000 : 5000, submitters: 40 },
    passwordHash,
    log,
  );
  // As autovacuum would have by the time a deck is this old: statistics and the visibility map (index-only scans).
  log("VACUUM ANALYZE…");
  await client.query("VACUUM ANALYZE");
  const postgresVersion =
    (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version ?? "?";
  await client.end();

  const appEnv = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret, NEXT_TELEMETRY_DISABLED: "1" };
  await ensureProductionBuild(root, appEnv, log);
  const appLog = path.join(tmpdir(), `gureum-bench-app-${process.pid}.log`);
  app = await startApp(root, appEnv, appLog);
  const { baseUrl } = app;
  log(`App running at ${baseUrl} (its log: ${appLog})`);

  const [reserved, ...graders] = learners.graders;
  const [reservedTaker, ...examTakers] = learners.examTakers;
  if (!reserved || !reservedTaker) throw new Error("no learners seeded");
  await verifySignIn(baseUrl, secret, reserved, password);
  log("Sign-in and minted session cookies name the same learner");

  const cookieOf = (user: { id: string }) =>
    mintSessionCookie(secret, { id: user.id, email: `${user.id}@bench.example` });
  const actions = await actionIds();
  const action = (name: string) => {
    const found = actions.get(name);
    if (!found) throw new Error(`server action ${name} is not in the build`);
    return found;
  };
  const grade = action("gradeReviewCard");
  const save = action("saveExamResponseAction");
  const submit = action("submitExamAction");
  const graderLearners = await Promise.all(
    graders.map(async (g) => ({ cookie: await cookieOf(g), items: g.flashcardIds })),
  );
  const takerLearners = await Promise.all(
    examTakers.map(async (t) => ({
      cookie: await cookieOf(t),
      items: t.questionIds.map((q) => `${t.attemptId} ${q}`),
    })),
  );
  const submitLearners = await Promise.all(
    learners.submitters.map(async (s) => ({ cookie: await cookieOf(s), items: [`${s.attemptId} -`] })),
  );

  const load: LoadRow[] = [];
  const offsets = { grade: 0, save: 0 };
  async function level(
    label: string,
    kind: LoadSpec["kind"],
    connections: number,
    overallRate: number | null,
    record = true,
    baseUrls = [baseUrl],
  ) {
    const isGrade = kind === "grade" || kind === "floor";
    const pool = isGrade ? graderLearners : takerLearners;
    const offset = isGrade ? offsets.grade : offsets.save;
    const target = isGrade ? grade : save;
    const spec: LoadSpec = {
      baseUrls,
      path: target.page,
      actionId: target.id,
      kind,
      connections,
      durationSeconds: seconds,
      loopLength: LOOP,
      learners: pool.slice(offset),
      ...(overallRate ? { overallRate } : {}),
    };
    const result = await runLoad(root, spec);
    if (isGrade) offsets.grade += result.learnersUsed;
    else offsets.save += result.learnersUsed;
    if (record) load.push({ label, connections, offeredRps: overallRate, result });
    log(
      `  ${label} × ${connections}${overallRate ? ` at ${overallRate}/s` : ""}: ${result.rps} ok/s, p95 ${result.p95} ms${result.refused + result.errors > 0 ? `, ${result.refused} refused, ${result.errors} errors: ${result.firstRefusals[0] ?? ""}` : ""}`,
    );
  }

  log("Warming up…");
  await level("warm-up", "grade", 16, null, false);
  await level("warm-up", "exam-save", 16, null, false);
  log(`Load: ${seconds} s per level, closed loop (each client sends its next request when answered)`);
  await level("action floor (refused, no session)", "floor", 64, null);
  for (const c of [1, 16, 64]) await level("grade review", "grade", c, null);
  await level("grade review", "grade", 64, 500);
  for (const c of [1, 16, 64]) await level("answer exam item", "exam-save", c, null);
  // Issue #13: a sign-up flood must not cost signed-in learners their pages. Each sign-up costs an Argon2 hash until
  // the budgets refuse it (per address, then for the whole app); the learner's page is timed meanwhile.
  log("A learner's page, idle and under a sign-up flood…");
  const signUp = action("signUp");
  const readerPageCookie = await cookieOf(reserved);
  const idlePage = await timePage(baseUrl, "/review", readerPageCookie, seconds);
  const floods: { label: string; forwardedFor: string }[] = [
    { label: "sign-up flood, one address", forwardedFor: "203.0.113.7" },
    { label: "sign-up spray, a new address each time", forwardedFor: "rotate" },
  ];
  const flood: FloodRow[] = [];
  for (const { label, forwardedFor } of floods) {
    const [attack, page] = await Promise.all([
      runLoad(root, {
        baseUrls: [baseUrl],
        path: signUp.page,
        actionId: signUp.id,
        kind: "sign-up",
        forwardedFor,
        connections: 32,
        durationSeconds: seconds,
        loopLength: 1,
        learners: [],
      }),
      timePage(baseUrl, "/review", readerPageCookie, seconds),
    ]);
    flood.push({ label, signUps: attack, page });
    log(`  ${label} × 32: ${attack.rps} answered/s; the learner's page p95 ${page.p95} ms (idle ${idlePage.p95} ms)`);
  }
  // Node.js runs an app's JavaScript on one core; the deployment story is several stateless processes on one database.
  log("Starting a second app process on the same database…");
  secondApp = await startApp(root, appEnv, appLog.replace(/\.log$/, "-2.log"));
  const both = [baseUrl, secondApp.baseUrl];
  await level("warm-up", "grade", 16, null, false, both);
  await level(TWO_PROCESSES_GRADE, "grade", 64, null, true, both);
  await level("answer exam item, 2 processes", "exam-save", 64, null, true, both);
  await secondApp.stop();
  const submitted = await runLoad(root, {
    baseUrls: [baseUrl],
    path: submit.page,
    actionId: submit.id,
    kind: "exam-submit",
    connections: 4,
    durationSeconds: 0,
    amount: submitLearners.length,
    loopLength: 1,
    learners: submitLearners,
  });
  load.push({ label: "submit exam (65 items)", connections: 4, offeredRps: null, result: submitted });
  log(`  submit exam × 4: p95 ${submitted.p95} ms`);

  log("Timing the big learner's queries in process…");
  process.env.DATABASE_URL = database.url;
  process.env.NEXTAUTH_SECRET = secret;
  const { timeLearnerQueries } = await import("./bench/query-timings");
  const queries = await timeLearnerQueries(big.userId, quick ? 10 : 30);

  log("Measuring pages in headless Chromium…");
  const browser = await launchBrowser();
  const readerCookie = await cookieOf(reserved);
  const takerCookie = await cookieOf(reservedTaker);
  const pages = [];
  let homeLcpMs = Number.NaN;
  try {
    for (const page of ["/", "/sign-in", "/labs"]) pages.push(await measurePageWeight(browser, baseUrl, page, ""));
    for (const page of ["/practice/ec2", "/review", "/daily", "/exams", "/dashboard", "/settings"])
      pages.push(await measurePageWeight(browser, baseUrl, page, readerCookie));
    pages.push({
      ...(await measurePageWeight(browser, baseUrl, `/exams/${reservedTaker.attemptId}`, takerCookie)),
      path: "/exams/[attemptId]",
    });
    homeLcpMs = await measureLcp(browser, baseUrl, "/", 5);
  } finally {
    await browser.close();
  }

  const nextVersion = (
    JSON.parse(await readFile(path.join(root, "node_modules/next/package.json"), "utf8")) as { version: string }
  ).version;
  const report: BenchReport = {
    machine: machineFacts(postgresVersion, nextVersion),
    load,
    queries,
    pages,
    homeLcpMs,
    idlePage,
    flood,
  };
  log("");
  log(formatReport(report));
  if (json) {
    const at64 = load.find((r) => r.label === "grade review" && r.connections === 64 && r.offeredRps === null);
    const best = Math.max(...load.filter((r) => r.label === "grade review").map((r) => r.result.rps));
    const studyPages = pages.filter((p) => !["/", "/sign-in", "/labs"].includes(p.path));
    process.stdout.write(
      JSON.stringify({
        gradeP95Ms: at64?.result.p95,
        gradeRps: best,
        gradeTwoProcessesP95Ms: load.find((r) => r.label === TWO_PROCESSES_GRADE)?.result.p95,
        gradeTwoProcessesRps: load.find((r) => r.label === TWO_PROCESSES_GRADE)?.result.rps,
        dueQueryMs: queries[0]?.medianMs,
        examSubmitP95Ms: submitted.p95,
        firstLoadJsKb: Math.max(...studyPages.map((p) => p.jsKb)),
        homeLcpMs,
        examSaveP95Ms: load.find((r) => r.label === "answer exam item" && r.connections === 64)?.result.p95,
        reviewQueueMs: queries[1]?.medianMs,
        dashboardMs: queries[2]?.medianMs,
        pageIdleP95Ms: idlePage.p95,
        pageUnderSignUpFloodP95Ms: flood[0]?.page.p95,
        pageUnderSignUpSprayP95Ms: flood[1]?.page.p95,
        machine: report.machine,
      }) + "\n",
    );
  }
} catch (error) {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await secondApp?.stop();
  await app?.stop();
  await database
    ?.drop()
    .catch((error: unknown) => console.error(`bench: could not drop the database: ${String(error)}`));
}
// The app's Prisma pool used for the in-process timings would keep the process alive.
process.exit();
