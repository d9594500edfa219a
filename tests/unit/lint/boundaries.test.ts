import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, "eslint.config.mjs") });

/** "rule: message" for every problem ESLint finds in `code` as if it were the file at `filePath`. */
async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId ?? "fatal"}: ${message.message}`);
}

const rule = (ruleId: string) => expect.arrayContaining([expect.stringMatching(new RegExp(`^${ruleId}: `))]);

describe("the core (lib/content, exam, quiz, srs, sim, i18n, validation, random.ts)", () => {
  const framework = 'import { cookies } from "next/headers";\nexport const read = cookies;\n';

  it("imports no framework, database, Node or server code", async () => {
    expect(await problems("lib/srs/x.ts", framework)).toEqual(rule("no-restricted-imports"));
    expect(await problems("lib/random.ts", framework)).toEqual(rule("no-restricted-imports"));
    for (const specifier of [
      "react",
      "@prisma/client",
      "node:fs",
      "fs",
      "server-only",
      "@/lib/db/client",
      "@/lib/server/app-error",
      "@/lib/auth/session",
      "@/app/report-item",
      "@/components/ui/form-field",
    ]) {
      expect(
        await problems("lib/sim/iam/x.ts", `import * as m from "${specifier}";\nexport const y = m;\n`),
        specifier,
      ).toEqual(rule("no-restricted-imports"));
    }
  });

  it("can't get around that with a relative path", async () => {
    expect(
      await problems("lib/srs/x.ts", 'import { prisma } from "../db/client";\nexport const p = prisma;\n'),
    ).toEqual(rule("boundaries/alias-across-modules"));
  });

  it("while server code may use them", async () => {
    expect(await problems("lib/server/x.ts", framework)).toEqual([]);
    expect(
      await problems("lib/db/x.ts", 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n'),
    ).toEqual([]);
  });
});

describe("raw SQL", () => {
  const tagged = 'import { prisma } from "@/lib/db/client";\nexport const rows = () => prisma.$queryRaw`SELECT 1`;\n';
  const unsafe =
    'export const run = (tx: { $executeRawUnsafe(sql: string): Promise<number> }) => tx.$executeRawUnsafe("SELECT 1");\n';

  it("is refused outside lib/db, scripts/ and tests/", async () => {
    expect(await problems("lib/server/x.ts", tagged)).toEqual(rule("no-restricted-syntax"));
    expect(await problems("app/x.ts", unsafe)).toEqual(rule("no-restricted-syntax"));
  });

  it("is allowed in lib/db, scripts/ and tests/", async () => {
    expect(await problems("lib/db/sql/x.ts", tagged)).toEqual([]);
    expect(await problems("scripts/x.ts", unsafe)).toEqual([]);
    expect(await problems("tests/integration/x.test.ts", tagged)).toEqual([]);
  });
});

describe("components/", () => {
  it("import no app/, lib/auth, lib/db, nor values from lib/server", async () => {
    expect(
      await problems(
        "components/x.tsx",
        'import { reportItem } from "@/app/report-item";\nexport const r = reportItem;\n',
      ),
    ).toEqual(rule("no-restricted-imports"));
    expect(
      await problems(
        "components/x.tsx",
        'import { requireUser } from "@/lib/auth/session";\nexport const r = requireUser;\n',
      ),
    ).toEqual(rule("no-restricted-imports"));
    expect(
      await problems(
        "components/x.tsx",
        'import { AppError } from "@/lib/server/app-error";\nexport const e = AppError;\n',
      ),
    ).toEqual(rule("no-restricted-imports"));
  });

  it("may import view types from lib/server", async () => {
    const view =
      'import type { QuestionView } from "@/lib/server/questions/question-view";\nexport type V = QuestionView;\n';
    expect(await problems("components/x.tsx", view)).toEqual([]);
  });

  it("while app/ may import app/", async () => {
    expect(
      await problems("app/x.tsx", 'import { reportItem } from "@/app/report-item";\nexport const r = reportItem;\n'),
    ).toEqual([]);
  });
});

describe("lib/", () => {
  it("imports no app/", async () => {
    expect(
      await problems(
        "lib/server/x.ts",
        'import { setLanguage } from "@/app/set-language";\nexport const s = setLanguage;\n',
      ),
    ).toEqual(rule("no-restricted-imports"));
  });
});

describe("core modules from outside", () => {
  const use = (specifier: string) => `import * as m from "${specifier}";\nexport const y = m;\n`;

  it("are imported through their index", async () => {
    expect(await problems("app/x.tsx", use("@/lib/srs/day"))).toEqual(rule("boundaries/core-through-index"));
    expect(await problems("lib/server/x.ts", use("@/lib/content/localized"))).toEqual(
      rule("boundaries/core-through-index"),
    );
    expect(await problems("lib/sim/ec2/x.ts", use("@/lib/content/schema"))).toEqual(
      rule("boundaries/core-through-index"),
    );
    expect(await problems("lib/exam/x.ts", use("@/lib/content/schema"))).toEqual(rule("boundaries/core-through-index"));
  });

  it("leave code bound for the browser free to import the one core file it needs (an index would bring zod along)", async () => {
    expect(await problems("components/x.tsx", use("@/lib/sim/iam/evaluate"))).toEqual([]);
    expect(await problems("app/x.tsx", `"use client";\n${use("@/lib/srs/day")}`)).toEqual([]);
  });

  it("let the simulators share their internals (ec2 is built on ebs's block store)", async () => {
    expect(await problems("lib/sim/ec2/x.ts", use("../ebs/outcome"))).toEqual([]);
  });

  it("allow a simulator's index, an i18n catalogue, and any path from inside the module", async () => {
    expect(await problems("app/x.tsx", use("@/lib/srs"))).toEqual([]);
    expect(await problems("app/x.tsx", use("@/lib/sim/iam"))).toEqual([]);
    expect(await problems("components/x.tsx", use("@/lib/i18n/sim-messages"))).toEqual([]);
    expect(await problems("lib/srs/x.ts", use("./day"))).toEqual([]);
    expect(await problems("lib/sim/iam/x.ts", use("./evaluate"))).toEqual([]);
  });

  it("are not policed in tests and scripts", async () => {
    expect(await problems("tests/unit/srs/x.test.ts", use("@/lib/srs/day"))).toEqual([]);
    expect(await problems("scripts/x.ts", use("@/lib/sim/iam/evaluate"))).toEqual([]);
  });
});

describe("scripts/check-cycles.mjs", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function tree(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), "cycles-"));
    dirs.push(dir);
    for (const [file, code] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), code);
    }
    return dir;
  }
  const run = (dir: string) =>
    spawnSync(process.execPath, [path.join(ROOT, "scripts/check-cycles.mjs"), dir], { encoding: "utf8" });

  it("fails on folders under lib/ and simulators under lib/sim/ that import each other", async () => {
    const result = run(
      tree({
        "lib/content/a.ts": 'import type { B } from "@/lib/sim";\nexport type A = B;\n',
        "lib/sim/index.ts": 'export type { B } from "./b";\n',
        "lib/sim/b.ts": 'import type { A } from "../content/a";\nexport type B = A;\n',
        "lib/sim/ec2/index.ts": 'import "../ebs/volume";\n',
        "lib/sim/ebs/volume.ts": 'import "@/lib/sim/ec2";\n',
      }),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Folder cycle under lib/: lib/content, lib/sim");
    expect(result.stderr).toContain("Folder cycle under lib/sim/: lib/sim/ebs, lib/sim/ec2");
  });

  it("passes an acyclic tree, where a parent's index may gather its children", async () => {
    const result = run(
      tree({
        "lib/content/a.ts": 'import "@/lib/sim";\n',
        "lib/sim/index.ts": 'import "./iam";\n',
        "lib/sim/types.ts": "export type T = 1;\n",
        "lib/sim/iam/index.ts": 'import "../types";\n',
      }),
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});
