import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, freshnessIssues, latestDayOnEarth, lintBank, taskCoverageIssues } from "@/lib/content";
import { availableSimulators } from "@/lib/sim";
import { SIM_EXAMPLES } from "@/lib/sim/examples";
import { parseYamlContent, readContentDir } from "@/lib/content-dir";

describe("the repository's content files", () => {
  it("all parse and validate", async () => {
    const bank = await readContentDir(path.resolve(import.meta.dirname, "../../.."));
    expect(bank.issues.map(formatIssue)).toEqual([]);
    expect(bank.questions.length).toBeGreaterThan(0);
  });

  it("pass every bank check: simulator-verified keys, Select N wording, no near-duplicates, balanced keys, minimums, no Lab example giving a scenario away", async () => {
    const bank = await readContentDir(path.resolve(import.meta.dirname, "../../.."));
    expect(availableSimulators().sort()).toEqual(["ebs", "ec2", "efs", "elb-asg", "iam", "route53", "s3", "sg", "vpc"]);
    const examples = Object.values(SIM_EXAMPLES).flat();
    expect(examples.length).toBeGreaterThan(0);
    expect(lintBank(bank, new Set(availableSimulators()), examples).map(formatIssue)).toEqual([]);
    expect(taskCoverageIssues(bank).map(formatIssue)).toEqual([]);
  }, 60_000);

  it("check no fact on a future date (checkedAt)", async () => {
    const bank = await readContentDir(path.resolve(import.meta.dirname, "../../.."));
    expect(freshnessIssues(bank, latestDayOnEarth(new Date())).errors.map(formatIssue)).toEqual([]);
  });

  it("reports YAML syntax errors with the file name", () => {
    const parsed = parseYamlContent("content/ec2/broken.yaml", "questions:\n  - id: [unclosed\n");
    expect(parsed.issues[0]).toMatchObject({ file: "content/ec2/broken.yaml", field: "(yaml)" });
  });

  it("reports a key written twice in one mapping", () => {
    const parsed = parseYamlContent("content/ec2/twice.yaml", "questions: []\nquestions: []\n");
    expect(parsed.issues[0]?.field).toBe("(yaml)");
  });
});
