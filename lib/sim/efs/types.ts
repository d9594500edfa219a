import type { IpAddress } from "../net";
import type { Localized, SecurityGroup } from "../sg/types";

export type { Localized } from "../sg/types";

/** Regional (multi-AZ) or One Zone (F5: https://docs.aws.amazon.com/efs/latest/ug/availability-durability.html). */
export type FileSystemType = "regional" | "oneZone";
/** Fixed at creation; Max I/O is legacy (F7: https://docs.aws.amazon.com/efs/latest/ug/performance.html#performancemodes). */
export type PerformanceMode = "generalPurpose" | "maxIO";
/** Changeable after creation (F8: https://docs.aws.amazon.com/efs/latest/ug/managing-throughput.html). */
export type ThroughputMode = "elastic" | "bursting" | "provisioned";
/** Client OS; EFS does not support Windows (F4: https://docs.aws.amazon.com/efs/latest/ug/limits.html). */
export type OperatingSystem = "linux" | "windows" | "macos";

/** The file system as created (CreateFileSystem: https://docs.aws.amazon.com/efs/latest/ug/API_CreateFileSystem.html). */
export interface FileSystemConfig {
  type: FileSystemType;
  /** The AZ of a One Zone file system; null for Regional. */
  az: string | null;
  performanceMode: PerformanceMode;
  throughputMode: ThroughputMode;
}

/** Lifecycle policies, each `AFTER_N_DAYS` or `AFTER_1_ACCESS` (F6: https://docs.aws.amazon.com/efs/latest/ug/API_LifecyclePolicy.html). */
export interface LifecycleConfig {
  transitionToIA?: string;
  transitionToArchive?: string;
  transitionToPrimaryStorageClass?: string;
}

/** A mount target: one per AZ, all in one VPC, up to five SGs (F3: https://docs.aws.amazon.com/efs/latest/ug/API_CreateMountTarget.html). */
export interface MountTarget {
  az: string;
  vpc: string | null;
  securityGroups: string[];
  ip: IpAddress | null;
}

/** The EC2 instance that mounts the file system over NFS (F1, F2: https://docs.aws.amazon.com/efs/latest/ug/network-access.html). */
export interface MountInstance {
  az: string;
  os: OperatingSystem;
  securityGroups: string[];
  privateIp: IpAddress | null;
  vpc: string | null;
}

/** One parsed op of the `efs` input (SIM_CONTRACT.md, section `efs`). */
export type EfsOp =
  | {
      op: "createMountTarget";
      subnetAz: string;
      vpc: string | null;
      securityGroups: string[] | null;
      ip: IpAddress | null;
    }
  | { op: "deleteMountTarget"; az: string }
  | { op: "mount"; instance: MountInstance; nfsVersion: string }
  | {
      op: "updateFileSystem";
      performanceMode: PerformanceMode | null;
      throughputMode: ThroughputMode | null;
    }
  | { op: "putLifecycleConfiguration"; lifecycle: LifecycleConfig };

/** The parsed `efs` input: the file system to create, the security groups, and the ops in order. */
export interface EfsScenario {
  fileSystem: FileSystemConfig;
  securityGroups: SecurityGroup[];
  ops: EfsOp[];
}

/** AWS EFS error names where they exist (API_CreateMountTarget.html), otherwise the contract's neutral codes. */
export type EfsErrorCode =
  | "MountTargetConflict"
  | "AvailabilityZonesMismatch"
  | "SecurityGroupLimitExceeded"
  | "SecurityGroupNotFound"
  | "MountTargetNotFound"
  | "UNSUPPORTED_CONFIGURATION"
  | "UNSUPPORTED_OPERATION"
  | "INVALID_LIFECYCLE";

/** Why a mount failed; `NO_MOUNT_TARGET` (no mount target in the instance's VPC) extends the contract's three reasons. */
export type MountFailure = "SG_BLOCKED" | "UNSUPPORTED_OS" | "UNSUPPORTED_PROTOCOL" | "NO_MOUNT_TARGET";

/** The outcome of a `mount` op (F1, F2, F4, F5: https://docs.aws.amazon.com/efs/latest/ug/mounting-fs.html). */
export interface MountResult {
  mounted: boolean;
  reason?: MountFailure;
  /** True when the instance reaches a mount target in another AZ (cross-AZ data transfer charges apply). */
  crossAz: boolean;
  /** The AZ of the mount target used, or null when none could be chosen. */
  mountTargetAz: string | null;
  /** For SG_BLOCKED: which side dropped the NFS connection. */
  blockedAt?: "instance-egress" | "mount-target-ingress";
  /** The SG rule that let the connection through on each side. */
  allowedBy?: {
    instanceEgress: { group: string; ruleIndex: number };
    mountTargetIngress: { group: string; ruleIndex: number };
  };
  explanation: Localized;
}

/** The outcome of one op, in order; `error` ends the run. */
export type StepResult =
  | { op: "createMountTarget" | "deleteMountTarget"; mountTargets: number; explanation: Localized }
  | ({ op: "mount" } & MountResult)
  | { op: "updateFileSystem"; performanceMode: PerformanceMode; throughputMode: ThroughputMode; explanation: Localized }
  | { op: "putLifecycleConfiguration"; lifecycle: LifecycleConfig; explanation: Localized };

/** A simulated AWS error with its explanation; the caller adds `atOp`. */
export interface EfsFailure {
  error: EfsErrorCode;
  explanation: Localized;
}
