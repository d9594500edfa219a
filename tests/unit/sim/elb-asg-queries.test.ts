import { describe, expect, it } from "vitest";
import { simulate } from "@/lib/sim";
import { defaultHealthCheck, rebalanceMaxOverage, trafficShare } from "@/lib/sim/elb-asg";

// `{"query": name, ...}` inputs return documented defaults (SIM_CONTRACT.md `elb-asg` queries, AWS_FACTS §5–6).
const ALB_DOC = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html";
const NLB_DOC = "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-health-checks.html";
const CROSS_ZONE_DOC =
  "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html#cross-zone-load-balancing";

function query(input: Record<string, unknown>): Record<string, unknown> {
  const r = simulate("elb-asg", input);
  if (!r.ok) throw new Error(r.inputError);
  return r.result;
}

describe("elb-asg queries", () => {
  it(`L5: ALB instance/ip defaults: HTTP /, 30 s, 5 s, healthy 5, unhealthy 2, matcher 200 (${ALB_DOC})`, () => {
    const expected = {
      protocol: "HTTP",
      path: "/",
      intervalSec: 30,
      timeoutSec: 5,
      healthyThreshold: 5,
      unhealthyThreshold: 2,
      matcher: "200",
      enabled: true,
    };
    expect(query({ query: "defaultHealthCheck", lbType: "alb", targetType: "instance" })).toMatchObject(expected);
    expect(query({ query: "defaultHealthCheck", lbType: "alb", targetType: "ip" })).toMatchObject(expected);
    expect(query({ query: "defaultHealthCheck", lbType: "alb" })).toMatchObject({ healthCheck: expected });
  });

  it("L5 + CreateTargetGroup API: Lambda targets default to 35 s interval, 30 s timeout, checks disabled", () => {
    // https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html
    expect(query({ query: "defaultHealthCheck", lbType: "alb", targetType: "lambda" })).toMatchObject({
      intervalSec: 35,
      timeoutSec: 30,
      healthyThreshold: 5,
      unhealthyThreshold: 5,
      matcher: "200",
      enabled: false,
    });
  });

  it(`L6: NLB defaults: TCP, 30 s, 10 s timeout, healthy 5 (not 3), unhealthy 2, matcher 200-399 (${NLB_DOC})`, () => {
    expect(query({ query: "defaultHealthCheck", lbType: "nlb", targetType: "instance" })).toMatchObject({
      protocol: "TCP",
      intervalSec: 30,
      timeoutSec: 10,
      healthyThreshold: 5,
      unhealthyThreshold: 2,
      matcher: "200-399",
    });
    expect(defaultHealthCheck("nlb", "ip", "HTTP")).toMatchObject({ protocol: "HTTP", timeoutSec: 6, path: "/" });
    expect(defaultHealthCheck("nlb", "ip", "HTTPS")).toMatchObject({ timeoutSec: 10 });
  });

  it("L1: an NLB can't have Lambda targets", () => {
    expect(query({ query: "defaultHealthCheck", lbType: "nlb", targetType: "lambda" })).toMatchObject({
      error: "UNSUPPORTED_TARGET_TYPE",
    });
  });

  it("L8: the deregistration delay defaults to 300 s (range 0–3600)", () => {
    expect(query({ query: "defaultDeregistrationDelaySec" })).toMatchObject({
      defaultDeregistrationDelaySec: 300,
      value: 300,
      rangeSec: [0, 3600],
    });
  });

  it(`L9: cross-zone defaults: ALB on, NLB off, GWLB off (${CROSS_ZONE_DOC})`, () => {
    expect(query({ query: "crossZoneDefault" })).toMatchObject({ alb: true, nlb: false, gwlb: false });
    expect(query({ query: "crossZoneDefault", lbType: "nlb" })).toMatchObject({
      crossZoneDefault: false,
      enabled: false,
    });
    expect(query({ query: "crossZoneDefault", lbType: "alb" })).toMatchObject({ crossZoneDefault: true });
  });

  it(`L9: trafficShare for 2 + 8 targets: 10 % each with cross-zone, 25 % / 6.25 % without (${CROSS_ZONE_DOC})`, () => {
    const r = query({ query: "trafficShare", azs: { "us-east-1a": 2, "us-east-1b": 8 } });
    expect(r.crossZoneOn).toEqual({
      perTargetPercent: { "us-east-1a": 10, "us-east-1b": 10 },
      perAzPercent: { "us-east-1a": 20, "us-east-1b": 80 },
    });
    expect(r.crossZoneOff).toEqual({
      perTargetPercent: { "us-east-1a": 25, "us-east-1b": 6.25 },
      perAzPercent: { "us-east-1a": 50, "us-east-1b": 50 },
    });
    expect(query({ query: "trafficShare", azs: { a: 2, b: 8 }, lbType: "nlb" })).toMatchObject({
      crossZone: false,
      perTargetPercent: { a: 25, b: 6.25 },
    });
    expect(trafficShare({ a: 1, b: 0 }, false).perTargetPercent).toEqual({ a: 100, b: 0 });
  });

  it("A3: the grace period defaults to 300 s in the console and 0 s via CLI/SDK", () => {
    // https://docs.aws.amazon.com/autoscaling/ec2/userguide/health-check-grace-period.html
    expect(query({ query: "defaultHealthCheckGracePeriodSec" })).toMatchObject({
      console: 300,
      api: 0,
      cli: 0,
      sdk: 0,
    });
    expect(query({ query: "defaultHealthCheckGracePeriodSec", via: "console" })).toMatchObject({ value: 300 });
  });

  it("A7: rebalancing may exceed max by 10 % or 1 instance, whichever is greater", () => {
    // https://docs.aws.amazon.com/autoscaling/ec2/userguide/auto-scaling-benefits.html
    expect(query({ query: "rebalanceMaxOverage", maxSizes: [1, 4, 10, 20, 50, 100] })).toMatchObject({
      overages: [1, 1, 1, 2, 5, 10],
      temporaryMax: [2, 5, 11, 22, 55, 110],
    });
    expect(rebalanceMaxOverage(15)).toEqual({ maxSize: 15, overage: 1, temporaryMax: 16 });
  });

  it("A5: the default cooldown is 300 s", () => {
    // https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-scaling-cooldowns.html
    expect(query({ query: "defaultCooldownSec" })).toMatchObject({ defaultCooldownSec: 300 });
  });

  it("every query answer explains itself in both languages", () => {
    for (const q of [
      "defaultDeregistrationDelaySec",
      "crossZoneDefault",
      "defaultHealthCheckGracePeriodSec",
      "defaultCooldownSec",
    ]) {
      const r = query({ query: q });
      expect(r.explanation).toMatchObject({ en: expect.any(String), ko: expect.any(String) });
      expect(r.decidedBy).toEqual(expect.any(Array));
    }
  });
});
