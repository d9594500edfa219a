import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LoadResult, LoadSpec } from "./load-spec";

/** Runs one load level in a separate process (scripts/bench/load-worker.ts) and returns its measurements. */
export async function runLoad(root: string, spec: LoadSpec): Promise<LoadResult> {
  const dir = await mkdtemp(path.join(tmpdir(), "gureum-bench-"));
  const specFile = path.join(dir, "spec.json");
  await writeFile(specFile, JSON.stringify(spec));
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const worker = spawn(
        path.join(root, "node_modules", ".bin", "tsx"),
        [path.join(root, "scripts", "bench", "load-worker.ts"), specFile],
        {
          cwd: root,
          stdio: ["ignore", "pipe", "inherit"],
        },
      );
      let stdout = "";
      worker.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      worker.on("error", reject);
      worker.on("exit", (code) =>
        code === 0 ? resolve(stdout) : reject(new Error(`the load worker exited with ${code}`)),
      );
    });
    const line = output.trim().split("\n").at(-1) ?? "";
    return JSON.parse(line) as LoadResult;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
