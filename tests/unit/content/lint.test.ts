import { describe, expect, it } from "vitest";
import {
  BANK_MINIMUMS,
  lintBank,
  questionsPerTask,
  scenarioKey,
  stemSimilarity,
  taskCoverageIssues,
  taskStatements,
  type Scenario,
} from "@/lib/content";
import { bankOf, multipleQuestionData, questionData } from "../../support/content-fixtures";

const SIMS = new Set(["sg", "iam", "ebs", "ec2", "elb-asg", "efs"]);
const sgInput = {
  securityGroups: [
    { id: "sg-web", inbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }], outbound: [] },
  ],
  instanceGroups: ["sg-web"],
  traffic: { direction: "inbound", protocol: "tcp", port: 443, source: "198.51.100.7", sourcePort: 50000 },
};

function withScenario(id: string, keyLabel: string, scenario: Scenario) {
  const q = questionData(id, { scenario });
  q.choices.forEach((c) => (c.correct = c.id === keyLabel));
  return q;
}

function issuesFor(id: string, questions: unknown[]) {
  return lintBank(bankOf({ "content/ec2/x.yaml": { questions } }), SIMS, []).filter((i) => i.id === id);
}

describe("bank lint", () => {
  it("verifies an outcome scenario's key with the simulator and names the item when they disagree", () => {
    const scenario: Scenario = {
      sim: "sg",
      input: sgInput,
      outcome: {
        a: { path: "verdict", equals: "allowed" },
        b: { path: "verdict", equals: "blocked-by-sg" },
        c: { path: "verdict", equals: "blocked-by-nacl" },
        d: { path: "verdict", equals: "blocked-by-sg" },
      },
    };
    expect(scenarioKey(scenario)).toMatchObject({ ok: true, key: ["a"] });
    expect(issuesFor("ec2-right", [withScenario("ec2-right", "a", scenario)])).toEqual([]);
    expect(issuesFor("ec2-wrong", [withScenario("ec2-wrong", "b", scenario)])).toEqual([
      expect.objectContaining({
        field: "choices",
        message: expect.stringMatching(/stored key \(b\) disagrees with the sg simulator, which gives \(a\)/),
      }),
    ]);
  });

  it("verifies a fix scenario by running each choice's changes", () => {
    const blocked = { ...sgInput, traffic: { ...sgInput.traffic, port: 22 } };
    const scenario: Scenario = {
      sim: "sg",
      input: blocked,
      fix: {
        path: "verdict",
        equals: "allowed",
        changes: {
          a: [{ set: "traffic.port", value: 80 }],
          b: [
            {
              push: "securityGroups.0.inbound",
              value: { protocol: "tcp", fromPort: 22, toPort: 22, source: "198.51.100.0/24" },
            },
          ],
          c: [
            {
              set: "securityGroups.0.outbound",
              value: [{ protocol: "-1", fromPort: -1, toPort: -1, destination: "0.0.0.0/0" }],
            },
          ],
          d: [],
        },
      },
    };
    expect(scenarioKey(scenario)).toMatchObject({ ok: true, key: ["b"] });
  });

  it("reports a scenario input the simulator rejects", () => {
    const scenario: Scenario = {
      sim: "sg",
      input: { traffic: {} },
      outcome: Object.fromEntries(["a", "b", "c", "d"].map((l) => [l, { path: "verdict", equals: l }])),
    };
    expect(issuesFor("ec2-bad-input", [withScenario("ec2-bad-input", "a", scenario)])[0]).toMatchObject({
      field: "scenario.input",
    });
  });

  it("requires multiple-response stems to say how many to pick in both languages", () => {
    const q = multipleQuestionData("ec2-multi");
    expect(issuesFor("ec2-multi", [q])).toEqual([]);
    const silent = { ...q, stem: { ko: "무엇을 고르시겠습니까?", en: "Which options apply?" } };
    expect(issuesFor("ec2-multi", [silent]).map((i) => i.field)).toEqual(["stem.en", "stem.ko"]);
  });

  it("flags near-duplicate stems but not questions that share a few words", () => {
    const stem =
      "A company runs a web application on EC2 instances behind an Application Load Balancer in two Availability Zones.";
    expect(stemSimilarity(stem, stem.replace("two", "three"))).toBeGreaterThan(0.75);
    expect(
      stemSimilarity(stem, "A company stores nightly backups of EBS volumes and needs them in a second Region."),
    ).toBeLessThan(0.2);
    const a = questionData("ec2-first", { stem: { ko: "가", en: stem } });
    const b = questionData("ec2-second", { stem: { ko: "나", en: stem } });
    expect(issuesFor("ec2-second", [a, b])[0]?.message).toMatch(/near-duplicate of ec2-first/);
  });

  it("enforces per-topic minimums and key-position balance", () => {
    const questions = Array.from({ length: 12 }, (_, i) => questionData(`ec2-q${i}`));
    const topicIssues = lintBank(bankOf({ "content/ec2/x.yaml": { questions } }), SIMS, []).filter(
      (i) => i.file === "content/ec2/",
    );
    const messages = topicIssues.map((i) => i.message).join("\n");
    expect(messages).toMatch(/12 questions; at least 60/);
    expect(messages).toMatch(/0 flashcards; at least 40/);
    expect(messages).toMatch(/0 of 12 questions are multiple response/);
    expect(messages).toMatch(/0 of 12 questions carry a scenario/);
    expect(messages).toMatch(/choice b holds the key in 12 of 12/);
  });
});

