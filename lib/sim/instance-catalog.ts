/** What the simulators need to know about an instance type, derived from its name (`family.size`). */
export interface InstanceTypeInfo {
  family: string;
  size: string;
  /** Built on the Nitro System (needed for EBS Multi-Attach). */
  nitro: boolean;
  bareMetal: boolean;
  /** The family is in the hibernation prerequisites list. */
  hibernationSupported: boolean;
  /** Memory in GiB where the simulator knows it; null otherwise. */
  ramGiB: number | null;
}

/**
 * Xen-based families; every other current family is built on the Nitro System (bare-metal sizes are Nitro too).
 * https://docs.aws.amazon.com/ec2/latest/instancetypes/ec2-nitro-instances.html
 */
const XEN_FAMILIES = new Set([
  "t1",
  "t2",
  "m1",
  "m2",
  "m3",
  "m4",
  "c1",
  "c3",
  "c4",
  "r3",
  "r4",
  "i2",
  "i3",
  "d2",
  "g2",
  "g3",
  "g3s",
  "p2",
  "p3",
  "x1",
  "x1e",
  "h1",
  "f1",
  "cc2",
  "cr1",
  "hs1",
]);

/**
 * Families listed in the hibernation prerequisites (AWS_FACTS H4, 2023 list plus M7i/M7i-flex), and the Graviton
 * families that AWS added in 2024 with the arm64 AMIs. The authority is
 * `describe-instance-types --filters Name=hibernation-supported,Values=true`.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hibernating-prerequisites.html
 */
const HIBERNATION_FAMILIES = new Set([
  "m3",
  "m4",
  "m5",
  "m5a",
  "m5ad",
  "m5d",
  "m6i",
  "m6id",
  "m7i",
  "m7i-flex",
  "t2",
  "t3",
  "t3a",
  "c3",
  "c4",
  "c5",
  "c5d",
  "c6i",
  "c6id",
  "r3",
  "r4",
  "r5",
  "r5a",
  "r5ad",
  "r5d",
  "i3",
  "i3en",
  "t4g",
  "m6g",
  "m6gd",
  "m7g",
  "m7gd",
  "c6g",
  "c6gd",
  "c6gn",
  "c7g",
  "c7gd",
  "c7gn",
  "r6g",
  "r6gd",
  "r7g",
  "r7gd",
]);

const BURSTABLE_RAM_GIB: Record<string, number> = {
  nano: 0.5,
  micro: 1,
  small: 2,
  medium: 4,
  large: 8,
  xlarge: 16,
  "2xlarge": 32,
};
const BURSTABLE_FAMILIES = new Set(["t2", "t3", "t3a", "t4g"]);

/** Memory per vCPU for the families above whose size names scale linearly (large = 2 vCPU, xlarge = 4, Nxlarge = 4N). */
const RAM_PER_VCPU: Record<string, number> = {
  m3: 3.75,
  c3: 1.875,
  c4: 1.875,
  r3: 7.625,
  r4: 7.625,
  i3: 7.625,
  m4: 4,
  m5: 4,
  m5a: 4,
  m5ad: 4,
  m5d: 4,
  m6i: 4,
  m6id: 4,
  m6a: 4,
  m7i: 4,
  "m7i-flex": 4,
  m7a: 4,
  m6g: 4,
  m6gd: 4,
  m7g: 4,
  m7gd: 4,
  c5: 2,
  c5a: 2,
  c5d: 2,
  c6i: 2,
  c6id: 2,
  c6a: 2,
  c7i: 2,
  c6g: 2,
  c6gd: 2,
  c6gn: 2,
  c7g: 2,
  c7gd: 2,
  c7gn: 2,
  r5: 8,
  r5a: 8,
  r5ad: 8,
  r5d: 8,
  r6i: 8,
  r6id: 8,
  r7i: 8,
  r6g: 8,
  r6gd: 8,
  r7g: 8,
  r7gd: 8,
  i3en: 8,
};

function vcpusOf(size: string): number | null {
  if (size === "medium") return 1;
  if (size === "large") return 2;
  if (size === "xlarge") return 4;
  const match = /^(\d+)xlarge$/.exec(size);
  return match?.[1] ? 4 * Number(match[1]) : null;
}

function ramOf(family: string, size: string): number | null {
  if (BURSTABLE_FAMILIES.has(family)) return BURSTABLE_RAM_GIB[size] ?? null;
  const perVcpu = RAM_PER_VCPU[family];
  const vcpus = vcpusOf(size);
  return perVcpu !== undefined && vcpus !== null ? perVcpu * vcpus : null;
}

/** Parses `m5.large` into what the EBS and EC2 rules look at: family, Nitro, bare metal, hibernation support, RAM. */
export function describeInstanceType(instanceType: string): InstanceTypeInfo {
  const dot = instanceType.indexOf(".");
  const family = (dot === -1 ? instanceType : instanceType.slice(0, dot)).toLowerCase();
  const size = dot === -1 ? "" : instanceType.slice(dot + 1).toLowerCase();
  const bareMetal = size === "metal" || size.startsWith("metal-");
  return {
    family,
    size,
    nitro: bareMetal || !XEN_FAMILIES.has(family),
    bareMetal,
    hibernationSupported: HIBERNATION_FAMILIES.has(family),
    ramGiB: ramOf(family, size),
  };
}
