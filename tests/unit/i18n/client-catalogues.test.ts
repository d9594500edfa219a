import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** The catalogues holding both languages: only server code may import their values. */
const CATALOGUES = ["messages", "study-messages", "sim-messages", "exam-messages", "coverage-messages"].map(
  (name) => `lib/i18n/${name}.ts`,
);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(ROOT, file)).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : null;
  if (base === null) return null;
  const found = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]
    .map((ext) => base + ext)
    .find((file) => existsSync(path.join(ROOT, file)) && statSync(path.join(ROOT, file)).isFile());
  return found ?? null;
}

/** Modules a file loads at run time: static imports and re-exports that are not type-only, and dynamic imports. */
export function valueImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+["']([^"']+)["']/gm)) {
    const [, typeOnly, clause = "", specifier = ""] = match;
    const named = /^\{([\s\S]*)\}$/.exec(clause.trim());
    const allTypes =
      named !== null && named[1]!.split(",").every((part) => part.trim() === "" || part.trim().startsWith("type "));
    if (!typeOnly && !allTypes) specifiers.push(specifier);
  }
  for (const match of source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) specifiers.push(match[1]!);
  for (const match of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1]!);
  return specifiers;
}

const directive = (file: string) =>
  /^["'](use client|use server)["']/.exec(readFileSync(path.join(ROOT, file), "utf8"))?.[1];

/**
 * Every module reachable from the "use client" files of app/ and components/, with the chain that reaches it. A
 * "use server" file is not followed: the browser gets a reference to its actions, not its code.
 */
function clientGraph(): Map<string, string[]> {
  const entries = [...sourceFiles("app"), ...sourceFiles("components")].filter(
    (file) => directive(file) === "use client",
  );
  const chains = new Map<string, string[]>(entries.map((file) => [file, [file]]));
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (directive(file) === "use server") continue;
    for (const specifier of valueImports(readFileSync(path.join(ROOT, file), "utf8"))) {
      const target = resolveImport(file, specifier);
      if (target === null || chains.has(target)) continue;
      chains.set(target, [...chains.get(file)!, target]);
      queue.push(target);
    }
  }
  return chains;
}

describe("client bundles", () => {
  const graph = clientGraph();

  it("follow the imports of client components", () => {
    expect(graph.has("lib/i18n/translate.ts")).toBe(true);
    expect(graph.has("components/sim/model/json-value.ts")).toBe(true);
    expect(
      valueImports(
        'import type { A } from "./a";\nimport { type B, type C } from "./b";\nimport { d, type E } from "./d";\nconst f = () => import("./f");',
      ),
    ).toEqual(["./d", "./f"]);
  });

  it("never import a catalogue holding both languages: the server passes one language's texts as props", () => {
    const offending = CATALOGUES.filter((file) => graph.has(file)).map((file) => graph.get(file)!.join(" → "));
    expect(offending).toEqual([]);
  });
});