describe("task statement coverage (issue #16)", () => {
  const tagged = (id: string, ...exams: { exam: string; domain: string; task: string }[]) =>
    questionData(id, { exams });
  const saa = (task: string, domain: string) => ({ exam: "SAA-C03", domain, task });
  const clf = (task: string, domain: string) => ({ exam: "CLF-C02", domain, task });

  it("lists every task statement of both guides, in the guide's order", () => {
    expect(taskStatements("SAA-C03")).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "2.1",
      "2.2",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "4.1",
      "4.2",
      "4.3",
      "4.4",
    ]);
    expect(taskStatements("CLF-C02")).toHaveLength(19);
    expect(taskStatements("CLF-C02").slice(8, 11)).toEqual(["3.1", "3.2", "3.3"]);
  });

  it("counts a question once under each exam it is tagged for, across topics, and names every statement", () => {
    const bank = bankOf({
      "content/ec2/a.yaml": {
        questions: [tagged("ec2-t1", saa("3.2", "high-performing"), clf("3.3", "technology-services"))],
      },
      "content/iam/b.yaml": {
        questions: [tagged("iam-t1", saa("1.1", "secure")), tagged("iam-t2", saa("1.1", "secure"))],
      },
    });
    const counts = questionsPerTask(bank);
    expect(counts.size).toBe(14 + 19);
    expect(counts.get("SAA-C03 3.2")).toBe(1);
    expect(counts.get("CLF-C02 3.3")).toBe(1);
    expect(counts.get("SAA-C03 1.1")).toBe(2);
    expect(counts.get("SAA-C03 4.4")).toBe(0);
  });

  it("reports each statement with fewer than the minimum as a bank-wide issue on field task", () => {
    const min = BANK_MINIMUMS.questionsPerTask;
    expect(min).toBe(4);
    const questions = [
      ...Array.from({ length: min }, (_, i) => tagged(`ec2-full-${i}`, saa("2.2", "resilient"))),
      ...Array.from({ length: min - 2 }, (_, i) => tagged(`ec2-short-${i}`, saa("3.5", "high-performing"))),
      tagged("ec2-one", clf("3.5", "technology-services")),
    ];
    const issues = taskCoverageIssues(bankOf({ "content/ec2/x.yaml": { questions } }));
    const byStatement = new Map(issues.map((i) => [i.message.split(":")[0], i]));
    expect(byStatement.has("SAA-C03 2.2")).toBe(false);
    expect(byStatement.get("SAA-C03 3.5")).toEqual({
      file: "content/",
      id: null,
      field: "task",
      message: "SAA-C03 3.5: 2 questions; at least 4 are required",
    });
    expect(byStatement.get("CLF-C02 3.5")?.message).toBe("CLF-C02 3.5: 1 question; at least 4 are required");
    expect(byStatement.get("CLF-C02 3.7")?.message).toBe("CLF-C02 3.7: 0 questions; at least 4 are required");
    expect(issues).toHaveLength(14 + 19 - 1);
  });

  it("reports nothing once every statement of both guides holds the minimum", () => {
    const domainOf = (exam: "SAA-C03" | "CLF-C02", task: string) => {
      const saaDomains = ["secure", "resilient", "high-performing", "cost-optimized"];
      const clfDomains = ["cloud-concepts", "security-compliance", "technology-services", "billing-support"];
      return (exam === "SAA-C03" ? saaDomains : clfDomains)[Number(task[0]) - 1]!;
    };
    const questions = (["SAA-C03", "CLF-C02"] as const).flatMap((exam) =>
      taskStatements(exam).flatMap((task) =>
        Array.from({ length: BANK_MINIMUMS.questionsPerTask }, (_, i) =>
          tagged(`ec2-${exam.toLowerCase()}-${task.replace(".", "-")}-${i}`, {
            exam,
            domain: domainOf(exam, task),
            task,
          }),
        ),
      ),
    );
    const bank = bankOf({ "content/ec2/x.yaml": { questions } });
    expect(bank.issues).toEqual([]);
    expect(taskCoverageIssues(bank)).toEqual([]);
  });

  it("is not part of lintBank, so content:check can print short statements as warnings", () => {
    const bank = bankOf({ "content/ec2/x.yaml": { questions: [questionData("ec2-alone")] } });
    expect(taskCoverageIssues(bank).length).toBeGreaterThan(0);
    expect(lintBank(bank, SIMS, []).filter((i) => i.field === "task")).toEqual([]);
  });
});
