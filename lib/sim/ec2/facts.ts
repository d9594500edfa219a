import type { FactRef } from "../ebs/facts";

const GUIDE = "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide";

/** EC2 facts (AWS_FACTS.md section 3) with the AWS pages they come from. */
export const EC2_FACTS = {
  stopStart: { rule: "E1", source: `${GUIDE}/Stop_Start.html` },
  reboot: { rule: "E2", source: `${GUIDE}/ec2-instance-lifecycle.html#lifecycle-differences` },
  hibernate: { rule: "E3", source: `${GUIDE}/instance-hibernate-overview.html` },
  terminate: { rule: "E4", source: `${GUIDE}/ec2-instance-lifecycle.html#lifecycle-differences` },
  ebsBackedOnly: { rule: "E5", source: `${GUIDE}/Stop_Start.html` },
  deleteOnTermination: { rule: "E6", source: `${GUIDE}/preserving-volumes-on-termination.html` },
  stoppedToModify: { rule: "E7", source: `${GUIDE}/Stop_Start.html` },
  hibernationRoot: { rule: "H1", source: `${GUIDE}/hibernating-prerequisites.html` },
  hibernationRam: { rule: "H2", source: `${GUIDE}/hibernating-prerequisites.html` },
  hibernationBareMetal: { rule: "H3", source: `${GUIDE}/hibernating-prerequisites.html` },
  hibernationFamilies: { rule: "H4", source: `${GUIDE}/hibernating-prerequisites.html` },
  hibernationAtLaunch: { rule: "H5", source: `${GUIDE}/hibernating-prerequisites.html` },
  hibernationMaxDays: { rule: "H6", source: `${GUIDE}/instance-hibernate-limitations.html` },
  hibernationVolumeTypes: { rule: "H8", source: `${GUIDE}/hibernating-prerequisites.html` },
  cluster: { rule: "P1", source: `${GUIDE}/placement-groups.html` },
  spread: { rule: "P2", source: `${GUIDE}/placement-groups.html` },
  partition: { rule: "P3", source: `${GUIDE}/placement-groups.html` },
  publicIpv4Billing: {
    rule: "IP1",
    source: "https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/",
  },
  elasticIp: { rule: "EIP", source: `${GUIDE}/elastic-ip-addresses-eip.html` },
  runInstancesApi: {
    rule: "RunInstances",
    source: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_RunInstances.html",
  },
} as const satisfies Record<string, FactRef>;

/** $0.005 per public IPv4 address-hour since 1 February 2024, in use or idle, EIP or auto-assigned (AWS_FACTS IP1). */
export const PUBLIC_IPV4_HOURLY_USD = 0.005;
/** Longest supported hibernation (AWS_FACTS H6). */
export const MAX_HIBERNATION_DAYS = 60;
/** Hibernation RAM limits in GiB by OS (AWS_FACTS H2): Linux "more than 150 GB" can't hibernate; Windows up to 16 GB. */
export const HIBERNATION_MAX_RAM_GIB = { linux: 150, windows: 16 } as const;
/** Rack-level spread placement groups: at most 7 running instances per AZ per group (AWS_FACTS P2). */
export const SPREAD_MAX_RUNNING_PER_AZ = 7;
/** Partition placement groups: at most 7 partitions per AZ (AWS_FACTS P3). */
export const PARTITION_MAX_PER_AZ = 7;
