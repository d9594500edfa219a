import { cpus, totalmem } from "node:os";
import type { PageWeight } from "./browser-metrics";
import type { LatencySummary, LoadResult } from "./load-spec";
import type { QueryTiming } from "./query-timings";

export interface LoadRow {
  label: string;
  connections: number;
  offeredRps: number | null;
  result: LoadResult;
}

/** A flood of sign-ups, and one signed-in learner's page timed while it ran. */
export interface FloodRow {
  label: string;
  signUps: LoadResult;
  page: LatencySummary;
}

export interface BenchReport {
  machine: Record<string, string | number>;
  load: LoadRow[];
  queries: QueryTiming[];
  pages: PageWeight[];
  homeLcpMs: number;
  idlePage: LatencySummary;
  flood: FloodRow[];
}

export function machineFacts(postgresVersion: string, nextVersion: string): Record<string, string | number> {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    next: nextVersion,
    postgres: postgresVersion,
  };
}

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.slice(1).map(line)].join("\n");
}

export function formatReport(report: BenchReport): string {
  const machine = Object.entries(report.machine)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
  const load = table(
    ["action", "clients", "offered/s", "ok/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "ok", "refused", "errors"],
    report.load.map(({ label, connections, offeredRps, result: r }) => [
      label,
      connections,
      offeredRps ?? "max",
      r.rps,
      r.p50,
      r.p95,
      r.p99,
      r.max,
      r.ok,
      r.refused,
      r.errors,
    ]),
  );
  const queries = table(
    ["big learner (100k cards, 1M logs)", "median ms", "p95 ms"],
    report.queries.map((q) => [q.name, q.medianMs, q.p95Ms]),
  );
  const pages = table(
    ["page", "scripts", "first-load JS kB (gzip)"],
    report.pages.map((p) => [p.path, p.scripts, p.jsKb]),
  );
  const flood = table(
    ["a learner's /review while…", "sign-ups answered/s", "page p50 ms", "page p95 ms", "× idle p95"],
    [
      ["idle", "-", report.idlePage.p50, report.idlePage.p95, 1],
      ...report.flood.map((f) => [
        f.label,
        f.signUps.rps,
        f.page.p50,
        f.page.p95,
        Math.round((f.page.p95 / report.idlePage.p95) * 100) / 100,
      ]),
    ],
  );
  return [
    `machine: ${machine}`,
    "",
    load,
    "",
    flood,
    "",
    queries,
    "",
    pages,
    "",
    `home page LCP: ${report.homeLcpMs} ms (median of 5, headless Chromium)`,
  ].join("\n");
}
