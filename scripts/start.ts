/**
 * `npm start`: everything a fresh clone needs to serve Gureum. Without DATABASE_URL it runs an embedded PostgreSQL
 * (PGlite, data in .data/), then applies migrations, seeds the content, builds when the sources changed and serves.
 * `--dev` runs the Next.js development server instead of a production build.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/db/embedded-postgres";
import { migrateDatabase } from "../lib/db/migrate";
import { sourceDigest, STAMP_FILE } from "./lib/build-stamp";
import { seedFromFiles } from "./lib/seed-from-files";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.join(root, ".data");
const nextBin = path.join(root, "node_modules", ".bin", "next");

function fail(message: string): never {
  console.error(`gureum: ${message}`);
  process.exit(1);
}

async function embeddedSecret(): Promise<string> {
  const file = path.join(dataDir, "nextauth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret + "\n", { mode: 0o600 });
  return secret;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args[0]} exited with ${code}`)),
    );
  });
}

async function waitUntilHealthy(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (server.exitCode !== null) throw new Error("the web server stopped during start-up");
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become healthy`);
}

if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}"`);

let embedded: EmbeddedPostgres | undefined;
let databaseUrl = process.env.DATABASE_URL;
let secret = process.env.NEXTAUTH_SECRET;
if (!databaseUrl) {
  await mkdir(dataDir, { recursive: true });
  console.log("No DATABASE_URL: starting the embedded PostgreSQL (PGlite) with data in .data/pglite");
  embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite") });
  databaseUrl = embedded.url;
  secret ??= await embeddedSecret();
} else if (!secret) {
  fail(
    "NEXTAUTH_SECRET must be set when DATABASE_URL points at an external database (generate one with `openssl rand -base64 32`).",
  );
}

let server: ChildProcess | undefined;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((r) => server?.once("exit", r));
  }
  await embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

try {
  console.log("Applying database migrations…");
  await migrateDatabase(databaseUrl, root, true);
  const db = createDb(databaseUrl, 1);
  const seeded = await seedFromFiles(db, root).finally(() => db.$disconnect());
  if (!seeded) fail("content is invalid; fix the files named above and start again.");

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    // PGlite is one session: the app must use a single connection to it.
    DATABASE_POOL_MAX: embedded ? "1" : (process.env.DATABASE_POOL_MAX ?? "10"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (!dev) {
    const digest = await sourceDigest(root);
    const stampPath = path.join(root, STAMP_FILE);
    const built = existsSync(stampPath) ? (await readFile(stampPath, "utf8")).trim() : "";
    if (built !== digest) {
      console.log("Building the app (first start or changed sources)…");
      await run(nextBin, ["build"], { ...env, NODE_ENV: "production" });
      await writeFile(stampPath, digest + "\n");
    }
  }
  server = spawn(nextBin, [dev ? "dev" : "start", "--port", String(port)], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  server.stdout?.on("data", (chunk: Buffer) => {
    if (process.env.GUREUM_VERBOSE) process.stdout.write(chunk);
  });
  server.on("exit", (code) => {
    if (!stopping) {
      console.error(`gureum: the web server exited (${code})`);
      void shutdown(1);
    }
  });
  await waitUntilHealthy(`http://127.0.0.1:${port}/api/health`, server);
  console.log(`\nGureum is running at http://localhost:${port}  (Ctrl-C stops it)`);
} catch (error) {
  console.error(`gureum: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
