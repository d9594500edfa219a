import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { generateHistory } from "../support/history";
import { launchBrowser } from "./support/browser";
import { signUpInBrowser } from "./support/sign-up";

const baseUrl = inject("baseUrl");
let browser: Browser;

describe("the progress dashboard in the browser", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it("shows a new learner where to start instead of empty charts", async () => {
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUpInBrowser(page, `e2e-dash-new-${Date.now()}@example.com`, "a long enough password");
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByRole("heading", { name: "Start here" }).waitFor();
    await expect(page.locator("figure [data-empty=true]").count()).resolves.toBe(5);
    await expect(page.locator("svg.recharts-surface").count()).resolves.toBe(0);
    await context.close();
  });

  it("draws every chart for a learner with eight weeks of generated history", async () => {
    const email = `e2e-dash-${Date.now()}@example.com`;
    const context = await browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await signUpInBrowser(page, email, "a long enough password");
    await page.getByRole("button", { name: "Sign out" }).waitFor();

    const db = createDb(inject("databaseUrl"), 1);
    try {
      const { id } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
      const summary = await generateHistory(db, { userId: id, now: new Date(), seed: 3 });
      expect(summary.reviewLogs).toBeGreaterThan(500);
    } finally {
      await db.$disconnect();
    }

    await page.goto(`${baseUrl}/dashboard`);
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await expect(page.getByRole("heading", { name: "Start here" }).count()).resolves.toBe(0);
    const streak = Number(/(\d+) days/.exec((await page.locator("[data-tile=Streak]").textContent()) ?? "")?.[1]);
    expect(streak).toBeGreaterThanOrEqual(7);

    for (const chart of [
      "forecast",
      "heatmap",
      "retention",
      "mastery",
      "domains-clf_c02",
      "domains-saa_c03",
      "exams",
    ]) {
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      await figure.locator("svg.recharts-surface").first().waitFor();
      await expect(figure.locator("[data-empty]").count(), chart).resolves.toBe(0);
    }
    await expect(
      page.locator('figure[data-chart="forecast"] .recharts-bar-rectangle').count(),
    ).resolves.toBeGreaterThan(3);
    await expect(page.locator('figure[data-chart="heatmap"] rect[data-day]').count()).resolves.toBe(26 * 7);
    await expect(
      page.locator('figure[data-chart="mastery"] .recharts-bar-rectangle').count(),
    ).resolves.toBeGreaterThanOrEqual(5);
    await expect(page.locator('figure[data-chart="exams"]').getByText("SAA-C03 pass 720").count()).resolves.toBe(1);
    await expect(
      page.locator('figure[data-chart="exams"] .recharts-line-dot, figure[data-chart="exams"] .recharts-dot').count(),
    ).resolves.toBeGreaterThanOrEqual(5);
    await expect(
      page
        .locator('figure[data-chart="retention"]')
        .getByText(/Desired 90%/)
        .count(),
    ).resolves.toBeGreaterThanOrEqual(1);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(
      violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.id} ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        ),
    ).toEqual([]);

    // recharts is loaded by the dashboard only: no script of the exams page contains it.
    const scriptsOf = async (path: string) => {
      await page.goto(`${baseUrl}${path}`);
      const sources = await page
        .locator("script[src]")
        .evaluateAll((nodes) => nodes.map((n) => (n instanceof HTMLScriptElement ? n.src : "")));
      const texts = await Promise.all(sources.map(async (src) => (await page.request.get(src)).text()));
      return texts.some((text) => text.includes("recharts-surface"));
    };
    await expect(scriptsOf("/exams")).resolves.toBe(false);
    await expect(scriptsOf("/dashboard")).resolves.toBe(true);
    await context.close();
  });
});
