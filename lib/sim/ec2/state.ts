import { emptyBlockStore, type BlockStore } from "../ebs/block-store";
import { describeInstanceType } from "../instance-catalog";

/** Settled instance states (pending/stopping/shutting-down are not modelled). https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html */
export type InstanceState = "running" | "stopped" | "terminated";
/** How a volume came to the instance, which sets its DeleteOnTermination default (E6). */
export type VolumeRole = "root" | "additional" | "attached-later";
/** Placement strategies. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/placement-groups.html */
export type PlacementStrategy = "cluster" | "spread" | "partition";

/** An instance and what has happened to the things it had right after launch. */
export interface Ec2Instance {
  instanceType: string;
  az: string;
  os: "linux" | "windows";
  rootDeviceType: "ebs" | "instance-store";
  bareMetal: boolean;
  ramGiB: number | null;
  ramGiBGiven: boolean;
  hibernationEnabled: boolean;
  autoAssignPublicIp: boolean;
  instanceStoreVolumes: number;
  placementGroup: number | null;
  state: InstanceState;
  /** Stopped by hibernation (RAM saved on the root volume) rather than by a plain stop. */
  hibernated: boolean;
  privateIp: string | null;
  launchPrivateIp: string;
  publicIp: string | null;
  launchPublicIp: string | null;
  eip: number | null;
  ipAtEipAssociation: string | null;
  instanceStoreDataPreserved: boolean;
  ramPreserved: boolean;
  /** Store indexes of the root and additional EBS volumes created at launch. */
  launchVolumes: number[];
}

/** EC2-side facts about a store volume: its role, instance and DeleteOnTermination (E6). */
export interface VolumeMeta {
  role: VolumeRole;
  instance: number | null;
  deleteOnTermination: boolean;
}

/** An allocated Elastic IP and the instance it is associated with, if any. https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html */
export interface ElasticIp {
  publicIp: string;
  instance: number | null;
}

/** A placement group; `partitionCount` only for the partition strategy (P3). */
export interface PlacementGroup {
  strategy: PlacementStrategy;
  partitionCount: number | null;
}

/** Everything the EC2 simulator tracks. EBS volumes live in the shared block store so EBS rules apply unchanged. */
export interface Ec2World {
  store: BlockStore;
  /** Parallel to `store.volumes`. */
  volumeMeta: VolumeMeta[];
  /** `createVolume` number → store index (op `volume` fields count only volumes made by `createVolume`). */
  createdVolumes: number[];
  instances: Ec2Instance[];
  eips: ElasticIp[];
  groups: PlacementGroup[];
  addressesIssued: { public: number; private: number; elastic: number };
}

/** The state before the first operation. */
export function emptyEc2World(): Ec2World {
  return {
    store: emptyBlockStore(),
    volumeMeta: [],
    createdVolumes: [],
    instances: [],
    eips: [],
    groups: [],
    addressesIssued: { public: 0, private: 0, elastic: 0 },
  };
}

function address(prefix: number, n: number): string {
  return `${prefix}.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** Addresses are counters, not random: the same input always gives the same addresses. */
export function issuePublicIp(world: Ec2World): string {
  world.addressesIssued.public += 1;
  return address(3, world.addressesIssued.public);
}

/** The next private IPv4 address (counter-based, deterministic). */
export function issuePrivateIp(world: Ec2World): string {
  world.addressesIssued.private += 1;
  return address(10, world.addressesIssued.private);
}

/** The next Elastic IP address (counter-based, deterministic). */
export function issueElasticIp(world: Ec2World): string {
  world.addressesIssued.elastic += 1;
  return address(52, world.addressesIssued.elastic);
}

/** Whether the instance type is built on the Nitro System (required for Multi-Attach, B5). */
export function isNitro(instance: Ec2Instance): boolean {
  return describeInstanceType(instance.instanceType).nitro;
}

/** Gives a running instance without an EIP a fresh auto-assigned public IPv4, if its subnet assigns one. */
export function assignAutoPublicIp(world: Ec2World, instance: Ec2Instance): void {
  if (instance.eip === null) instance.publicIp = instance.autoAssignPublicIp ? issuePublicIp(world) : null;
}

/** Releases the auto-assigned public IPv4; an associated Elastic IP stays. */
export function releaseAutoPublicIp(world: Ec2World, instance: Ec2Instance): void {
  instance.publicIp = instance.eip === null ? null : (world.eips[instance.eip]?.publicIp ?? null);
}
