import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export interface PageWeight {
  path: string;
  scripts: number;
  /** Sum of the gzip sizes (zlib default level) of every script the page load requested, in kB (1000 bytes). */
  jsKb: number;
}

/** Scripts a fresh page load requests (empty cache, until the network is idle), weighed gzipped. */
export async function measurePageWeight(
  browser: Browser,
  baseUrl: string,
  path: string,
  cookie: string,
): Promise<PageWeight> {
  const context = await browser.newContext({ locale: "ko-KR" });
  const [name = "", value = ""] = cookie.split(/=(.*)/s);
  if (cookie) await context.addCookies([{ name, value, url: baseUrl }]);
  const page = await context.newPage();
  const bodies: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    bodies.push(
      response.body().then(
        (body) => gzipSync(body).length,
        () => 0,
      ),
    );
  });
  await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "networkidle" });
  const sizes = await Promise.all(bodies);
  await context.close();
  return { path, scripts: sizes.length, jsKb: Math.round(sizes.reduce((a, b) => a + b, 0) / 100) / 10 };
}

/** Largest Contentful Paint of a fresh load of `path` (median of `runs`), from a buffered PerformanceObserver. */
export async function measureLcp(browser: Browser, baseUrl: string, path: string, runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ locale: "ko-KR", viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).toString(), { waitUntil: "load" });
    const lcp = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let latest = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) latest = Math.max(latest, entry.startTime);
          }).observe({ type: "largest-contentful-paint", buffered: true });
          setTimeout(() => resolve(latest), 1000);
        }),
    );
    samples.push(lcp);
    await context.close();
  }
  samples.sort((a, b) => a - b);
  return Math.round(samples[Math.floor(samples.length / 2)] ?? Number.NaN);
}
