/**
 * The load generator, run as its own process so its CPU is not the app's: `tsx scripts/bench/load-worker.ts spec.json`.
 * Each autocannon connection is one signed-in learner at a time: a connection's request loop (see `loopLength`) takes
 * the next unused learner and sends that learner's own items, each request with a fresh request id. A request counts
 * as done only when the action answered `{"ok":true…}`; anything else is an error, never a silent success.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import autocannon, { type AutocannonRequest } from "autocannon";
import { summarise, type LoadResult, type LoadSpec } from "./load-spec";

const spec = JSON.parse(await readFile(process.argv[2] ?? "", "utf8")) as LoadSpec;
let nextLearner = 0;
let ok = 0;
let refused = 0;
const firstRefusals: string[] = [];
const latencies: number[] = [];

function body(kind: LoadSpec["kind"], item: string, step: number): string {
  const requestId = randomBytes(12).toString("base64url");
  if (kind === "sign-up")
    return JSON.stringify([{ email: `flood-${requestId}@bench.example`, password: "flood password 1234" }]);
  if (kind === "floor") return JSON.stringify([{ itemId: item, grade: "good", expectedVersion: 0, requestId }]);
  if (kind === "grade") return JSON.stringify([{ itemId: item, grade: "good", expectedVersion: 0, requestId }]);
  const [attemptId = "", questionId = ""] = item.split(" ");
  if (kind === "exam-submit") return JSON.stringify([{ attemptId }]);
  return JSON.stringify([{ attemptId, questionId, selected: [step % 2 === 0 ? "a" : "b"] }]);
}

let sprayed = 0;
/** One fixed client, or for a spray a new address from 10.0.0.0/8 per request. */
function forwardedFor(): string {
  if (spec.forwardedFor !== "rotate") return spec.forwardedFor ?? "";
  sprayed += 1;
  return `10.${(sprayed >> 16) & 255}.${(sprayed >> 8) & 255}.${sprayed & 255}`;
}

const requests: AutocannonRequest[] = Array.from({ length: spec.loopLength }, (_, step) => ({
  method: "POST",
  path: spec.path,
  setupRequest(request, context) {
    if (step === 0 || typeof context.learner !== "number") context.learner = nextLearner++;
    const learner = spec.kind === "sign-up" ? { cookie: "", items: [] } : spec.learners[Number(context.learner)];
    if (!learner) throw new Error(`ran out of fresh learners after ${spec.learners.length}: seed more`);
    return {
      ...request,
      headers: {
        "Next-Action": spec.actionId,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        ...(spec.kind === "floor" || spec.kind === "sign-up" ? {} : { Cookie: learner.cookie }),
        ...(spec.forwardedFor ? { "X-Forwarded-For": forwardedFor() } : {}),
      },
      body: body(spec.kind, learner.items[step] ?? "", step),
    };
  },
  onResponse(status, text) {
    // A sign-up counts as handled whether it was accepted or throttled: the flood's point is what it costs others.
    const expected = spec.kind === "floor" ? '"code":"UNAUTHORIZED"' : spec.kind === "sign-up" ? '"ok":' : '"ok":true';
    if (status === 200 && text.includes(expected)) ok += 1;
    else {
      refused += 1;
      if (firstRefusals.length < 3) firstRefusals.push(`${status} ${text.slice(0, 200)}`);
    }
  },
}));

const instance = autocannon({
  url: spec.baseUrls,
  connections: spec.connections,
  ...(spec.amount ? { amount: spec.amount } : { duration: spec.durationSeconds }),
  ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
  timeout: 30,
  requests,
});
instance.on("response", (_client, _status, _bytes, responseTimeMs) => latencies.push(responseTimeMs));
instance.on("done", (result) => {
  const output: LoadResult = {
    ...summarise(latencies, result.duration, ok),
    learnersUsed: nextLearner,
    refused,
    errors: result.errors + result.timeouts,
    firstRefusals,
  };
  process.stdout.write(JSON.stringify(output) + "\n");
});
