import { expect } from "vitest";
import { simulate } from "@/lib/sim";

/** Runs the `sg` simulator through the public registry and returns its result, failing on an input error. */
export function runSg(input: unknown): Record<string, unknown> {
  const run = simulate("sg", input);
  if (!run.ok) throw new Error(`unexpected input error: ${run.inputError}`);
  return run.result;
}

/** The input error message of a run that must be rejected. */
export function inputErrorOf(input: unknown): string {
  const run = simulate("sg", input);
  expect(run.ok).toBe(false);
  return run.ok ? "" : run.inputError;
}

export const ALL_OUT = [{ protocol: "-1", fromPort: -1, toPort: -1, destination: "0.0.0.0/0" }];

export function tcpIn(port: number, source: string, toPort = port) {
  return { protocol: "tcp", fromPort: port, toPort, source };
}

export function tcpOut(port: number, destination: string, toPort = port) {
  return { protocol: "tcp", fromPort: port, toPort, destination };
}

export function inboundHttps(source: unknown = "198.51.100.7") {
  return { direction: "inbound", protocol: "tcp", port: 443, source, sourcePort: 50000 };
}

export function naclRule(
  rule: number,
  action: "allow" | "deny",
  cidr = "0.0.0.0/0",
  protocol = "-1",
  fromPort = -1,
  toPort = -1,
) {
  return { rule, protocol, fromPort, toPort, cidr, action };
}
