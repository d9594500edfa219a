import { VOLUME_TYPES } from "@/lib/sim/ebs";
import { CREATE_VOLUME_FIELDS } from "../ebs/ebs-ops";
import type { OpSpec } from "../model/op-spec";

const ON_INSTANCE = [{ path: "instance", kind: "int", required: true, initial: 0 }] as const;

/** The operations of the `ec2` simulator (SIM_CONTRACT `ec2`). Volumes are attached by index as in EBS. */
export const EC2_OPS: readonly OpSpec[] = [
  {
    op: "runInstance",
    fields: [
      { path: "instanceType", kind: "text", initial: "m5.large" },
      { path: "az", kind: "text", initial: "us-east-1a" },
      { path: "autoAssignPublicIp", kind: "bool" },
      { path: "rootDeviceType", kind: "select", options: ["ebs", "instance-store"] },
      { path: "rootVolume.type", kind: "select", options: VOLUME_TYPES },
      { path: "rootVolume.sizeGiB", kind: "int" },
      { path: "rootVolume.encrypted", kind: "bool" },
      { path: "rootVolume.deleteOnTermination", kind: "bool" },
      { path: "instanceStoreVolumes", kind: "int" },
      { path: "ramGiB", kind: "number" },
      { path: "os", kind: "select", options: ["linux", "windows"] },
      { path: "bareMetal", kind: "bool" },
      { path: "hibernationEnabled", kind: "bool" },
      { path: "placementGroup", kind: "int" },
      { path: "additionalVolumes", kind: "json" },
    ],
  },
  { op: "stop", fields: ON_INSTANCE },
  { op: "start", fields: ON_INSTANCE },
  { op: "reboot", fields: ON_INSTANCE },
  { op: "hibernate", fields: ON_INSTANCE },
  { op: "terminate", fields: ON_INSTANCE },
  { op: "allocateEip", fields: [] },
  {
    op: "associateEip",
    fields: [
      { path: "eip", kind: "int", required: true, initial: 0 },
      { path: "instance", kind: "int", required: true, initial: 0 },
    ],
  },
  { op: "createVolume", fields: CREATE_VOLUME_FIELDS },
  {
    op: "attach",
    fields: [
      { path: "volume", kind: "int", required: true, initial: 0 },
      { path: "instance", kind: "int", required: true, initial: 0 },
    ],
  },
  {
    op: "detach",
    fields: [
      { path: "volume", kind: "int", required: true, initial: 0 },
      { path: "instance", kind: "int", required: true, initial: 0 },
    ],
  },
  {
    op: "modifyInstanceType",
    fields: [...ON_INSTANCE, { path: "instanceType", kind: "text", required: true, initial: "m5.xlarge" }],
  },
  {
    op: "modifyHibernation",
    fields: [...ON_INSTANCE, { path: "enabled", kind: "bool", required: true, initial: true }],
  },
  {
    op: "createPlacementGroup",
    fields: [
      {
        path: "strategy",
        kind: "select",
        options: ["cluster", "spread", "partition"],
        required: true,
        initial: "cluster",
      },
      { path: "partitionCount", kind: "int" },
    ],
  },
];
