import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sim-cli-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function sim(args: string[], stdin?: string) {
  const run = spawnSync("npx", ["tsx", "scripts/sim.ts", ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: "utf8",
    timeout: 60_000,
  });
  // npm may print its own config warnings through npx; only the script's lines matter here.
  const stderr = run.stderr.split("\n").filter((line) => line.trim() !== "" && !line.startsWith("npm warn"));
  return { status: run.status, stdout: run.stdout, stderr };
}

function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === "string" ? content : JSON.stringify(content));
  return target;
}

const allowed = {
  securityGroups: [{ id: "sg-web", inbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }] }],
  traffic: { direction: "inbound", protocol: "tcp", port: 443, source: "198.51.100.7", sourcePort: 50000 },
};
const badCidr = {
  ...allowed,
  securityGroups: [{ id: "sg-web", inbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "10.0.0.0/99" }] }],
};

describe("npm run sim (SIM_CONTRACT.md, the command)", { timeout: 60_000 }, () => {
  it("one input from a file: the result object on stdout, exit 0", () => {
    const run = sim(["sg", file("one.json", allowed)]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: "allowed" });
    expect(run.stderr).toEqual([]);
  });

  it("`-` reads standard input", () => {
    const run = sim(["sg", "-"], JSON.stringify(allowed));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ verdict: "allowed" });
  });

  it("an array gives an array of results in order; an input error element becomes {inputError} and the rest still run", () => {
    const run = sim(["sg", file("many.json", [allowed, badCidr, { query: "naclRuleNumbers" }])]);
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ verdict: "allowed" });
    expect(results[1]).toEqual({ inputError: "securityGroups[0].inbound[0].source: not a CIDR or sg id" });
    expect(results[2]).toMatchObject({ min: 1, max: 32766 });
  });

  it("a single input error: exit 2, one stderr line naming the field, nothing on stdout", () => {
    const run = sim(["sg", file("bad.json", badCidr)]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toEqual(["securityGroups[0].inbound[0].source: not a CIDR or sg id"]);
  });

  it("a simulated AWS error is a normal result with exit 0", () => {
    const ops = [
      { op: "createMountTarget", subnetAz: "us-east-1a" },
      { op: "createMountTarget", subnetAz: "us-east-1a" },
    ];
    const run = sim(["efs", "-"], JSON.stringify({ ops }));
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: "MountTargetConflict", atOp: 1 });
  });

  it("an unknown simulator: exit 2 with one line", () => {
    const run = sim(["rds", file("x.json", {})]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain('unknown simulator "rds"');
  });

  it("an unreadable file: exit 2 with one line", () => {
    const run = sim(["sg", path.join(dir, "missing.json")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain("cannot read");
  });

  it("invalid JSON: exit 2 with one line", () => {
    const run = sim(["efs", file("broken.json", '{"query": ')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toContain("invalid JSON");
  });

  it("missing arguments print the usage and exit 2", () => {
    const run = sim(["sg"]);
    expect(run.status).toBe(2);
    expect(run.stderr[0]).toMatch(/^usage:/);
  });
});
