import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signUpInBrowser } from "./support/sign-up";

const baseUrl = inject("baseUrl");
let browser: Browser;

async function signUp(page: Page, email: string) {
  await signUpInBrowser(page, email, "a long enough password");
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

/** Picks as many options as the legend asks for, by their letter keys, and submits with Enter. */
async function pickAndSubmit(page: Page) {
  const legend = (await page.locator("legend").first().textContent()) ?? "";
  const picks = Number(/Select (\d)/.exec(legend)?.[1] ?? 1);
  for (const key of ["a", "b", "c", "d", "e"].slice(0, picks)) await page.keyboard.press(key);
  await page.keyboard.press("Enter");
}

async function answerWithKeys(page: Page) {
  await pickAndSubmit(page);
  await page
    .getByRole("status")
    .getByText(/^(Correct|Incorrect) · Answer: [A-H]/)
    .waitFor();
}

describe("the daily quiz with the keyboard alone", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("answers every question, resumes after a reload, ends with explanations and a streak, then reviews a question", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUp(page, `e2e-daily-${Date.now()}@example.com`);
    await page.goto(`${baseUrl}/settings`);
    await page.getByLabel("Daily quiz questions").fill("3");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").getByText("Settings saved.").waitFor();

    await page.goto(`${baseUrl}/daily`);
    await page.getByText("Question 1 of 3", { exact: true }).waitFor();
    await page.getByText("Daily streak: 0").waitFor();
    expect(await page.content()).not.toMatch(/isCorrect|explanation/i);
    const firstStem = await page.locator("fieldset").first().getAttribute("aria-describedby");

    await answerWithKeys(page);
    await page.keyboard.press("Enter");
    await page.getByText("Question 2 of 3", { exact: true }).waitFor();
    expect(await page.locator("fieldset").first().getAttribute("aria-describedby")).not.toBe(firstStem);
    await answerWithKeys(page);

    // Reload before moving on: the quiz resumes at the first unanswered question, the same set as before.
    await page.reload();
    await page.getByText("Question 3 of 3", { exact: true }).waitFor();
    await answerWithKeys(page);
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { name: "Results" }).waitFor();
    await page.getByText(/^\d of 3 correct · Today's quiz is done/).waitFor();
    await page.getByText("Daily streak: 1").waitFor();
    const results = page.locator("section[aria-labelledby=daily-results] ol > li");
    expect(await results.count()).toBe(3);
    for (let i = 0; i < 3; i++) {
      const options = await results.nth(i).locator("ul").first().locator("li").count();
      expect(options).toBeGreaterThanOrEqual(4);
    }

    await page.reload();
    await page.getByRole("heading", { name: "Results" }).waitFor();
    await page.getByText("Daily streak: 1").waitFor();

    // The answered questions are now in learning; with no new cards allowed, the review session brings them up.
    await page.goto(`${baseUrl}/settings`);
    await page.getByLabel("New cards per day").fill("0");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").getByText("Settings saved.").waitFor();
    await page.goto(`${baseUrl}/review`);
    await page.getByText(/^Due \d · New 0 · Learning \d$/).waitFor();
    expect(await page.content()).not.toMatch(/isCorrect|explanation/i);
    const stem = await page.locator("fieldset").first().getAttribute("aria-describedby");
    await pickAndSubmit(page);
    const recorded = page.getByRole("status").getByText(/^Recorded as (Again|Good)\. Next review in \d+m$/);
    await recorded.waitFor();
    if ((await recorded.textContent())?.includes("Good")) {
      await page.keyboard.press("4");
      await page.getByRole("status").getByText("Recorded as Easy").waitFor();
    }
    // Undo brings the same question back, unanswered.
    await page.keyboard.press("u");
    await page.getByText("Last grade undone").waitFor();
    await expect(page.locator("fieldset").first().getAttribute("aria-describedby")).resolves.toBe(stem);
    await page.getByRole("button", { name: "Check answer" }).waitFor();
    await pickAndSubmit(page);
    await recorded.waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Check answer" }).waitFor();
    await context.close();
  });
});
