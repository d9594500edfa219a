import { withJosa } from "@/lib/i18n/josa";
import { formatProtocol } from "../net";
import type { TopologyFailure } from "./topology";
import type { Localized, Network, VpcScenario, VpcTraceStep } from "./types";
import type { Walk } from "./walk";

function what(scenario: VpcScenario): string {
  const { flow } = scenario;
  const protocol = formatProtocol(flow.protocol);
  if (flow.port !== null) return `${protocol}/${flow.port}`;
  if (flow.icmpType !== null) return `${protocol} type ${flow.icmpType} code ${flow.icmpCode ?? 0}`;
  return protocol;
}

function stateWord(network: Network, step: VpcTraceStep): Localized {
  const target = step.route?.target ?? "";
  const igw = network.internetGateways.get(target);
  if (igw)
    return igw.vpc === null
      ? { en: `${target} is detached`, ko: `${target} 연결이 분리되어 있습니다` }
      : {
          en: `${target} is attached to ${igw.vpc}, not to this VPC`,
          ko: `${target} 게이트웨이는 이 VPC가 아니라 ${igw.vpc}에 연결되어 있습니다`,
        };
  const nat = network.natGateways.get(target);
  if (nat)
    return {
      en: `${target} is ${nat.state}, not available`,
      ko: `${target} 상태가 available이 아니라 ${nat.state}입니다`,
    };
  const pcx = network.peeringConnections.get(target);
  if (pcx)
    return { en: `${target} is ${pcx.state}, not active`, ko: `${target} 상태가 active가 아니라 ${pcx.state}입니다` };
  return { en: `${target} is unavailable`, ko: `${target} 대상을 쓸 수 없습니다` };
}

function routeText(step: VpcTraceStep): string {
  return step.route ? `${step.route.destination} → ${step.route.target}` : "";
}

function explainRoute(network: Network, step: VpcTraceStep): Localized {
  const reply = step.phase === "reply";
  const r = routeText(step);
  switch (step.reason) {
    case "no-route":
      return step.check === "transit-gateway"
        ? {
            en: `Transit gateway ${step.at} has no route for the ${reply ? "reply" : "request"}.`,
            ko: `Transit Gateway ${step.at}의 라우팅 테이블에 ${reply ? "응답" : "요청"}에 맞는 경로가 없습니다.`,
          }
        : {
            en: `Route table ${step.at} has no route that matches the ${reply ? "reply's" : "request's"} destination.`,
            ko: `라우팅 테이블 ${step.at}에 ${reply ? "응답" : "요청"}의 목적지와 일치하는 경로가 없습니다.`,
          };
    case "no-holder":
      return {
        en: `${step.at} delivers the packet to an address that the destination instance does not hold${r ? ` (${r})` : ""}.`,
        ko: `${step.at}에서 패킷이 목적지 인스턴스가 갖지 않은 주소로 전달됩니다${r ? ` (${r})` : ""}.`,
      };
    case "igw-to-vpc":
      return {
        en: `In ${step.at} the most specific route (${r}) sends an address inside a VPC to an internet gateway, which leads nowhere: add a route to the peering connection or transit gateway.`,
        ko: `${step.at}에서 가장 구체적인 경로(${r})가 VPC 안의 주소를 인터넷 게이트웨이로 보내므로 도달할 곳이 없습니다. 피어링 연결이나 Transit Gateway로 가는 경로를 추가하세요.`,
      };
    case "other-component":
      return {
        en: `The reply's route back in ${step.at} (${r}) does not use the component the request came through. AWS does no reverse-path forwarding: each side answers by its own route table.`,
        ko: `${step.at}에서 응답이 돌아가는 경로(${r})가 요청이 들어온 구성 요소를 거치지 않습니다. AWS는 역경로 전달을 하지 않으므로 각 쪽은 자기 라우팅 테이블로 응답합니다.`,
      };
    case "other-vpc":
      return {
        en: `Transit gateway ${step.at} routes the reply (${r}) to another VPC than the one the request came from.`,
        ko: `Transit Gateway ${step.at}에서 응답 경로(${r})가 요청이 출발한 VPC가 아닌 다른 VPC로 향합니다.`,
      };
    case "loop":
      return { en: "The request loops between NAT devices.", ko: "요청이 NAT 장치 사이를 맴돕니다." };
    default:
      return {
        en: `Route table ${step.at} cannot deliver the packet.`,
        ko: `라우팅 테이블 ${step.at}에서 패킷을 전달할 수 없습니다.`,
      };
  }
}

