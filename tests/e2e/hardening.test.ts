import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signUpInBrowser } from "./support/sign-up";

const baseUrl = inject("baseUrl");
const password = "a long enough password";
let browser: Browser;

describe("hardening in the browser", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("stays on this site after signing in, whatever the callback link hides (tab, line feed, carriage return)", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const email = `e2e-redirect-${Date.now()}@example.com`;
    await signUpInBrowser(page, email, password);
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    for (const hidden of ["%09", "%0A", "%0D"]) {
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("link", { name: "Sign in" }).waitFor();
      await page.goto(`${baseUrl}/sign-in?callbackUrl=%2F${hidden}%2Fevil.example%2Flogin`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("button", { name: "Sign out" }).waitFor();
      expect(new URL(page.url()).origin, hidden).toBe(new URL(baseUrl).origin);
    }
    await context.close();
  });

  it("answers 403 to a learner who opens the maintainers' page", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUpInBrowser(page, `e2e-forbidden-${Date.now()}@example.com`, password);
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    const response = await page.goto(`${baseUrl}/maintainer/reports`);
    expect(response?.status()).toBe(403);
    await page.getByText("Only maintainers can see this page.").waitFor();
    await context.close();
  });

  it("ends the session on sign-out: a copied cookie no longer opens the learner's pages", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUpInBrowser(page, `e2e-signout-${Date.now()}@example.com`, password);
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    const copied = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const before = await fetch(new URL("/settings", baseUrl), { headers: { Cookie: copied }, redirect: "manual" });
    expect(before.status).toBe(200);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    const after = await fetch(new URL("/settings", baseUrl), { headers: { Cookie: copied }, redirect: "manual" });
    expect(after.status).toBeGreaterThanOrEqual(300);
    expect(after.status).toBeLessThan(400);
    expect(after.headers.get("location")).toMatch(/\/sign-in/);
    await context.close();
  });
});
