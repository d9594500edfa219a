import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createTestDatabase, ROOT } from "../../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** Where the app writes the e-mail it would send (MAIL_OUTBOX_DIR); read with tests/support/outbox.ts. */
    outbox: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Starts the production app with `npm start`'s own script against a fresh database, as a learner would meet it. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("e2e");
  const port = await freePort();
  const outbox = await mkdtemp(path.join(tmpdir(), "gureum-e2e-outbox-"));
  // Test files that start servers of their own (faults, two instances) pass their environment on: same outbox.
  process.env.MAIL_OUTBOX_DIR = outbox;
  const app = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/start.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: String(database.poolMax),
      NEXTAUTH_SECRET: "e2e-secret-with-at-least-thirty-two-chars",
      PORT: String(port),
      // Every browser test signs up from 127.0.0.1; the per-address sign-up budget is tested on its own.
      SIGN_UP_LIMIT_PER_ADDRESS: "1000",
      MAIL_OUTBOX_DIR: outbox,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    app.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
      if (output.includes("Gureum is running")) resolve();
    });
    app.on("exit", (code) => reject(new Error(`the app exited during start-up (${code})`)));
  });
  project.provide("baseUrl", `http://localhost:${port}`);
  project.provide("outbox", outbox);
  // For tests that arrange data no browser can create, such as weeks of past history (see tests/support/history.ts).
  project.provide("databaseUrl", database.url);
  project.provide("databasePoolMax", database.poolMax);
  return async () => {
    app.kill("SIGTERM");
    await new Promise((resolve) => (app.exitCode === null ? app.once("exit", resolve) : resolve(null)));
    await database.drop();
    await rm(outbox, { recursive: true, force: true });
  };
}
