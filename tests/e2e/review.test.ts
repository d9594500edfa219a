import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signUpInBrowser } from "./support/sign-up";

const baseUrl = inject("baseUrl");
const password = "a long enough password";
let browser: Browser;

async function signUp(page: Page, email: string) {
  await signUpInBrowser(page, email, password);
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

const counts = (page: Page) => page.getByText(/^Due \d+ · New \d+ · Learning \d+$/);
const front = (page: Page) => page.getByRole("region", { name: "Question" });

describe("a review session with the keyboard alone", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("refuses an out-of-range retention with a clear message, then saves a small new-card limit", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUp(page, `e2e-settings-${Date.now()}@example.com`);
    await page.goto(`${baseUrl}/settings`);
    await page.getByLabel("Desired retention").fill("0.99");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Desired retention must be between 0.70 and 0.97.").waitFor();
    await page.getByLabel("Desired retention").fill("0.95");
    await page.getByText("At 0.95, intervals are about 40% of those at 0.90.").waitFor();
    await page.getByLabel("Time zone").fill("Mars/Base");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText(/IANA time zone name/).waitFor();
    await page.getByLabel("Time zone").fill("Europe/Berlin");
    await page.getByLabel("New cards per day").fill("3");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").getByText("Settings saved.").waitFor();
    await page.reload();
    await expect(page.getByLabel("New cards per day").inputValue()).resolves.toBe("3");
    await expect(page.getByLabel("Time zone").inputValue()).resolves.toBe("Europe/Berlin");
    await context.close();
  });

  it("reveals, grades, survives a reload, undoes a grade and finishes the session", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUp(page, `e2e-review-${Date.now()}@example.com`);
    await page.goto(`${baseUrl}/settings`);
    await page.getByLabel("New cards per day").fill("2");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByRole("status").getByText("Settings saved.").waitFor();

    await page.goto(`${baseUrl}/review`);
    await expect(counts(page).textContent()).resolves.toBe("Due 0 · New 2 · Learning 0");
    const firstFront = await front(page).textContent();
    await page.keyboard.press("Space");
    const grades = page.getByRole("group", { name: "How well did you remember?" });
    await grades.waitFor();
    expect((await grades.getByRole("button").allTextContents()).map((s) => s.replace(/\s+/g, " "))).toEqual([
      "1Again1m",
      "2Hard6m",
      "3Good10m",
      expect.stringMatching(/^4Easy\d+d$/),
    ]);
    await page.keyboard.press("3");
    await counts(page).getByText("Due 0 · New 1 · Learning 1").waitFor();
    const secondFront = await front(page).textContent();
    expect(secondFront).not.toBe(firstFront);

    // A reload mid-way comes back to the same place.
    await page.reload();
    await counts(page).getByText("Due 0 · New 1 · Learning 1").waitFor();
    await expect(front(page).textContent()).resolves.toBe(secondFront);

    // Grade, then undo with "u": the same card comes back, as new, and the count is restored.
    await page.keyboard.press("Enter");
    await grades.waitFor();
    await page.keyboard.press("1");
    await counts(page).getByText("Due 0 · New 0 · Learning 2").waitFor();
    await page.keyboard.press("u");
    await page.getByText("Last grade undone").waitFor();
    await counts(page).getByText("Due 0 · New 1 · Learning 1").waitFor();
    await expect(front(page).textContent()).resolves.toBe(secondFront);
    await expect(page.getByText("New card", { exact: true }).isVisible()).resolves.toBe(true);

    // Good on both new cards, then Good again on each as the 20-minute learn-ahead brings them back.
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Space");
      await grades.waitFor();
      await page.keyboard.press("3");
      await grades.waitFor({ state: "detached" });
    }
    await page.getByText(/^Nothing to review right now\. Next card: \d+d$/).waitFor();
    await expect(counts(page).textContent()).resolves.toBe("Due 0 · New 0 · Learning 0");

    // The undo button works too, for the last grade.
    await page.getByRole("button", { name: /Undo/ }).click();
    await page.getByText("Last grade undone").waitFor();
    await grades.waitFor({ state: "detached" });
    await expect(counts(page).textContent()).resolves.toBe("Due 0 · New 0 · Learning 1");
    await page.getByRole("button", { name: /Report this card/ }).waitFor();
    await context.close();
  });
});
