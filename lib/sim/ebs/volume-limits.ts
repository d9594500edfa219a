import { EBS_FACTS, type FactRef } from "./facts";

/** EBS volume types. https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html */
export const VOLUME_TYPES = ["gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"] as const;
/** One EBS volume type. */
export type VolumeType = (typeof VOLUME_TYPES)[number];

interface ProvisionedIops {
  min: number;
  max: number;
  perGiB: number;
  /** gp3 delivers this much at any size, so the per-GiB ratio only limits IOPS above it. */
  baseline: number | null;
}

interface ProvisionedThroughput {
  min: number;
  max: number;
  perIops: number;
  default: number;
}

/** Size, IOPS and throughput limits of one volume type, with the documented rule they come from. */
export interface VolumeTypeLimits {
  minSizeGiB: number;
  maxSizeGiB: number;
  bootable: boolean;
  multiAttach: boolean;
  iops: ProvisionedIops | null;
  throughput: ProvisionedThroughput | null;
  fact: FactRef;
}

const TIB = 1024;

/**
 * Current per-type limits. gp3 follows the September 2025 increase (AWS_FACTS B7: 64 TiB, 80,000 IOPS, 2,000 MiB/s;
 * 16,000 IOPS / 1,000 MiB/s / 16 TiB are the old values); io2 is Block Express (B9); st1/sc1 cannot boot (B10).
 * Sources: https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html ,
 * https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html ,
 * https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html
 */
export const VOLUME_TYPE_LIMITS: Record<VolumeType, VolumeTypeLimits> = {
  gp2: {
    minSizeGiB: 1,
    maxSizeGiB: 16 * TIB,
    bootable: true,
    multiAttach: false,
    iops: null,
    throughput: null,
    fact: EBS_FACTS.gp2,
  },
  gp3: {
    minSizeGiB: 1,
    maxSizeGiB: 64 * TIB,
    bootable: true,
    multiAttach: false,
    iops: { min: 3000, max: 80_000, perGiB: 500, baseline: 3000 },
    throughput: { min: 125, max: 2000, perIops: 0.25, default: 125 },
    fact: EBS_FACTS.gp3,
  },
  io1: {
    minSizeGiB: 4,
    maxSizeGiB: 16 * TIB,
    bootable: true,
    multiAttach: true,
    iops: { min: 100, max: 64_000, perGiB: 50, baseline: null },
    throughput: null,
    fact: EBS_FACTS.io1,
  },
  io2: {
    minSizeGiB: 4,
    maxSizeGiB: 64 * TIB,
    bootable: true,
    multiAttach: true,
    iops: { min: 100, max: 256_000, perGiB: 1000, baseline: null },
    throughput: null,
    fact: EBS_FACTS.io2,
  },
  st1: {
    minSizeGiB: 125,
    maxSizeGiB: 16 * TIB,
    bootable: false,
    multiAttach: false,
    iops: null,
    throughput: null,
    fact: EBS_FACTS.hdd,
  },
  sc1: {
    minSizeGiB: 125,
    maxSizeGiB: 16 * TIB,
    bootable: false,
    multiAttach: false,
    iops: null,
    throughput: null,
    fact: EBS_FACTS.hdd,
  },
  standard: {
    minSizeGiB: 1,
    maxSizeGiB: TIB,
    bootable: true,
    multiAttach: false,
    iops: null,
    throughput: null,
    fact: EBS_FACTS.hdd,
  },
};

/** gp2 baseline: 3 IOPS per GiB, at least 100 and at most 16,000 (AWS_FACTS B6, general-purpose.html). */
export function gp2BaselineIops(sizeGiB: number): number {
  return Math.min(16_000, Math.max(100, 3 * sizeGiB));
}

/** The most IOPS a volume of this type and size may provision: the type maximum, capped by the per-GiB ratio. */
export function maxIopsFor(type: VolumeType, sizeGiB: number): number | null {
  const iops = VOLUME_TYPE_LIMITS[type].iops;
  if (!iops) return null;
  return Math.min(iops.max, Math.max(iops.baseline ?? 0, iops.perGiB * sizeGiB));
}

/** The most throughput a gp3 volume may provision at these IOPS: 0.25 MiB/s per IOPS, at most 2,000 MiB/s. */
export function maxThroughputFor(type: VolumeType, iops: number): number | null {
  const throughput = VOLUME_TYPE_LIMITS[type].throughput;
  if (!throughput) return null;
  return Math.min(throughput.max, Math.max(throughput.min, Math.floor(throughput.perIops * iops)));
}

/** Only these types can be a boot (root) volume: st1 and sc1 cannot (AWS_FACTS B10). */
export function isBootable(type: VolumeType): boolean {
  return VOLUME_TYPE_LIMITS[type].bootable;
}
