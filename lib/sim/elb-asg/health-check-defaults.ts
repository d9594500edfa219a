/** Load balancer types the timeline simulates: Application (layer 7, L1) and Network (layer 4, L2). */
export type LbType = "alb" | "nlb";
/** Target types of a target group (L1): instance, ip, or Lambda (ALB only). */
export type TargetType = "instance" | "ip" | "lambda";
/** Health-check protocols: ALB uses HTTP/HTTPS; NLB also TCP, its default (L5, L6). */
export type HealthCheckProtocol = "HTTP" | "HTTPS" | "TCP";

/** Target-group health-check settings, named as in the simulator contract's `lb.healthCheck`. */
export interface HealthCheckSettings {
  /** Lambda target groups start with health checks off; instance and ip target groups can't turn them off. */
  enabled: boolean;
  protocol: HealthCheckProtocol;
  /** Ping path; only HTTP/HTTPS checks use one. */
  path: string | null;
  port: "traffic-port";
  intervalSec: number;
  timeoutSec: number;
  healthyThreshold: number;
  unhealthyThreshold: number;
  /** Success codes (`200`, `200-399`, `200,202`); a TCP check ignores them because a connection is enough. */
  matcher: string;
}

const ALB_DOC = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html";
const NLB_DOC = "https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-health-checks.html";

/** The documentation page that states the defaults for a load balancer type. */
export function healthCheckDocUrl(lbType: LbType): string {
  return lbType === "alb" ? ALB_DOC : NLB_DOC;
}

/**
 * Documented health-check defaults of a new target group (AWS_FACTS L5, L6).
 * - ALB, instance/ip: HTTP `/`, interval 30 s, timeout 5 s, healthy 5, unhealthy 2, matcher `200`.
 * - ALB, lambda: checks disabled by default; interval 35 s, timeout 30 s, healthy 5, and unhealthy 5 (the
 *   CreateTargetGroup API reference; the ALB user guide gives 2 without distinguishing Lambda).
 * - NLB (instance/ip): TCP, interval 30 s, timeout 10 s for TCP and HTTPS but 6 s for HTTP, healthy 5, unhealthy 2,
 *   matcher `200-399` for HTTP/HTTPS checks. NLB can't use Lambda targets, so that pair returns null.
 * Sources: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html ,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/network/target-group-health-checks.html ,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html
 */
export function defaultHealthCheck(
  lbType: LbType,
  targetType: TargetType = "instance",
  protocol?: HealthCheckProtocol,
): HealthCheckSettings | null {
  if (lbType === "alb") {
    const chosen = protocol ?? "HTTP";
    if (targetType === "lambda") {
      return {
        enabled: false,
        protocol: chosen,
        path: "/",
        port: "traffic-port",
        intervalSec: 35,
        timeoutSec: 30,
        healthyThreshold: 5,
        unhealthyThreshold: 5,
        matcher: "200",
      };
    }
    return {
      enabled: true,
      protocol: chosen,
      path: "/",
      port: "traffic-port",
      intervalSec: 30,
      timeoutSec: 5,
      healthyThreshold: 5,
      unhealthyThreshold: 2,
      matcher: "200",
    };
  }
  if (targetType === "lambda") return null;
  const chosen = protocol ?? "TCP";
  return {
    enabled: true,
    protocol: chosen,
    path: chosen === "TCP" ? null : "/",
    port: "traffic-port",
    intervalSec: 30,
    timeoutSec: chosen === "HTTP" ? 6 : 10,
    healthyThreshold: 5,
    unhealthyThreshold: 2,
    matcher: "200-399",
  };
}

/** Documented value ranges of the settings (L5): used by the query answer, not enforced on timeline input. */
export function healthCheckRanges(lbType: LbType): Record<string, [number, number]> {
  return {
    intervalSec: [5, 300],
    timeoutSec: [2, 120],
    healthyThreshold: [2, 10],
    unhealthyThreshold: [2, 10],
    matcherHttpCodes: lbType === "alb" ? [200, 499] : [200, 599],
  };
}

const MATCHER = /^\d{3}(?:-\d{3})?(?:,\d{3}(?:-\d{3})?)*$/;

/** True when `text` is a matcher in the ELB syntax: codes and ranges joined by commas (`200,202`, `200-299`). */
export function isMatcher(text: string): boolean {
  return MATCHER.test(text.replace(/\s+/g, ""));
}

/**
 * Whether an HTTP status passes a matcher such as `200`, `200-399` or `200,202,300-302` (L5, L6: "You can specify
 * multiple values (for example, 200,202) or a range of values (for example, 200-299)").
 * Source: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html
 */
export function matcherAccepts(matcher: string, status: number): boolean {
  return matcher
    .replace(/\s+/g, "")
    .split(",")
    .some((part) => {
      const [low, high] = part.split("-").map(Number);
      if (low === undefined) return false;
      return status >= low && status <= (high ?? low);
    });
}
