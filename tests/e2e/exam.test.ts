import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { examRoomMessages } from "@/lib/i18n/exam-messages";
import { launchBrowser } from "./support/browser";
import { signUpInBrowser } from "./support/sign-up";

const baseUrl = inject("baseUrl");
let browser: Browser;

async function signUp(page: Page, label: string) {
  await signUpInBrowser(page, `${label}-${Date.now()}@example.com`, "a long enough password");
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** Answers the item on screen with the first options it asks for; returns how many it asked for. */
async function answerShown(page: Page): Promise<number> {
  const legend = (await page.locator("fieldset legend").textContent()) ?? "";
  const picks = Number(/Select (\d)/.exec(legend)?.[1] ?? 1);
  const options = page.locator("fieldset input");
  for (let i = 0; i < picks; i++) await options.nth(i).check();
  return picks;
}

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
async function accessibilityProblems(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`,
    );
}

/** Moves an attempt's server deadline into the past, as if its time ran out while nobody was looking. */
async function expireAttempt(attemptId: string) {
  const db = createDb(inject("databaseUrl"), 1);
  try {
    await db.examAttempt.update({
      where: { id: attemptId },
      data: { startedAt: new Date(Date.now() - 40 * 60_000), deadline: new Date(Date.now() - 10 * 60_000) },
    });
  } finally {
    await db.$disconnect();
  }
}

/** The Korean stem of an attempt's first question, read from the database. */
async function firstKoreanStem(attemptId: string): Promise<string> {
  const db = createDb(inject("databaseUrl"), 1);
  try {
    const first = await db.examResponse.findFirstOrThrow({
      where: { attemptId, position: 0 },
      select: { questionId: true },
    });
    return (await db.question.findUniqueOrThrow({ where: { id: first.questionId }, select: { stemKo: true } })).stemKo;
  } finally {
    await db.$disconnect();
  }
}

async function saved(page: Page) {
  await page.locator("#exam-save-status", { hasText: /^Saved$/ }).waitFor();
}

describe("timed exams in the browser", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("takes a short drill: answers, flags, survives a reload, reviews, submits and reads the report, with no key sent before submission", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUp(page, "e2e-exam");

    // Every document, RSC and server-action response until the learner submits.
    const bodies: { url: string; body: string }[] = [];
    let capturing = true;
    page.on("response", async (response) => {
      if (!capturing || !["document", "fetch", "xhr"].includes(response.request().resourceType())) return;
      const body = await response.text().catch(() => "");
      bodies.push({ url: response.url(), body });
    });

    const scripts: Promise<string>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.text().catch(() => ""));
    });

    await page.goto(`${baseUrl}/exams`);
    await expect(page.getByText("covers every task statement of both exam guides").isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "Start: EC2 drill" }).click();
    await page.getByRole("button", { name: "Start now" }).click(); // the timer cannot be paused: starting asks first
    await page.waitForURL(/\/exams\/[a-z0-9]+$/);
    const roomUrl = page.url();
    await page.getByText("Question 1 of 20").waitFor();
    // The server hands the room its texts in one language: no script carries the other language's catalogue.
    const shipped = (await Promise.all(scripts)).join("\n");
    expect(Object.values(examRoomMessages("ko")).filter((text) => shipped.includes(text))).toEqual([]);
    const firstStem = ((await page.locator("#exam-question-stem").textContent()) ?? "").trim();
    // And the questions in one language: no response before submission carries the first item's Korean stem.
    const koreanStem = await firstKoreanStem(roomUrl.split("/").at(-1) ?? "");
    const hangulRun = koreanStem.match(/[\uac00-\ud7a3][\uac00-\ud7a3 ]{7,}/)?.[0] ?? "";
    expect(hangulRun.length).toBeGreaterThanOrEqual(8);
    await expect(page.getByRole("timer").textContent()).resolves.toMatch(/^(30:00|29:\d\d)$/);

    const firstPicks = await answerShown(page);
    if (firstPicks > 1) {
      // "Select N" is enforced: the remaining boxes are disabled once N are ticked.
      await expect(page.locator("fieldset input:not(:checked)").first().isDisabled()).resolves.toBe(true);
    }
    await saved(page);
    await expect(accessibilityProblems(page)).resolves.toEqual([]);
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("Question 2 of 20").waitFor();
    await answerShown(page);
    await page.getByRole("button", { name: "Flag for review" }).click();
    await expect(page.getByRole("button", { name: "Remove flag" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await saved(page);
    await page.getByRole("button", { name: /^Question 5, Unanswered/ }).click();
    await page.getByText("Question 5 of 20").waitFor();
    await saved(page);

    await page.reload();
    await page.getByText("Question 5 of 20").waitFor();
    expect(page.url()).toBe(roomUrl);
    await expect(page.getByRole("button", { name: "Question 1, Answered" }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "Question 2, Answered, Flagged" }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "Question 3, Unanswered" }).count()).resolves.toBe(1);

    await page.getByRole("button", { name: "Review and submit" }).click();
    await page.getByRole("heading", { name: "Review before submitting" }).waitFor();
    await page.getByText("Answered 2 · Unanswered 18 · Flagged 1").waitFor();
    await expect(accessibilityProblems(page)).resolves.toEqual([]);
    await page.getByRole("button", { name: /^Question 2, / }).click();
    await page.getByText("Question 2 of 20").waitFor();
    await page.getByRole("button", { name: "Review and submit" }).click();
    capturing = false;
    const englishRun = firstStem.match(/[A-Za-z][A-Za-z ]{15,}/)?.[0] ?? "";
    expect(bodies.some((b) => b.url === roomUrl && englishRun.length > 0 && b.body.includes(englishRun))).toBe(true);
    expect(bodies.filter((b) => b.body.includes(hangulRun)).map((b) => b.url)).toEqual([]);
    await page.getByRole("button", { name: "Submit exam" }).click();

    await page.waitForURL(/\/result$/);
    await page.getByRole("heading", { level: 1, name: /Score report/ }).waitFor();
    await expect(
      page
        .getByText(/of 20 \(/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await page.getByRole("heading", { name: "Results by topic" }).waitFor();
    await expect(
      page
        .getByText(/Meets Competencies|Needs Improvement/)
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    const items = page.locator("[data-testid=item-review]");
    await expect(items.count()).resolves.toBe(20);
    await expect(items.nth(1).locator("summary").textContent()).resolves.toContain("Flagged");
    await expect(items.filter({ hasText: "Unanswered" }).count()).resolves.toBe(18);
    await expect(page.getByRole("heading", { name: "Sources" }).first().isVisible()).resolves.toBe(true);
    await expect(accessibilityProblems(page)).resolves.toEqual([]);

    // The report now shows every explanation; none of them, and no key field, appeared in any earlier response.
    const explanations = (await page.locator("[data-testid=item-review] li p").allTextContents())
      .map((s) => s.trim())
      .filter((s) => s.length > 20);
    expect(explanations.length).toBeGreaterThanOrEqual(80);
    expect(bodies.length).toBeGreaterThan(5);
    // The capture works: the room's own question reached the browser through it.
    const probe = /[A-Za-z0-9 ,-]{16,}/.exec(firstStem)?.[0].slice(0, 16) ?? firstStem;
    expect(bodies.some(({ body }) => body.includes(probe))).toBe(true);
    for (const { url, body } of bodies) {
      expect(body, url).not.toMatch(/isCorrect|"correct"|explanation/i);
      for (const text of explanations) expect(body.includes(text), `${url} leaks "${text.slice(0, 40)}…"`).toBe(false);
    }

    // The room of a submitted exam sends the learner to the report.
    await page.goto(roomUrl);
    await page.waitForURL(/\/result$/);
    await page.goto(`${baseUrl}/exams/history`);
    await page.getByRole("link", { name: "Score report" }).first().waitFor(); // the history streams in after its loading state
    await expect(page.getByRole("link", { name: "Score report" }).count()).resolves.toBe(1);
    await context.close();
  });

  it("starts an SAA-C03-style exam of 65 questions in the blueprint's domain proportion", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUp(page, "e2e-saa");
    await page.goto(`${baseUrl}/exams`);
    await page.getByRole("button", { name: "Start: SAA-C03-style mock exam" }).click();
    await page.getByRole("button", { name: "Start now" }).click(); // the timer cannot be paused: starting asks first
    await page.getByText("Question 1 of 65").waitFor();
    await expect(page.getByRole("timer").textContent()).resolves.toMatch(/^2:(10:00|09:\d\d)$/);
    await expect(page.locator("nav[aria-label=Questions] li button").count()).resolves.toBe(65);

    await page.getByRole("button", { name: "Review and submit" }).click();
    await page.getByRole("button", { name: "Submit exam" }).click();
    await page.waitForURL(/\/result$/);
    await page.getByRole("heading", { name: "Results by domain" }).waitFor();
    const domains = await page.locator("section[aria-labelledby=domains-heading] li").allTextContents();
    const totals = domains.map((text) => Number(/\(0\/(\d+)\)/.exec(text)?.[1]));
    // 65 by weights 30/26/24/20 with largest remainders: 19, 17, 16, 13.
    expect(domains.map((text) => text.split("Needs")[0]?.trim())).toEqual([
      "Design Secure Architectures",
      "Design Resilient Architectures",
      "Design High-Performing Architectures",
      "Design Cost-Optimized Architectures",
    ]);
    expect(totals).toEqual([19, 17, 16, 13]);
    await expect(page.getByTestId("verdict").textContent()).resolves.toBe("Fail");
    await expect(page.getByText(/^An estimate:/).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("refuses an answer after the server's deadline and scores an exam left open past it", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUp(page, "e2e-deadline");
    await page.goto(`${baseUrl}/exams`);
    await page.getByRole("button", { name: "Start: IAM drill" }).click();
    await page.getByRole("button", { name: "Start now" }).click(); // the timer cannot be paused: starting asks first
    await page.waitForURL(/\/exams\/[a-z0-9]+$/);
    const attemptId = page.url().split("/").pop() ?? "";
    await page.getByText("Question 1 of 20").waitFor();
    const picks = await answerShown(page);
    await saved(page);
    const firstAnswer = ["A", "B", "C"].slice(0, picks).join(", ");

    // The page still shows time left, but the server's deadline has passed: changing the answer is refused.
    await expireAttempt(attemptId);
    const options = page.locator("fieldset input");
    if (picks === 1) await options.last().check();
    else await options.first().uncheck();
    await page.waitForURL(/\/result$/);
    await page.getByText("Submitted automatically at the deadline.").waitFor();
    const items = page.locator("[data-testid=item-review]");
    await expect(items.nth(0).locator("summary").textContent()).resolves.toMatch(/Correct|Incorrect/);
    await expect(items.nth(0).getByText(`Your answer: ${firstAnswer}`).count()).resolves.toBe(1);
    await expect(items.filter({ hasText: "Unanswered" }).count()).resolves.toBe(19);

    // Another exam, left open with the tab closed: the next visit to the history finds it scored.
    await page.goto(`${baseUrl}/exams`);
    await page.getByRole("button", { name: "Start: EFS drill" }).click();
    await page.getByRole("button", { name: "Start now" }).click(); // the timer cannot be paused: starting asks first
    await page.waitForURL(/\/exams\/[a-z0-9]+$/);
    const leftOpen = page.url().split("/").pop() ?? "";
    await page.getByText("Question 1 of 20").waitFor();
    await page.goto(`${baseUrl}/exams/history`);
    await page.getByRole("link", { name: "Resume" }).waitFor(); // the history streams in after its loading state
    await expect(page.getByRole("link", { name: "Resume" }).count()).resolves.toBe(1);
    await expireAttempt(leftOpen);
    await page.reload();
    await page.getByText("(submitted at the deadline)").first().waitFor();
    await expect(page.getByRole("link", { name: "Resume" }).count()).resolves.toBe(0);
    await expect(page.getByText("(submitted at the deadline)").count()).resolves.toBe(2);
    await context.close();
  });
  it("asks before starting, and discards an exam without touching the review queue", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUp(page, "e2e-discard");
    await page.goto(`${baseUrl}/review`);
    const counts = page.getByText(/^Due \d+ · New \d+ · Learning \d+$/);
    await counts.waitFor();
    const before = await counts.textContent();

    await page.goto(`${baseUrl}/exams`);
    await page.getByRole("button", { name: "Start: EBS drill" }).click();
    // The first click only asks; Cancel leaves no attempt behind.
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("link", { name: "Resume" }).count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Start: EBS drill" }).click();
    await page.getByRole("button", { name: "Start now" }).click();
    await page.waitForURL(/\/exams\/[a-z0-9]+$/);
    for (let i = 0; i < 3; i++) {
      await page.getByText(`Question ${i + 1} of 20`).waitFor();
      await answerShown(page);
      await page.getByRole("button", { name: "Next", exact: true }).click();
    }
    await page.getByRole("button", { name: "Review and submit" }).click();
    await page.getByRole("button", { name: "Discard exam" }).click();
    await page.getByRole("button", { name: "Discard", exact: true }).click();
    await page.waitForURL(`${baseUrl}/exams`);
    await page.goto(`${baseUrl}/exams/history`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await expect(page.getByRole("link", { name: "Resume" }).count()).resolves.toBe(0);
    await page.goto(`${baseUrl}/review`);
    await counts.waitFor();
    await expect(counts.textContent()).resolves.toBe(before);
    await context.close();
  });
});
