import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";

// Input that does not fit the vocabulary is an input error naming the field (SIM_CONTRACT.md "The command").

function inputError(input: unknown): string {
  const r = simulate("elb-asg", input);
  if (r.ok) throw new Error(`expected an input error, got ${JSON.stringify(r.result).slice(0, 200)}`);
  return r.inputError;
}

const lb = { type: "alb" };
const targets = [{ id: "i-1", az: "us-east-1a" }];

describe("elb-asg input errors", () => {
  it("a non-object input", () => {
    expect(inputError(42)).toMatch(/^input:/);
    expect(inputError([1])).toMatch(/^input:/);
  });

  it("an unknown op names events[k].op", () => {
    expect(
      inputError({
        lb,
        targets,
        events: [
          { t: 0, op: "stopApp", instance: "i-1" },
          { t: 1, op: "rebootApp", instance: "i-1" },
        ],
      }),
    ).toMatch(/^events\[1\]\.op: unknown value "rebootApp"; expected one of /);
  });

  it("a missing field names it", () => {
    expect(inputError({ lb, targets, events: [{ t: 0, op: "stopApp" }] })).toBe("events[0].instance: required");
    expect(inputError({ lb, targets, events: [{ t: 0, op: "setHealthResponse", instance: "i-1" }] })).toBe(
      "events[0].httpStatus: required",
    );
    expect(inputError({ asg: { min: 1, max: 2 }, events: [{ t: 0, op: "setDesiredCapacity" }] })).toBe(
      "events[0].value: required",
    );
    expect(inputError({ asg: { desired: 1, max: 2 } })).toBe("asg.min: required");
  });

  it("an unknown instance names the event field", () => {
    expect(inputError({ lb, targets, events: [{ t: 0, op: "stopApp", instance: "i-9" }] })).toBe(
      'events[0].instance: unknown instance "i-9"',
    );
    expect(inputError({ lb, targets, events: [{ t: 0, op: "deregister", target: "i-9" }] })).toBe(
      'events[0].target: unknown target "i-9"',
    );
  });

  it("registering a new target needs its AZ", () => {
    expect(inputError({ lb, targets, events: [{ t: 0, op: "register", target: "i-2" }] })).toMatch(/^events\[0\]\.az:/);
  });

  it("a bad load balancer type, protocol or matcher", () => {
    expect(inputError({ lb: { type: "clb" }, targets })).toMatch(/^lb\.type:/);
    expect(inputError({ lb: { type: "alb", healthCheck: { protocol: "TCP" } }, targets })).toBe(
      "lb.healthCheck.protocol: ALB health checks use HTTP or HTTPS",
    );
    expect(inputError({ lb: { type: "alb", healthCheck: { matcher: "ok" } }, targets })).toMatch(
      /^lb\.healthCheck\.matcher:/,
    );
    expect(inputError({ lb: { type: "nlb", targetType: "lambda" }, targets })).toMatch(/^lb\.targetType:/);
  });

  it("negative times, bad thresholds and unknown termination policies", () => {
    expect(inputError({ lb, targets, events: [{ t: -1, op: "stopApp", instance: "i-1" }] })).toMatch(
      /^events\[0\]\.t:/,
    );
    expect(inputError({ lb: { type: "alb", healthCheck: { unhealthyThreshold: 0 } }, targets })).toMatch(
      /^lb\.healthCheck\.unhealthyThreshold:/,
    );
    expect(inputError({ asg: { min: 0, max: 2, terminationPolicies: ["Newest"] } })).toMatch(
      /^asg\.terminationPolicies\[0\]:/,
    );
  });

  it("scaling ops need an asg", () => {
    expect(inputError({ lb, targets, events: [{ t: 0, op: "setDesiredCapacity", value: 2 }] })).toBe(
      "events[0].op: setDesiredCapacity needs an asg",
    );
  });

  it("duplicate target ids", () => {
    expect(inputError({ lb, targets: [...targets, ...targets] })).toBe('targets[1].id: duplicate target "i-1"');
  });

  it("queries: unknown names and bad parameters", () => {
    expect(inputError({ query: "defaultIdleTimeout" })).toMatch(/^query: unknown query/);
    expect(inputError({ query: "defaultHealthCheck" })).toMatch(/^lbType:/);
    expect(inputError({ query: "defaultHealthCheck", lbType: "alb", targetType: "container" })).toMatch(/^targetType:/);
    expect(inputError({ query: "trafficShare", azs: { a: -1 } })).toMatch(/^azs\.a:/);
    expect(inputError({ query: "rebalanceMaxOverage" })).toBe("maxSizes: required");
  });

  it("run never throws, whatever the input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = simulate("elb-asg", input);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 300 },
    );
  });
});