function explainNacl(scenario: VpcScenario, step: VpcTraceStep): Localized {
  const direction = step.check === "nacl-in" ? { en: "inbound", ko: "인바운드" } : { en: "outbound", ko: "아웃바운드" };
  const rule =
    step.rule === "*"
      ? {
          en: "no numbered rule matches, so the final * rule denies it",
          ko: "일치하는 번호 규칙이 없어 마지막 * 규칙이 거부합니다",
        }
      : {
          en: `rule ${step.rule} (deny) is the lowest-numbered match`,
          ko: `일치하는 규칙 중 번호가 가장 작은 ${step.rule}번 규칙(거부)이 적용됩니다`,
        };
  const port = step.packet?.port;
  const reply =
    step.phase === "reply"
      ? {
          en: ` NACLs are stateless: the reply${port == null ? "" : ` to ephemeral port ${port}`} needs its own allow rule (AWS suggests 1024-65535).`,
          ko: ` NACL은 상태 비저장이므로${port == null ? "" : ` 임시 포트 ${withJosa(String(port), "으로/로")} 가는`} 응답에도 별도의 허용 규칙이 필요합니다(AWS 권장 범위 1024-65535).`,
        }
      : { en: "", ko: "" };
  const phase =
    step.phase === "reply"
      ? { en: "the reply", ko: "응답" }
      : { en: `the request (${what(scenario)})`, ko: `요청(${what(scenario)})` };
  return {
    en: `Blocked by network ACL ${step.at} (${direction.en}) on ${phase.en}: ${rule.en}.${reply.en}`,
    ko: `네트워크 ACL ${step.at}의 ${direction.ko} 규칙에서 ${phase.ko} 차단됨: ${rule.ko}.${reply.ko}`,
  };
}

function explainBlock(scenario: VpcScenario, step: VpcTraceStep): Localized {
  const { network } = scenario;
  const at = step.at;
  switch (step.blockedBy) {
    case "security-group": {
      const groups = network.instances.get(at)?.securityGroups.join(", ") ?? "";
      const direction =
        step.check === "sg-in" ? { en: "inbound", ko: "인바운드" } : { en: "outbound", ko: "아웃바운드" };
      return {
        en: `Blocked by the security groups of ${at} (${groups}): no ${direction.en} rule allows ${what(scenario)}. Security groups only allow, and they are stateful, so replies are never checked.`,
        ko: `${at}의 보안 그룹(${groups})에서 차단됨: ${what(scenario)} 트래픽을 허용하는 ${direction.ko} 규칙이 없습니다. 보안 그룹에는 허용 규칙만 있고 상태 저장이라 응답은 검사하지 않습니다.`,
      };
    }
    case "network-acl":
      return explainNacl(scenario, step);
    case "route":
      return explainRoute(network, step);
    case "blackhole":
      if (step.check === "transit-gateway")
        return {
          en: `Transit gateway ${at} matches a static blackhole route (${routeText(step)}), which drops the traffic.`,
          ko: `Transit Gateway ${at}에서 정적 블랙홀 경로(${routeText(step)})가 일치해 트래픽을 버립니다.`,
        };
      {
        const why = stateWord(network, step);
        return {
          en: `The most specific route in ${at} (${routeText(step)}) is a blackhole: ${why.en}.`,
          ko: `${at}에서 가장 구체적인 경로(${routeText(step)})가 블랙홀 상태입니다: ${why.ko}.`,
        };
      }
    case "no-public-ip":
      return network.natGateways.has(at)
        ? {
            en: `${at} is a private NAT gateway: it has no Elastic IP, so the internet gateway drops its traffic.`,
            ko: `${withJosa(at, "은/는")} 프라이빗 NAT 게이트웨이라 탄력적 IP가 없으므로 인터넷 게이트웨이가 트래픽을 버립니다.`,
          }
        : step.reason === "inbound"
          ? {
              en: `${at} has no public IPv4 address, so the internet cannot address it.`,
              ko: `${at}에 퍼블릭 IPv4 주소가 없어 인터넷에서 이 인스턴스로 주소를 지정할 수 없습니다.`,
            }
          : {
              en: `${at} has no public IPv4 address, so it cannot use the internet gateway (a route alone is not enough).`,
              ko: `${at}에 퍼블릭 IPv4 주소가 없어 인터넷 게이트웨이를 쓸 수 없습니다(경로만으로는 부족합니다).`,
            };
    case "igw-missing":
      return {
        en: `${at} has no internet gateway attached, so the internet cannot reach the instance.`,
        ko: `${at}에 연결된 인터넷 게이트웨이가 없어 인터넷에서 인스턴스에 도달할 수 없습니다.`,
      };
    case "peering-not-transitive":
      return {
        en: `Peering connection ${at} delivers only into its peer VPC; the destination is in a third VPC. Peering is not transitive: peer the two VPCs directly or use a transit gateway.`,
        ko: `피어링 연결 ${withJosa(at, "은/는")} 상대 VPC 안으로만 전달하는데 목적지는 제3의 VPC에 있습니다. 피어링은 전이되지 않으므로 두 VPC를 직접 피어링하거나 Transit Gateway를 쓰세요.`,
      };
    case "peering-edge-to-edge":
      return {
        en: `Peering connection ${at} cannot carry traffic to the internet or an AWS service: a peer VPC's internet gateway, NAT device or gateway endpoint can't be used (no edge-to-edge routing).`,
        ko: `피어링 연결 ${withJosa(at, "으로/로")}는 인터넷이나 AWS 서비스로 갈 수 없습니다. 상대 VPC의 인터넷 게이트웨이, NAT 장치, 게이트웨이 엔드포인트는 쓸 수 없습니다(엣지 간 라우팅 불가).`,
      };
    case "nat-unsupported-protocol":
      return {
        en: `NAT gateway ${at} supports only TCP, UDP and ICMP, not ${what(scenario)}.`,
        ko: `NAT 게이트웨이 ${withJosa(at, "은/는")} TCP, UDP, ICMP만 지원하며 ${what(scenario)} 트래픽은 지원하지 않습니다.`,
      };
    case "source-dest-check":
      return {
        en: `A route sends the packet to ${at}, whose source/destination check is enabled: a NAT instance must have it disabled.`,
        ko: `경로가 패킷을 ${withJosa(at, "으로/로")} 보내는데 이 인스턴스는 소스/대상 확인이 켜져 있습니다. NAT 인스턴스는 이 확인을 꺼야 합니다.`,
      };
    default:
      return { en: `Blocked at ${at}.`, ko: `${at}에서 차단됨.` };
  }
}

