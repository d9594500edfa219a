import type { VolumeType } from "../ebs/volume-limits";
import { PUBLIC_IPV4_HOURLY_USD } from "./facts";
import type { Ec2World, InstanceState, PlacementStrategy, VolumeRole } from "./state";

/** An instance with the contract's fields; "changed" and "preserved" compare with the moment right after launch. */
export interface Ec2InstanceView {
  state: InstanceState;
  instanceType: string;
  publicIpv4Changed: boolean;
  /** Null when no Elastic IP was ever associated. */
  publicIpv4ChangedSinceEipAssociation: boolean | null;
  privateIpv4Changed: boolean;
  instanceStoreDataPreserved: boolean;
  ebsDataPreserved: boolean;
  ramPreserved: boolean;
  elasticIpAssociated: boolean;
  az: string;
  publicIpv4: string | null;
  privateIpv4: string | null;
  hibernationEnabled: boolean;
  hibernated: boolean;
  rootDeviceType: "ebs" | "instance-store";
  placementGroup: number | null;
}

/** A volume, matched by `role` in checks, with `exists` and `state` (E6). */
export interface Ec2VolumeView {
  role: VolumeRole;
  instance: number | null;
  exists: boolean;
  state: "in-use" | "available" | "deleted";
  deleteOnTermination: boolean;
  az: string;
  type: VolumeType;
  sizeGiB: number;
  iops: number | null;
  throughputMiBps: number | null;
  encrypted: boolean;
  multiAttach: boolean;
  attachedTo: number[];
}

/** An Elastic IP: every allocated one is billed $0.005/hour, associated or not (IP1). */
export interface Ec2EipView {
  allocated: boolean;
  associated: boolean;
  instance: number | null;
  publicIp: string;
  billedHourlyUsd: number;
}

/**
 * The EC2 result fields of SIM_CONTRACT.md (`instances`, `volumes`, `eips`, `runningInstances`) plus placement groups
 * and the hourly public IPv4 total. A type alias, not an interface, so results stay assignable to the registry's
 * `Record<string, unknown>`.
 */
export type Ec2StateView = {
  instances: Ec2InstanceView[];
  volumes: Ec2VolumeView[];
  eips: Ec2EipView[];
  runningInstances: number;
  placementGroups: { strategy: PlacementStrategy; partitionCount: number | null }[];
  /** Every public IPv4 in use or allocated (auto-assigned addresses and EIPs) at $0.005 per hour (IP1). */
  publicIpv4HourlyUsdTotal: number;
};

/** Volumes are listed in creation order (launch volumes with their instance, then `createVolume` ones). */
export function viewEc2World(world: Ec2World): Ec2StateView {
  const instances = world.instances.map((i) => ({
    state: i.state,
    instanceType: i.instanceType,
    publicIpv4Changed: i.publicIp !== i.launchPublicIp,
    publicIpv4ChangedSinceEipAssociation: i.ipAtEipAssociation === null ? null : i.publicIp !== i.ipAtEipAssociation,
    privateIpv4Changed: i.privateIp !== i.launchPrivateIp,
    instanceStoreDataPreserved: i.instanceStoreDataPreserved,
    ebsDataPreserved: i.launchVolumes.every((v) => world.store.volumes[v]?.deleted === false),
    ramPreserved: i.ramPreserved,
    elasticIpAssociated: i.eip !== null,
    az: i.az,
    publicIpv4: i.publicIp,
    privateIpv4: i.privateIp,
    hibernationEnabled: i.hibernationEnabled,
    hibernated: i.hibernated,
    rootDeviceType: i.rootDeviceType,
    placementGroup: i.placementGroup,
  }));
  const volumes = world.store.volumes.map((v, index) => {
    const meta = world.volumeMeta[index];
    return {
      role: meta?.role ?? "attached-later",
      instance: meta?.instance ?? null,
      exists: !v.deleted,
      state: v.deleted ? "deleted" : v.attachedTo.length > 0 ? "in-use" : "available",
      deleteOnTermination: meta?.deleteOnTermination ?? false,
      az: v.az,
      type: v.type,
      sizeGiB: v.sizeGiB,
      iops: v.iops,
      throughputMiBps: v.throughputMiBps,
      encrypted: v.encrypted,
      multiAttach: v.multiAttach,
      attachedTo: [...v.attachedTo],
    } satisfies Ec2VolumeView;
  });
  const eips = world.eips.map((e) => ({
    allocated: true,
    associated: e.instance !== null,
    instance: e.instance,
    publicIp: e.publicIp,
    billedHourlyUsd: PUBLIC_IPV4_HOURLY_USD,
  }));
  const autoAssigned = world.instances.filter((i) => i.publicIp !== null && i.eip === null).length;
  return {
    instances,
    volumes,
    eips,
    runningInstances: world.instances.filter((i) => i.state === "running").length,
    placementGroups: world.groups.map((g) => ({ ...g })),
    publicIpv4HourlyUsdTotal: Math.round((autoAssigned + world.eips.length) * PUBLIC_IPV4_HOURLY_USD * 1000) / 1000,
  };
}
