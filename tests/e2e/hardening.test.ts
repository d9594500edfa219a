import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { linkTokenFor } from "../support/outbox";
import { signUpInBrowser } from "./support/sign-up";

const baseUrl = inject("baseUrl");
const password = "a long enough password";
let browser: Browser;

describe("hardening in the browser", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("gives every page a fresh script nonce, carried by each of its scripts, and runs no script without it", async () => {
    const nonces = new Set<string>();
    for (const path of ["/", "/sign-in", "/labs", "/sign-in"]) {
      const response = await fetch(new URL(path, baseUrl));
      const policy = response.headers.get("content-security-policy") ?? "";
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
      expect(policy, path).toContain("'strict-dynamic'");
      expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(nonce, path).toBeDefined();
      nonces.add(nonce!);
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(4);

    // A stored script that reached a page's HTML (as an XSS would) does not run: it lacks the response's nonce.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route(`${baseUrl}/labs`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace("</body>", "<script>window.__injected = true</script></body>");
      await route.fulfill({ response, body: html });
    });
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${baseUrl}/labs`);
    // The page's own scripts ran (it hydrated: the language switch works); the injected one did not.
    await page.getByRole("link", { name: /EC2/ }).first().waitFor();
    await page.waitForFunction(() => document.readyState === "complete");
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true)).toBe(false);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(/inline script/i);
    await context.close();
  });

  it("serves a favicon, and every page links its icon", async () => {
    const favicon = await fetch(new URL("/favicon.ico", baseUrl));
    expect(favicon.status).toBe(200);
    expect(favicon.headers.get("content-type")).toMatch(/image/);
    const html = await (await fetch(new URL("/sign-in", baseUrl))).text();
    expect(html).toMatch(/<link rel="icon" href="\/icon\.svg/);
  });

  it("answers a sign-up for an address that has an account exactly as for a new one", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = `e2e-taken-${Date.now()}@example.com`;
    await signUpInBrowser(page, email, password);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    const answers: string[] = [];
    for (const address of [email, `e2e-fresh-${Date.now()}@example.com`]) {
      await page.goto(`${baseUrl}/sign-up`);
      await page.getByLabel("Email").fill(address);
      await page.getByLabel("Password").fill("some other long password");
      await page.getByRole("button", { name: "Sign up" }).click();
      const status = page.getByRole("status");
      await status.waitFor();
      answers.push(((await status.textContent()) ?? "").replace(address, "<address>"));
    }
    expect(answers[0]).toBe(answers[1]);
    await context.close();
  });

  it("resets a forgotten password from the e-mailed link and signs in with the new one", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const email = `e2e-forgot-${Date.now()}@example.com`;
    await signUpInBrowser(page, email, password);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.waitForURL(/\/forgot-password$/);
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send the link" }).click();
    await page.getByRole("status").waitFor();
    const token = await linkTokenFor(inject("outbox"), email, "/reset-password");
    await page.goto(`${baseUrl}/reset-password?token=${token}`);
    await page.getByLabel("New password").fill("a completely new password");
    await page.getByRole("button", { name: "Change password and sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    // The link worked once.
    await page.goto(`${baseUrl}/reset-password?token=${token}`);
    await page.getByLabel("New password").fill("yet another long password");
    await page.getByRole("button", { name: "Change password and sign in" }).click();
    await page.getByText("This link has expired or was already used.").waitFor();
    await context.close();
  });

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
