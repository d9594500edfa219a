import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

const INPUTS = [
  "app",
  "components",
  "config",
  "lib",
  "proxy.ts",
  "types",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

async function* files(entry: string): AsyncGenerator<string> {
  const info = await stat(entry).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) {
    yield entry;
    return;
  }
  for (const name of (await readdir(entry)).sort()) {
    if (name === "generated" || name === "node_modules") continue;
    yield* files(path.join(entry, name));
  }
}

/** A digest of everything `next build` reads, so `npm start` rebuilds exactly when the sources changed. */
export async function sourceDigest(root: string): Promise<string> {
  const hash = createHash("sha256");
  for (const input of INPUTS) {
    for await (const file of files(path.join(root, input))) {
      hash
        .update(path.relative(root, file))
        .update("\0")
        .update(await readFile(file))
        .update("\0");
    }
  }
  return hash.digest("hex");
}

export const STAMP_FILE = path.join(".next", "gureum-source-digest");
