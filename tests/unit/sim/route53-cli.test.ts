import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function sim(stdin: string) {
  const run = spawnSync("npx", ["tsx", "scripts/sim.ts", "route53", "-"], {
    cwd: ROOT,
    input: stdin,
    encoding: "utf8",
    timeout: 60_000,
  });
  const stderr = run.stderr.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("npm warn"));
  return { status: run.status, stdout: run.stdout, stderr };
}

const question = { name: "www.example.com", type: "A" };
const record = { name: "www.example.com", type: "A", ttl: 60, values: ["192.0.2.1"] };

describe("npm run sim -- route53 (SIM_CONTRACT.md, the command)", { timeout: 60_000 }, () => {
  it("an array: answers, a rejected batch with atRecord, and an input error element, in order, exit 0", () => {
    const inputs = [
      { zone: "example.com", records: [record], question },
      { zone: "example.com", records: [record, record], question },
      { zone: "example.com", records: [{ ...record, routing: "weighted", setIdentifier: "w" }], question },
      { query: "limits" },
    ];
    const run = sim(JSON.stringify(inputs));
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(results[0]).toMatchObject({ rcode: "NOERROR", answers: ["192.0.2.1"], ttl: 60, decidedBy: ["#0"] });
    expect(results[1]).toMatchObject({ error: "InvalidChangeBatch", reason: "RECORD_EXISTS", atRecord: 1 });
    expect(results[2]).toEqual({ inputError: "records[0].weight: required for weighted routing" });
    expect(results[3]).toMatchObject({ weightMax: 255, elbAliasTtlSec: 60 });
  });

  it("a single input error: exit 2 and one line naming the field", () => {
    const run = sim(JSON.stringify({ zone: "example.com", records: [{ ...record, tll: 5 }], question }));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toEqual(["records[0].tll: unknown field (not in the contract's vocabulary)"]);
  });
});
