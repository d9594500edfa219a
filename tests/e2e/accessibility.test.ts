import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";
import { listServerActions, newLearner } from "./support/http-session";

const baseUrl = inject("baseUrl");
const PUBLIC_PAGES = ["/", "/sign-in", "/sign-up", "/labs"];
const STUDY_PAGES = ["/practice/ec2", "/daily", "/review", "/exams", "/dashboard", "/settings"];
let browser: Browser;
let context: BrowserContext;

describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    const { cookie } = await newLearner(baseUrl, await listServerActions(), "a11y", "accessible password");
    const [name, value] = cookie.split("=");
    context = await browser.newContext({ locale: "ko-KR" });
    await context.addCookies([{ name: name ?? "", value: value ?? "", url: baseUrl }]);
  });
  afterAll(() => browser?.close());

  for (const path of [...PUBLIC_PAGES, ...STUDY_PAGES]) {
    it(`${path} has no serious or critical violations`, async () => {
      const page = await context.newPage();
      await page.goto(new URL(path, baseUrl).toString());
      await page.waitForLoadState("load");
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")})`,
        );
      expect(serious).toEqual([]);
      await page.close();
    });
  }
});
