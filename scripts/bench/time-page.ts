import { summarise, type LatencySummary } from "./load-spec";

/** One learner loading a page over and over for `seconds`, one request at a time, as a person clicking would. */
export async function timePage(
  baseUrl: string,
  path: string,
  cookie: string,
  seconds: number,
): Promise<LatencySummary> {
  const latencies: number[] = [];
  let ok = 0;
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const start = performance.now();
    const response = await fetch(new URL(path, baseUrl), { headers: { Cookie: cookie } });
    await response.arrayBuffer();
    latencies.push(performance.now() - start);
    if (response.status === 200) ok += 1;
  }
  return summarise(latencies, seconds, ok);
}
