import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { signUpInBrowser } from "./support/sign-up";

const baseUrl = inject("baseUrl");
let browser: Browser;

async function headlineOf(scope: Locator | Page): Promise<string> {
  const headline = scope.getByTestId("sim-headline");
  await headline.waitFor();
  return (await headline.textContent()) ?? "";
}

/** Server-rendered panels show their outcome before React has hydrated them; edits must wait for that. */
async function waitUntilInteractive(page: Page) {
  await page.locator("[data-interactive=true]").first().waitFor();
  await page.waitForFunction(() => document.querySelector('[data-interactive="false"]') === null);
}

async function waitForHeadline(scope: Locator | Page, expected: string | RegExp) {
  await scope.getByTestId("sim-headline").filter({ hasText: expected }).waitFor({ timeout: 10_000 });
}

describe("simulation panels", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("opens a public Lab, edits a rule and the traffic, and sees the verdict change in the browser", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole("link", { name: "Simulation labs" }).first().click();
    await page.waitForURL(`${baseUrl}/labs/ec2`);
    await waitUntilInteractive(page);

    const lab = page.locator("section", {
      has: page.getByRole("heading", { level: 2, name: "Security groups and network ACLs" }),
    });
    await waitForHeadline(lab, "Allowed");

    const port = lab.getByLabel("Port", { exact: true });
    await port.fill("80");
    await waitForHeadline(lab, "Blocked by a security group");

    await lab.getByLabel("sg-web: Inbound rules, rule 1: From port / ICMP type").fill("80");
    await lab.getByLabel("sg-web: Inbound rules, rule 1: To port / ICMP code").fill("80");
    await waitForHeadline(lab, "Allowed");
    await expect(lab.getByText("Modified", { exact: true }).isVisible()).resolves.toBe(true);

    await lab.getByRole("button", { name: "Reset to the original scenario" }).click();
    await expect(port.inputValue()).resolves.toBe("443");
    await waitForHeadline(lab, "Allowed");

    await lab.getByRole("button", { name: "A NACL must allow the reply too" }).click();
    await waitForHeadline(lab, "Blocked by the network ACL");
    // The last "Add a rule" belongs to the NACL's outbound table; its new rule opens the ephemeral ports 1024-65535.
    await lab.getByRole("button", { name: "Add a rule" }).last().click();
    await expect(lab.getByRole("table", { name: "NACL: Outbound rules" }).locator("tbody tr").count()).resolves.toBe(2);
    await waitForHeadline(lab, "Allowed");

    await lab.locator("summary", { hasText: "Evaluation trace" }).click();
    await expect(lab.locator("details li").first().textContent()).resolves.toMatch(/^NACL inbound: allow/);
    await context.close();
  });

  it("has no serious or critical accessibility violations on any Lab, in either language", async () => {
    for (const locale of ["ko-KR", "en-US"]) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      for (const topic of ["ec2", "ebs", "elb-asg", "efs", "iam"]) {
        await page.goto(`${baseUrl}/labs/${topic}`);
        await waitUntilInteractive(page);
        const { violations } = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const serious = violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map(
            (v) =>
              `${topic}: ${v.id}: ${v.help} (${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join(", ")})`,
          );
        expect(serious).toEqual([]);
      }
      await context.close();
    }
  });

  it("speaks the page language", async () => {
    const context = await browser.newContext({ locale: "ko-KR" });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/labs/iam`);
    await waitUntilInteractive(page);
    await waitForHeadline(page, "허용");
    const mfa = page.getByLabel("MFA 인증 (aws:MultiFactorAuthPresent)");
    await mfa.selectOption("false");
    await waitForHeadline(page, "암묵적 거부");
    await mfa.selectOption("");
    await waitForHeadline(page, "암묵적 거부");
    await context.close();
  });

  it("shows the scenario panel after a scenario question is answered, never before", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUpInBrowser(page, `e2e-sim-${Date.now()}@example.com`, "a long enough password");
    await page.getByRole("button", { name: "Sign out" }).waitFor();

    // IAM questions are mostly scenario-backed, so one comes up within a few answers whatever the bank order.
    await page.goto(`${baseUrl}/practice/iam`);
    let found = false;
    for (let attempt = 0; attempt < 30 && !found; attempt++) {
      await page.locator("fieldset legend").first().waitFor();
      found = await page.getByText("Verified by a simulation").isVisible();
      if (found) {
        expect(await page.getByTestId("sim-headline").count()).toBe(0);
        expect(await page.getByRole("heading", { name: /Explore the simulation/ }).count()).toBe(0);
        // The question's scenario (its simulator input and claims) is not in the page until the answer is in.
        expect(await page.content()).not.toMatch(/\\?"(?:sim|fix)\\?"\s*:/);
      }
      const legend = (await page.locator("fieldset legend").first().textContent()) ?? "";
      const picks = Number(/Select (\d)/.exec(legend)?.[1] ?? 1);
      const options = page.locator("fieldset label");
      for (let i = 0; i < picks; i++) await options.nth(i).click();
      await page.getByRole("button", { name: "Submit" }).click();
      await page.getByRole("status").waitFor();
      if (!found) {
        expect(await page.getByRole("heading", { name: /Explore the simulation/ }).count()).toBe(0);
        await page.getByRole("button", { name: "Next question" }).click();
        await page.getByText(`${attempt + 1} of`).waitFor();
      }
    }
    expect(found).toBe(true);

    const panel = page.locator("section", { has: page.getByRole("heading", { name: /Explore the simulation/ }) });
    const original = await headlineOf(panel);
    expect(original).not.toMatch(/^Input error/);
    await waitUntilInteractive(page);
    const { violations } = await new AxeBuilder({ page })
      .include("form")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
    let actionPosts = 0;
    page.on("request", (request) => {
      if (request.method() === "POST" && request.headers()["next-action"]) actionPosts += 1;
    });
    await panel.locator("input[type=text]").first().press("Enter");
    await panel.getByRole("button", { name: "JSON", exact: true }).click();
    const json = panel.getByLabel("Simulator input (JSON)");
    expect(typeof JSON.parse(await json.inputValue())).toBe("object");
    await json.fill("{}");
    await waitForHeadline(panel, /^Input error/);
    await panel.getByRole("button", { name: "Reset to the original scenario" }).click();
    await waitForHeadline(panel, original);
    // Enter in the panel and its buttons never resubmit the practice form around it: the simulator runs locally.
    expect(actionPosts).toBe(0);
    await expect(page.getByRole("status").textContent()).resolves.toMatch(/^(Correct|Incorrect) · Answer: /);
    await context.close();
  });
});
