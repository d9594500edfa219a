import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { sourceDigest, STAMP_FILE } from "../lib/build-stamp";

export interface AppProcess {
  baseUrl: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

function run(command: string, args: string[], root: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // The build's output goes to stderr, so that `--json` keeps stdout to the one result line.
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", 2, 2] });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

/** Builds like `npm start` does: only when the sources' digest differs from the one stamped on the last build. */
export async function ensureProductionBuild(
  root: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<void> {
  const digest = await sourceDigest(root);
  const stampPath = path.join(root, STAMP_FILE);
  const built = existsSync(stampPath) ? (await readFile(stampPath, "utf8")).trim() : "";
  if (built === digest) {
    log("Reusing the production build (sources unchanged)");
    return;
  }
  log("Building the app (next build)…");
  await run(path.join(root, "node_modules", ".bin", "next"), ["build"], root, { ...env, NODE_ENV: "production" });
  await writeFile(stampPath, digest + "\n");
}

/** `next start` on a free port, its output into `logFile`; resolves once /api/health answers. */
export async function startApp(root: string, env: NodeJS.ProcessEnv, logFile: string): Promise<AppProcess> {
  const output = openSync(logFile, "w");
  const port = await freePort();
  const server: ChildProcess = spawn(
    path.join(root, "node_modules", ".bin", "next"),
    ["start", "--port", String(port)],
    {
      cwd: root,
      env: { ...env, NODE_ENV: "production", PORT: String(port), NEXTAUTH_URL: `http://127.0.0.1:${port}` },
      stdio: ["ignore", output, output],
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  };
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error(`next start exited (${server.exitCode})`);
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { baseUrl, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error("next start did not become healthy within a minute");
}
