import type { JsonObject, SimExample } from "./types";

const ALL_OUT: JsonObject = { protocol: "-1", fromPort: -1, toPort: -1, destination: "0.0.0.0/0" };
const ALLOW_ALL = (rule: number): JsonObject => ({
  rule,
  protocol: "-1",
  fromPort: -1,
  toPort: -1,
  cidr: "0.0.0.0/0",
  action: "allow",
});

/** VPC routing and reachability (AWS_FACTS "VPC routing and reachability"). */
export const VPC_EXAMPLES: readonly SimExample[] = [
  {
    id: "nat-reply-ephemeral-ports",
    sim: "vpc",
    title: {
      ko: "NAT 게이트웨이 서브넷의 NACL과 응답 포트",
      en: "The NAT gateway's subnet NACL and the reply's port",
    },
    description: {
      ko: "프라이빗 인스턴스가 NAT 게이트웨이를 거쳐 HTTPS로 나가지만, 퍼블릭 서브넷의 NACL이 443번 응답만 받아 임시 포트 50000으로 오는 응답이 막힙니다. acl-pub 인바운드에 1024-65535 허용 규칙을 추가해 보세요.",
      en: "A private instance goes out over HTTPS through a NAT gateway, but the public subnet's NACL lets in only port 443, so the reply to ephemeral port 50000 is dropped. Add an inbound rule for 1024-65535 to acl-pub.",
    },
    input: {
      vpcs: [{ id: "vpc-a", cidrs: ["10.0.0.0/16"] }],
      subnets: [
        { id: "subnet-pub", vpc: "vpc-a", cidr: "10.0.1.0/24", routeTable: "rtb-pub", networkAcl: "acl-pub" },
        { id: "subnet-app", vpc: "vpc-a", cidr: "10.0.2.0/24" },
      ],
      routeTables: [
        { id: "rtb-main", vpc: "vpc-a", main: true, routes: [{ destination: "0.0.0.0/0", target: "nat-1" }] },
        { id: "rtb-pub", vpc: "vpc-a", routes: [{ destination: "0.0.0.0/0", target: "igw-1" }] },
      ],
      internetGateways: [{ id: "igw-1", vpc: "vpc-a" }],
      natGateways: [{ id: "nat-1", subnet: "subnet-pub", elasticIp: "3.80.0.20" }],
      securityGroups: [{ id: "sg-app", inbound: [], outbound: [ALL_OUT] }],
      networkAcls: [
        {
          id: "acl-pub",
          inbound: [
            { rule: 100, protocol: "tcp", fromPort: 443, toPort: 443, cidr: "0.0.0.0/0", action: "allow" },
            { rule: 110, protocol: "-1", fromPort: -1, toPort: -1, cidr: "10.0.0.0/16", action: "allow" },
          ],
          outbound: [ALLOW_ALL(100)],
        },
      ],
      instances: [{ id: "i-app", subnet: "subnet-app", privateIp: "10.0.2.10", securityGroups: ["sg-app"] }],
      flow: { from: { instance: "i-app" }, to: "internet", protocol: "tcp", port: 443, sourcePort: 50000 },
    },
  },
  {
    id: "peering-is-not-transitive",
    sim: "vpc",
    title: { ko: "피어링은 전이되지 않는다", en: "Peering is not transitive" },
    description: {
      ko: "A는 B와, B는 C와 피어링되어 있습니다. A의 라우팅 테이블이 C의 CIDR을 pcx-ab로 보내도 B를 거쳐 C로 갈 수는 없습니다. pcx-ac를 추가하고 양쪽 라우팅 테이블에 경로를 넣어 보세요.",
      en: "A is peered with B and B with C. Even when A's route table sends C's CIDR to pcx-ab, traffic can't pass through B to C. Add pcx-ac and a route on both sides.",
    },
    input: {
      vpcs: [
        { id: "vpc-a", cidrs: ["10.1.0.0/16"] },
        { id: "vpc-b", cidrs: ["10.2.0.0/16"] },
        { id: "vpc-c", cidrs: ["10.3.0.0/16"] },
      ],
      subnets: [
        { id: "subnet-a", vpc: "vpc-a", cidr: "10.1.1.0/24" },
        { id: "subnet-b", vpc: "vpc-b", cidr: "10.2.1.0/24" },
        { id: "subnet-c", vpc: "vpc-c", cidr: "10.3.1.0/24" },
      ],
      routeTables: [
        {
          id: "rtb-a",
          vpc: "vpc-a",
          main: true,
          routes: [
            { destination: "10.2.0.0/16", target: "pcx-ab" },
            { destination: "10.3.0.0/16", target: "pcx-ab" },
          ],
        },
        {
          id: "rtb-b",
          vpc: "vpc-b",
          main: true,
          routes: [
            { destination: "10.1.0.0/16", target: "pcx-ab" },
            { destination: "10.3.0.0/16", target: "pcx-bc" },
          ],
        },
        { id: "rtb-c", vpc: "vpc-c", main: true, routes: [{ destination: "10.2.0.0/16", target: "pcx-bc" }] },
      ],
      peeringConnections: [
        { id: "pcx-ab", vpcs: ["vpc-a", "vpc-b"] },
        { id: "pcx-bc", vpcs: ["vpc-b", "vpc-c"] },
      ],
      securityGroups: [
        { id: "sg-a", inbound: [], outbound: [ALL_OUT] },
        {
          id: "sg-c",
          inbound: [{ protocol: "tcp", fromPort: 5432, toPort: 5432, source: "10.0.0.0/8" }],
          outbound: [ALL_OUT],
        },
      ],
      instances: [
        { id: "i-a", subnet: "subnet-a", privateIp: "10.1.1.10", securityGroups: ["sg-a"] },
        { id: "i-c", subnet: "subnet-c", privateIp: "10.3.1.20", securityGroups: ["sg-c"] },
      ],
      flow: { from: { instance: "i-a" }, to: { instance: "i-c" }, protocol: "tcp", port: 5432 },
    },
  },
  {
    id: "s3-through-gateway-endpoint",
    sim: "vpc",
    title: { ko: "인터넷 없이 S3로: 게이트웨이 엔드포인트", en: "To S3 without the internet: a gateway endpoint" },
    description: {
      ko: "프라이빗 서브넷에는 인터넷으로 가는 경로가 없지만 pl-s3 → vpce-s3 경로 덕분에 S3에 닿습니다. 보안 그룹 아웃바운드는 접두사 목록 ID를 쓸 수 있습니다. 엔드포인트 경로를 지우면 무엇이 막는지 보세요.",
      en: "The private subnet has no route to the internet, yet it reaches S3 through the pl-s3 → vpce-s3 route; the security group's outbound rule names the prefix list. Delete the endpoint route and see what blocks.",
    },
    input: {
      vpcs: [{ id: "vpc-a", cidrs: ["10.0.0.0/16"], region: "us-east-1" }],
      subnets: [{ id: "subnet-data", vpc: "vpc-a", cidr: "10.0.3.0/24" }],
      routeTables: [
        { id: "rtb-main", vpc: "vpc-a", main: true, routes: [{ destination: "pl-s3", target: "vpce-s3" }] },
      ],
      vpcEndpoints: [{ id: "vpce-s3", vpc: "vpc-a", service: "s3" }],
      prefixLists: [{ id: "pl-s3", service: "s3", region: "us-east-1", cidrs: ["52.216.0.0/15", "3.5.0.0/19"] }],
      securityGroups: [
        {
          id: "sg-etl",
          inbound: [],
          outbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, destination: "pl-s3" }],
        },
      ],
      instances: [{ id: "i-etl", subnet: "subnet-data", privateIp: "10.0.3.15", securityGroups: ["sg-etl"] }],
      flow: { from: { instance: "i-etl" }, to: { service: "s3" }, protocol: "tcp", port: 443 },
    },
  },
  {
    id: "internet-needs-public-ip",
    sim: "vpc",
    title: { ko: "인터넷에서 들어오려면 퍼블릭 IP가 필요", en: "Inbound from the internet needs a public IP" },
    description: {
      ko: "웹 서버의 서브넷은 인터넷 게이트웨이로 가는 경로가 있는 퍼블릭 서브넷이지만, 인스턴스에 퍼블릭 IPv4가 없어 인터넷에서 주소를 지정할 수 없습니다. i-web에 publicIp를 넣어 보세요.",
      en: "The web server's subnet is public (it routes to the internet gateway), but the instance has no public IPv4, so the internet cannot address it. Give i-web a publicIp.",
    },
    input: {
      vpcs: [{ id: "vpc-web", cidrs: ["172.31.0.0/16"] }],
      subnets: [{ id: "subnet-web", vpc: "vpc-web", cidr: "172.31.0.0/20" }],
      routeTables: [
        { id: "rtb-web", vpc: "vpc-web", main: true, routes: [{ destination: "0.0.0.0/0", target: "igw-web" }] },
      ],
      internetGateways: [{ id: "igw-web", vpc: "vpc-web" }],
      securityGroups: [
        {
          id: "sg-web",
          inbound: [{ protocol: "tcp", fromPort: 443, toPort: 443, source: "0.0.0.0/0" }],
          outbound: [ALL_OUT],
        },
      ],
      instances: [{ id: "i-web", subnet: "subnet-web", privateIp: "172.31.5.20", securityGroups: ["sg-web"] }],
      flow: { from: "internet", to: { instance: "i-web" }, protocol: "tcp", port: 443, sourcePort: 51000 },
    },
  },
];
