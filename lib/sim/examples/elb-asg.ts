import type { JsonObject, SimExample } from "./types";

const ALB_CHECKS: JsonObject = {
  intervalSec: 30,
  timeoutSec: 5,
  unhealthyThreshold: 2,
  healthyThreshold: 5,
  protocol: "HTTP",
};
const TWO_TARGETS = [
  { id: "i-1", az: "us-east-1a" },
  { id: "i-2", az: "us-east-1b" },
];

/** Load balancer health checks and Auto Scaling (AWS_FACTS §5–6). */
export const ELB_ASG_EXAMPLES: readonly SimExample[] = [
  {
    id: "elb-health-check-replacement",
    sim: "elb-asg",
    title: { ko: "앱이 멈추면 ELB 상태 확인으로 교체", en: "A stopped app is replaced through ELB health checks" },
    description: {
      ko: "i-1의 앱이 t=600에 멈춥니다. 비정상 임계값이나 간격을 바꾸면 비정상 판정과 교체 시각이 어떻게 움직이는지 보세요.",
      en: "i-1's app stops at t=600. Change the unhealthy threshold or the interval and watch when it is marked unhealthy and replaced.",
    },
    input: {
      lb: { type: "alb", healthCheck: ALB_CHECKS },
      targets: TWO_TARGETS,
      asg: {
        min: 2,
        desired: 2,
        max: 4,
        healthCheckType: "ELB",
        gracePeriodSec: 300,
        launchedAt: { "i-1": 0, "i-2": 0 },
      },
      events: [{ t: 600, op: "stopApp", instance: "i-1" }],
    },
  },
  {
    id: "ec2-health-check-type",
    sim: "elb-asg",
    title: { ko: "EC2 상태 확인 유형은 ELB 결과를 무시", en: "The EC2 health check type ignores the load balancer" },
    description: {
      ko: "ELB는 i-1을 비정상으로 표시하지만 그룹은 EC2 상태만 봅니다. 상태 확인 유형을 ELB로 바꿔 보세요.",
      en: "The load balancer marks i-1 unhealthy, but the group looks only at EC2 status. Switch the health check type to ELB.",
    },
    input: {
      lb: { type: "alb", healthCheck: ALB_CHECKS },
      targets: TWO_TARGETS,
      asg: {
        min: 2,
        desired: 2,
        max: 4,
        healthCheckType: "EC2",
        gracePeriodSec: 300,
        launchedAt: { "i-1": 0, "i-2": 0 },
      },
      events: [{ t: 600, op: "stopApp", instance: "i-1" }],
    },
  },
  {
    id: "grace-period",
    sim: "elb-asg",
    title: { ko: "유예 기간과 인스턴스 중지", en: "The grace period and a stopped instance" },
    description: {
      ko: "유예 기간 중 앱이 멈추면 그룹은 유예가 끝날 때까지 기다립니다. 이벤트를 인스턴스 중지로 바꾸면 즉시 교체됩니다.",
      en: "If the app stops during the grace period the group waits for it to end. Change the event to stopInstance: it is replaced at once.",
    },
    input: {
      lb: { type: "alb", healthCheck: ALB_CHECKS },
      targets: TWO_TARGETS,
      asg: {
        min: 2,
        desired: 2,
        max: 4,
        healthCheckType: "ELB",
        gracePeriodSec: 300,
        launchedAt: { "i-1": 0, "i-2": 0 },
      },
      events: [{ t: 10, op: "stopApp", instance: "i-1" }],
    },
  },
  {
    id: "desired-capacity-limits",
    sim: "elb-asg",
    title: { ko: "원하는 용량은 최소~최대 안에서만", en: "Desired capacity stays within min and max" },
    description: {
      ko: "비율 조정과 수동 변경이 차례로 적용됩니다. 마지막 값을 최대 크기보다 크게 바꿔 보세요.",
      en: "A percent adjustment, then a manual change. Set the last value above the group's maximum.",
    },
    input: {
      asg: { min: 2, desired: 4, max: 10 },
      events: [
        { t: 0, op: "applyAdjustment", type: "PercentChangeInCapacity", value: 60 },
        { t: 600, op: "setDesiredCapacity", value: 8 },
      ],
    },
  },
];
