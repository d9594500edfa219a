import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { TOPICS } from "@/lib/content";
import { launchBrowser } from "./support/browser";
import { signUpInBrowser } from "./support/sign-up";

const baseUrl = inject("baseUrl");
const email = `e2e-${Date.now()}@example.com`;
const password = "a long enough password";
let browser: Browser;

describe("a new learner's first session", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("shows the public home page in the browser's language", async () => {
    const korean = await browser.newContext({ locale: "ko-KR" });
    const page = await korean.newPage();
    await page.goto(baseUrl);
    await expect(page.locator("h1").textContent()).resolves.toContain("시뮬레이션");
    expect(await page.locator("h3").allTextContents()).toEqual(TOPICS.map((topic) => topic.name.ko));
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: /Practise/ }).waitFor();
    await page.reload();
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    await korean.close();
  });

  it("signs up, signs out, signs in, answers a question and reads every explanation", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/practice/ec2`);
    await page.waitForURL(/\/sign-in\?callbackUrl=/);

    await signUpInBrowser(page, email, password);
    await page.getByRole("button", { name: "Sign out" }).waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await page.goto(`${baseUrl}/sign-in?callbackUrl=%2Fpractice%2Fec2`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a wrong password");
    await page.getByRole("button", { name: "Sign in" }).click();
    // Next.js renders its own role="alert" route announcer, so look inside the form.
    await page.locator("form [role=alert]").getByText("not correct").waitFor();
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${baseUrl}/practice/ec2`);

    const html = await page.content();
    expect(html).not.toMatch(/isCorrect|explanation/i);
    const options = page.locator("fieldset label");
    const count = await options.count();
    expect(count).toBeGreaterThanOrEqual(4);
    const legend = (await page.locator("legend").textContent()) ?? "";
    const picks = /Select (\d)/.exec(legend)?.[1];
    for (let i = 0; i < Number(picks ?? 1); i++) await options.nth(i).click();
    await page.getByRole("button", { name: "Submit" }).click();
    const status = page.getByRole("status");
    await status.waitFor();
    expect(await status.textContent()).toMatch(/^(Correct|Incorrect) · Answer: [A-H]/);
    expect(await page.locator("section[aria-live] li").count()).toBeGreaterThanOrEqual(count + 1);
    await expect(page.getByRole("heading", { name: "Sources" }).isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "Next question" }).click();
    await page.getByText("1 of").waitFor();
    await context.close();
  });
});
