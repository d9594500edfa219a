import { cpus, totalmem } from "node:os";
import type { PageWeight } from "./browser-metrics";
import type { LoadResult } from "./load-spec";
import type { QueryTiming } from "./query-timings";

export interface LoadRow {
  label: string;
  connections: number;
  offeredRps: number | null;
  result: LoadResult;
}

export interface BenchReport {
  machine: Record<string, string | number>;
  load: LoadRow[];
  queries: QueryTiming[];
  pages: PageWeight[];
  homeLcpMs: number;
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
  return [
    `machine: ${machine}`,
    "",
    load,
    "",
    queries,
    "",
    pages,
    "",
    `home page LCP: ${report.homeLcpMs} ms (median of 5, headless Chromium)`,
  ].join("\n");
}
