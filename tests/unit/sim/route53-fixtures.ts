import { simulate } from "@/lib/sim";

export const DG = "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide";
export const API = "https://docs.aws.amazon.com/Route53/latest/APIReference";

export type Json = Record<string, unknown>;

/** Runs the registered `route53` simulator and fails the test on an input error. */
export function answer(input: unknown): Json {
  const run = simulate("route53", input);
  if (!run.ok) throw new Error(`unexpected input error: ${run.inputError}`);
  return run.result;
}

/** Runs the simulator and returns the input error line; fails the test when the input is accepted. */
export function inputError(input: unknown) {
  const run = simulate("route53", input);
  if (run.ok) throw new Error(`expected an input error, got ${JSON.stringify(run.result)}`);
  return run;
}

/** A plain A record at `name` (default www.example.com). */
export function a(value: string, extra: Json = {}): Json {
  return { name: "www.example.com", type: "A", ttl: 60, values: [value], ...extra };
}

export function weighted(id: string, weight: number, value: string, extra: Json = {}): Json {
  return a(value, { routing: "weighted", setIdentifier: id, weight, ...extra });
}

/** A zone `example.com` with `records`, asked `question` (default: www.example.com A). */
export function zone(records: Json[], question: Json = {}, extra: Json = {}): Json {
  return { zone: "example.com", records, question: { name: "www.example.com", type: "A", ...question }, ...extra };
}
