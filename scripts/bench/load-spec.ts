/** What the bench asks of the load worker, and what it answers. Shared by both processes. */
export interface LoadSpec {
  /** One app process, or several sharing the database: connections are spread over them round-robin. */
  baseUrls: string[];
  /** The page the action is posted to, and the action's id from the build's server-reference manifest. */
  path: string;
  actionId: string;
  /**
   * "floor": the grade action without a session, refused before any database work: Next.js's own cost per action.
   * "sign-up": the sign-up action with a fresh address each time, no session, from `forwardedFor` (one client
   * behind the trusted proxy) or from a new address per request when it is "rotate" (a spray).
   */
  kind: "grade" | "exam-save" | "exam-submit" | "floor" | "sign-up";
  forwardedFor?: string;
  connections: number;
  durationSeconds: number;
  /** A fixed number of requests instead of a duration. */
  amount?: number;
  /** Offered load in requests per second over all connections; unset: each connection sends as fast as answered. */
  overallRate?: number;
  /** Requests per learner: a connection moves to a fresh learner after this many. */
  loopLength: number;
  /** Each learner's session cookie and items: flashcard ids to grade, or "attemptId questionId" pairs. */
  learners: { cookie: string; items: string[] }[];
}

export interface LatencySummary {
  requests: number;
  ok: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadResult extends LatencySummary {
  /** How many learners the run started on: the next run takes fresh ones after them. */
  learnersUsed: number;
  refused: number;
  errors: number;
  firstRefusals: string[];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** Exact percentiles over every response's latency; throughput counts only successful answers. */
export function summarise(latencies: readonly number[], durationSeconds: number, ok: number): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: sorted.length,
    ok,
    rps: round(ok / Math.max(durationSeconds, 0.001)),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}