/** One or two sentences naming the deciding component, in English and Korean. */
export function explainReachability(scenario: VpcScenario, walk: Walk): Localized {
  const failure = walk.failure;
  if (failure !== null) {
    const text = explainBlock(scenario, failure);
    const later = walk.trace.filter((step) => step.outcome === "deny").length - 1;
    if (later <= 0) return text;
    return {
      en: `${text.en} (${later} more check${later === 1 ? "" : "s"} on the way would also block.)`,
      ko: `${text.ko} (그 뒤에도 막는 검사가 ${later}개 더 있습니다.)`,
    };
  }
  const route = walk.path.join(" → ");
  const replyNote =
    scenario.flow.icmpType !== null && scenario.flow.icmpType !== 8
      ? { en: "This ICMP type has no reply to check.", ko: "이 ICMP 유형에는 검사할 응답이 없습니다." }
      : {
          en: "The reply comes back the same way: security groups let it through (stateful), and every NACL on the way allows it.",
          ko: "응답도 같은 길로 돌아옵니다. 보안 그룹은 상태 저장이라 응답을 통과시키고, 지나는 NACL도 모두 응답을 허용합니다.",
        };
  return {
    en: `Reachable: ${what(scenario)} goes ${route}. ${replyNote.en}`,
    ko: `도달 가능: ${what(scenario)} 트래픽이 ${route} 순서로 갑니다. ${replyNote.ko}`,
  };
}

const TOPOLOGY_TEXT: Record<TopologyFailure["error"], (at: string) => Localized> = {
  PEERING_CIDR_OVERLAP: (at) => ({
    en: `AWS refuses peering connection ${at}: the two VPCs have overlapping IPv4 CIDRs (any overlap blocks it).`,
    ko: `AWS는 피어링 연결 ${withJosa(at, "을/를")} 만들지 않습니다. 두 VPC의 IPv4 CIDR이 겹칩니다(하나라도 겹치면 안 됩니다).`,
  }),
  EIGW_IPV6_ONLY: (at) => ({
    en: `Route table ${at} sends IPv4 traffic to an egress-only internet gateway, which is for IPv6 only: use a NAT gateway for IPv4.`,
    ko: `라우팅 테이블 ${withJosa(at, "이/가")} IPv4 트래픽을 송신 전용 인터넷 게이트웨이로 보냅니다. 이 게이트웨이는 IPv6 전용이므로 IPv4에는 NAT 게이트웨이를 쓰세요.`,
  }),
  ROUTE_MORE_SPECIFIC_THAN_LOCAL: (at) => ({
    en: `Route table ${at} has a route as specific as or more specific than the VPC's local route; AWS refuses it.`,
    ko: `라우팅 테이블 ${at}에 VPC의 local 경로와 같거나 더 구체적인 경로가 있어 AWS가 거부합니다.`,
  }),
  PUBLIC_NAT_REQUIRES_IGW: (at) => ({
    en: `Public NAT gateway ${at} cannot be created: its VPC has no internet gateway attached.`,
    ko: `퍼블릭 NAT 게이트웨이 ${withJosa(at, "을/를")} 만들 수 없습니다. VPC에 연결된 인터넷 게이트웨이가 없습니다.`,
  }),
};

/** Why AWS refuses the configuration. */
export function explainTopologyError(_network: Network, failure: TopologyFailure): Localized {
  return TOPOLOGY_TEXT[failure.error](failure.at);
}
