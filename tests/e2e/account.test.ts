import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { linkTokenFor } from "../support/outbox";
import { signUpInBrowser } from "./support/sign-up";

const baseUrl = inject("baseUrl");
let browser: Browser;

describe("a learner's own account in the browser", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("moves the account to a new address once the new inbox confirms, then signs in with it", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    const before = `e2e-move-from-${Date.now()}@example.com`;
    const after = `e2e-move-to-${Date.now()}@example.com`;
    await signUpInBrowser(page, before, "a long enough password");
    await page.goto(`${baseUrl}/settings`);
    const emailForm = page.getByRole("form", { name: "Change email address" });
    await emailForm.getByLabel("New email address").fill(after);
    await emailForm.getByLabel("Current password").fill("a long enough password");
    await emailForm.getByRole("button", { name: "Send a confirmation link" }).click();
    await emailForm.getByRole("status").waitFor();
    const token = await linkTokenFor(inject("outbox"), after, "/change-email");
    await page.goto(`${baseUrl}/change-email?token=${token}`);
    await page.getByRole("button", { name: "Use this address" }).click();
    await page.getByText(`Sign in with ${after} from now on.`).waitFor();
    // Every session ended with the move: this one too.
    await page.goto(`${baseUrl}/settings`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel("Email").fill(after);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await context.close();
  });

  it("exports their data, changes the password (other sessions end), and deletes the account", async () => {
    const context = await browser.newContext({ locale: "en-US", acceptDownloads: true });
    const page = await context.newPage();
    const email = `e2e-account-${Date.now()}@example.com`;
    await signUpInBrowser(page, email, "the first long password");
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    // Another device: the same session copied elsewhere.
    const elsewhere = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const settingsWith = (cookie: string) =>
      fetch(new URL("/settings", baseUrl), { headers: { Cookie: cookie }, redirect: "manual" });
    expect((await settingsWith(elsewhere)).status).toBe(200);

    await page.goto(`${baseUrl}/settings`);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "All study data (JSON)" }).click(),
    ]);
    const exported = JSON.parse(await streamText(await download.createReadStream())) as { account: { email: string } };
    expect(exported.account.email).toBe(email);

    const passwordForm = page.getByRole("form", { name: "Change password" });
    await passwordForm.getByLabel("Current password").fill("the first long password");
    await passwordForm.getByLabel("New password").fill("the second long password");
    await passwordForm.getByRole("button", { name: "Change password" }).click();
    await page.getByText("Password changed. Your other sessions have ended.").waitFor();
    expect((await settingsWith(elsewhere)).status).toBeGreaterThanOrEqual(300);
    await page.reload();
    await page.getByRole("button", { name: "Sign out" }).waitFor();

    await page.getByLabel("Confirm with your password").fill("the second long password");
    await page.getByRole("button", { name: "Delete my account permanently" }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("the second long password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.locator("form [role=alert]").waitFor();
    await context.close();
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}
