import type { FieldSpec } from "../model/field-codec";
import type { OpSpec } from "../model/op-spec";

const PERFORMANCE_MODES = ["generalPurpose", "maxIO"] as const;
const THROUGHPUT_MODES = ["elastic", "bursting", "provisioned"] as const;

/** The `efs` simulator's operations (SIM_CONTRACT `efs`): mount targets, mounts from an instance, updates, lifecycle. */
export const EFS_OPS: readonly OpSpec[] = [
  {
    op: "createMountTarget",
    fields: [
      { path: "subnetAz", kind: "text", required: true, initial: "us-east-1a" },
      { path: "vpc", kind: "text", initial: "vpc-1" },
      { path: "securityGroups", kind: "list", initial: ["sg-efs"] },
      { path: "ipAddress", kind: "text" },
    ],
  },
  { op: "deleteMountTarget", fields: [{ path: "az", kind: "text", required: true, initial: "us-east-1a" }] },
  {
    op: "mount",
    fields: [
      { path: "instance.az", kind: "text", required: true, initial: "us-east-1a" },
      { path: "instance.os", kind: "select", options: ["linux", "windows", "macos"], initial: "linux" },
      { path: "instance.securityGroups", kind: "list", initial: ["sg-app"] },
      { path: "instance.privateIp", kind: "text", initial: "10.0.1.10" },
      { path: "instance.vpc", kind: "text", initial: "vpc-1" },
      { path: "nfsVersion", kind: "text", initial: "4.1" },
    ],
  },
  {
    op: "updateFileSystem",
    fields: [
      { path: "performanceMode", kind: "select", options: PERFORMANCE_MODES },
      { path: "throughputMode", kind: "select", options: THROUGHPUT_MODES },
    ],
  },
  {
    op: "putLifecycleConfiguration",
    fields: [
      { path: "transitionToIA", kind: "text", initial: "AFTER_30_DAYS" },
      { path: "transitionToArchive", kind: "text" },
      { path: "transitionToPrimaryStorageClass", kind: "text" },
    ],
  },
];

/** The file system as created (F5, F7, F8). */
export const FILE_SYSTEM_FIELDS: readonly (FieldSpec & {
  label: "efs.type" | "efs.az" | "efs.performanceMode" | "efs.throughputMode";
})[] = [
  { path: "type", kind: "select", options: ["regional", "oneZone"], label: "efs.type" },
  { path: "az", kind: "text", label: "efs.az" },
  { path: "performanceMode", kind: "select", options: PERFORMANCE_MODES, label: "efs.performanceMode" },
  { path: "throughputMode", kind: "select", options: THROUGHPUT_MODES, label: "efs.throughputMode" },
];
