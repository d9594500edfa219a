import { describe, expect, it } from "vitest";
import { formatIssue, parseContentFile, summarizeBank, TOPIC_IDS } from "@/lib/content";
import { bankOf, flashcardData, multipleQuestionData, questionData } from "../../support/content-fixtures";

const FILE = "content/ec2/sample.yaml";

describe("content validation", () => {
  it("accepts a well-formed question and flashcard and tags them with the folder's topic", () => {
    const parsed = parseContentFile(FILE, {
      questions: [questionData("ec2-ok")],
      flashcards: [flashcardData("ec2-card")],
    });
    expect(parsed.issues).toEqual([]);
    expect(parsed.questions.map((q) => [q.id, q.topic])).toEqual([["ec2-ok", "ec2"]]);
    expect(parsed.flashcards.map((c) => [c.id, c.topic])).toEqual([["ec2-card", "ec2"]]);
  });

  it("names the file, the item id and the field of a missing translation", () => {
    const broken = questionData("ec2-missing-en", { stem: { ko: "한국어만 있음" } });
    const [issue] = parseContentFile(FILE, { questions: [broken] }).issues;
    expect(issue).toMatchObject({ file: FILE, id: "ec2-missing-en", field: "stem.en" });
    expect(formatIssue(issue!)).toMatch(/^content\/ec2\/sample\.yaml: ec2-missing-en: stem\.en: /);
  });

  it("keeps valid siblings when one item fails, so a report lists every problem", () => {
    const parsed = parseContentFile(FILE, { questions: [questionData("ec2-good"), { id: "ec2-bad" }] });
    expect(parsed.questions.map((q) => q.id)).toEqual(["ec2-good"]);
    expect(new Set(parsed.issues.map((i) => i.id))).toEqual(new Set(["ec2-bad"]));
  });

  it("refuses a single-response question with two keys", () => {
    const q = questionData("ec2-two-keys");
    q.choices[0]!.correct = true;
    expect(parseContentFile(FILE, { questions: [q] }).issues[0]).toMatchObject({
      field: "choices",
      id: "ec2-two-keys",
    });
  });

  it("requires `select` to match the number of keys in a multiple-response question", () => {
    expect(parseContentFile(FILE, { questions: [multipleQuestionData("ec2-multi")] }).issues).toEqual([]);
    const wrong = { ...multipleQuestionData("ec2-multi-3"), select: 3 };
    expect(parseContentFile(FILE, { questions: [wrong] }).issues[0]?.message).toMatch(
      /select is 3 but 2 choices are correct/,
    );
  });

  it("rejects a domain that is not in the tagged exam's blueprint", () => {
    const q = questionData("ec2-bad-domain", { exams: [{ exam: "CLF-C02", domain: "resilient", task: "2.1" }] });
    expect(parseContentFile(FILE, { questions: [q] }).issues[0]).toMatchObject({ field: "exams.0.domain" });
  });

  it("requires every exam tag to name a task statement of its domain (issue #16)", () => {
    const issuesFor = (tag: Record<string, string>) =>
      parseContentFile(FILE, { questions: [questionData("ec2-task", { exams: [tag] })] }).issues;
    expect(issuesFor({ exam: "SAA-C03", domain: "resilient", task: "2.2" })).toEqual([]);
    expect(issuesFor({ exam: "SAA-C03", domain: "resilient" })).toEqual([
      expect.objectContaining({
        field: "exams.0.task",
        message: "a task statement number such as 2.3 is required (see lib/content/exams.ts)",
      }),
    ]);
    expect(issuesFor({ exam: "SAA-C03", domain: "resilient", task: "3.2" })).toEqual([
      expect.objectContaining({
        field: "exams.0.task",
        message: expect.stringMatching(/not a task statement of that domain/),
      }),
    ]);
    expect(issuesFor({ exam: "CLF-C02", domain: "technology-services", task: "3.9" })[0]).toMatchObject({
      field: "exams.0.task",
    });
    expect(issuesFor({ exam: "CLF-C02", domain: "technology-services", task: "three" })[0]?.message).toBe(
      "must be a task statement number such as 2.3",
    );
  });

  it("requires at least one source", () => {
    const q = questionData("ec2-no-source", { sources: [] });
    expect(parseContentFile(FILE, { questions: [q] }).issues[0]).toMatchObject({ field: "sources" });
  });

  it("shows learners only https links: a study note or a plain-http page is not a source (issue #12)", () => {
    const issuesOf = (sources: unknown[]) =>
      parseContentFile(FILE, { questions: [questionData("ec2-sources", { sources })] }).issues;
    const seed = issuesOf([{ seed: "002_d155fbd9b9a97017.txt", note: "30초 간격" }]);
    expect(seed.map((i) => i.message)).toContain("a source is only {title, url}; study notes go in `provenance`");
    const http = issuesOf([{ title: "EC2 User Guide", url: "http://docs.aws.amazon.com/AWSEC2/latest/UserGuide/" }]);
    expect(http[0]).toMatchObject({ field: "sources.0.url", message: "must be an https URL" });
    const elsewhere = issuesOf([{ title: "A blog post", url: "https://example.com/ec2" }]);
    expect(elsewhere[0]?.message).toMatch(/AWS page/);
  });

  it("keeps where an item came from in `provenance`, apart from its sources", () => {
    const card = flashcardData("ec2-noted", { provenance: [{ seed: "002_d155fbd9b9a97017.txt", note: "메모" }] });
    const parsed = parseContentFile(FILE, { flashcards: [card] });
    expect(parsed.issues).toEqual([]);
    expect(parsed.flashcards[0]?.sources.every((s) => s.url.startsWith("https://"))).toBe(true);
    const wrong = flashcardData("ec2-bad-note", { provenance: [{ seed: "notes.txt" }] });
    expect(parseContentFile(FILE, { flashcards: [wrong] }).issues[0]).toMatchObject({ field: "provenance.0.seed" });
  });

  it("requires checkedAt as a YYYY-MM-DD date, and timeSensitive kinds from the list", () => {
    const missing = questionData("ec2-unchecked", { checkedAt: undefined });
    expect(parseContentFile(FILE, { questions: [missing] }).issues[0]).toMatchObject({ field: "checkedAt" });
    const loose = flashcardData("ec2-loose-date", { checkedAt: "Dec 2026" });
    expect(parseContentFile(FILE, { flashcards: [loose] }).issues[0]).toMatchObject({ field: "checkedAt" });
    const kinds = questionData("ec2-kinds", { timeSensitive: ["price", "rumour"] });
    expect(parseContentFile(FILE, { questions: [kinds] }).issues[0]).toMatchObject({ field: "timeSensitive.1" });
    const priced = questionData("ec2-priced", { timeSensitive: ["price", "date"] });
    expect(parseContentFile(FILE, { questions: [priced] }).issues).toEqual([]);
  });

  it("requires a scenario to map every choice", () => {
    const q = questionData("ec2-partial-scenario", {
      scenario: { sim: "sg", input: {}, outcome: { a: { path: "verdict", equals: "allowed" } } },
    });
    expect(parseContentFile(FILE, { questions: [q] }).issues[0]?.message).toMatch(/must map every choice/);
  });

  it("rejects files outside a known topic folder", () => {
    expect(parseContentFile("content/lightsail/x.yaml", { questions: [] }).issues[0]?.message).toMatch(/known topic/);
  });

  it("reports an id used twice across files and keeps the first", () => {
    const bank = bankOf({
      "content/ec2/a.yaml": { questions: [questionData("ec2-dup")] },
      "content/ebs/b.yaml": { flashcards: [flashcardData("ec2-dup")] },
    });
    expect(bank.questions).toHaveLength(1);
    expect(bank.flashcards).toHaveLength(0);
    expect(bank.issues[0]).toMatchObject({ file: "content/ebs/b.yaml", id: "ec2-dup", field: "id" });
  });

  it("summarises counts per topic in the shape content:check --json prints", () => {
    const bank = bankOf({
      "content/ec2/a.yaml": {
        questions: [questionData("ec2-one"), multipleQuestionData("ec2-two")],
        flashcards: [flashcardData("ec2-c")],
      },
      "content/iam/b.yaml": { flashcards: [flashcardData("iam-c")] },
    });
    const zero = Object.fromEntries(TOPIC_IDS.map((topic) => [topic, 0]));
    expect(summarizeBank(bank)).toEqual({
      questions: { ...zero, ec2: 2 },
      flashcards: { ...zero, ec2: 1, iam: 1 },
      scenarioBacked: zero,
      languages: ["ko", "en"],
    });
  });
});
