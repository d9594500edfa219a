import { VOLUME_TYPES } from "@/lib/sim/ebs";
import type { FieldSpec } from "../model/field-codec";
import type { OpSpec } from "../model/op-spec";

/** Fields of an EBS `createVolume` (shared with the EC2 simulator, which creates volumes the same way). */
export const CREATE_VOLUME_FIELDS: readonly FieldSpec[] = [
  { path: "az", kind: "text", required: true, initial: "us-east-1a" },
  { path: "type", kind: "select", options: VOLUME_TYPES, required: true, initial: "gp3" },
  { path: "sizeGiB", kind: "int", initial: 100 },
  { path: "iops", kind: "int" },
  { path: "throughputMiBps", kind: "int" },
  { path: "encrypted", kind: "bool" },
  { path: "multiAttach", kind: "bool" },
  { path: "snapshot", kind: "int" },
];

const VOLUME_AND_INSTANCE: readonly FieldSpec[] = [
  { path: "volume", kind: "int", required: true, initial: 0 },
  { path: "instance", kind: "int", required: true, initial: 0 },
];

/** The operations of the `ebs` simulator (SIM_CONTRACT `ebs`), with the fields each takes. */
export const EBS_OPS: readonly OpSpec[] = [
  { op: "createVolume", fields: CREATE_VOLUME_FIELDS },
  {
    op: "runInstance",
    fields: [
      { path: "az", kind: "text", required: true, initial: "us-east-1a" },
      { path: "instanceType", kind: "text", initial: "m5.large" },
      { path: "nitro", kind: "bool", initial: true },
      { path: "rootVolume", kind: "json" },
    ],
  },
  { op: "attach", fields: VOLUME_AND_INSTANCE },
  { op: "detach", fields: VOLUME_AND_INSTANCE },
  { op: "createSnapshot", fields: [{ path: "volume", kind: "int", required: true, initial: 0 }] },
  {
    op: "copySnapshot",
    fields: [
      { path: "snapshot", kind: "int", required: true, initial: 0 },
      { path: "destinationRegion", kind: "text", required: true, initial: "us-west-2" },
      { path: "encrypted", kind: "bool" },
    ],
  },
  {
    op: "modifyVolume",
    fields: [
      { path: "volume", kind: "int", required: true, initial: 0 },
      { path: "sizeGiB", kind: "int" },
      { path: "type", kind: "select", options: VOLUME_TYPES },
      { path: "iops", kind: "int" },
      { path: "throughputMiBps", kind: "int" },
    ],
  },
];
