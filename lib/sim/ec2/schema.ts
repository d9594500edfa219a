import { z } from "zod";
import {
  AttachOpSchema,
  AzSchema,
  CreateVolumeOpSchema,
  DetachOpSchema,
  IndexSchema,
  VolumeTypeSchema,
} from "../ebs/schema";

const InstanceOp = <Name extends string>(name: Name) =>
  z.object({ op: z.literal(name), instance: IndexSchema }).strict();

/**
 * `runInstance`. Every field is optional; defaults follow the RunInstances API (root DeleteOnTermination true,
 * additional launch volumes true, hibernation off) and a default-VPC subnet (public IPv4 auto-assigned).
 */
export const RunInstanceOpSchema = z
  .object({
    op: z.literal("runInstance"),
    instanceType: z.string().min(1).optional(),
    az: AzSchema.optional(),
    autoAssignPublicIp: z.boolean().optional(),
    rootDeviceType: z.enum(["ebs", "instance-store"]).optional(),
    rootVolume: z
      .object({
        type: VolumeTypeSchema.optional(),
        sizeGiB: z.number().int().optional(),
        encrypted: z.boolean().optional(),
        deleteOnTermination: z.boolean().optional(),
        iops: z.number().int().optional(),
        throughputMiBps: z.number().int().optional(),
      })
      .strict()
      .optional(),
    additionalVolumes: z
      .array(
        z
          .object({
            type: VolumeTypeSchema,
            sizeGiB: z.number().int(),
            deleteOnTermination: z.boolean().optional(),
            encrypted: z.boolean().optional(),
            iops: z.number().int().optional(),
            throughputMiBps: z.number().int().optional(),
          })
          .strict(),
      )
      .optional(),
    instanceStoreVolumes: z.number().int().min(0).optional(),
    ramGiB: z.number().positive().optional(),
    os: z.enum(["linux", "windows"]).optional(),
    bareMetal: z.boolean().optional(),
    hibernationEnabled: z.boolean().optional(),
    placementGroup: IndexSchema.optional(),
  })
  .strict();

const Ec2OpSchema = z.discriminatedUnion("op", [
  RunInstanceOpSchema,
  InstanceOp("stop"),
  InstanceOp("start"),
  InstanceOp("reboot"),
  InstanceOp("hibernate"),
  InstanceOp("terminate"),
  z.object({ op: z.literal("allocateEip") }).strict(),
  z.object({ op: z.literal("associateEip"), eip: IndexSchema, instance: IndexSchema }).strict(),
  CreateVolumeOpSchema,
  AttachOpSchema,
  DetachOpSchema,
  z.object({ op: z.literal("modifyInstanceType"), instance: IndexSchema, instanceType: z.string().min(1) }).strict(),
  z.object({ op: z.literal("modifyHibernation"), instance: IndexSchema, enabled: z.boolean() }).strict(),
  z
    .object({
      op: z.literal("createPlacementGroup"),
      strategy: z.enum(["cluster", "spread", "partition"]),
      partitionCount: z.number().int().optional(),
    })
    .strict(),
]);

/** Queries the EC2 simulator answers with documented values (`maxHibernationDays` is the contract's). */
export const EC2_QUERIES = [
  "maxHibernationDays",
  "hibernationMaxRamGiB",
  "deleteOnTerminationDefaults",
  "publicIpv4HourlyUsd",
  "spreadMaxRunningInstancesPerAz",
  "partitionMaxPerAz",
] as const;

/** The EC2 simulator's operations input; instances, volumes, EIPs and placement groups are numbered per kind. */
export const Ec2OpsInputSchema = z.object({ ops: z.array(Ec2OpSchema) }).strict();
/** `{"query": name}`: a documented default or limit. */
export const Ec2QueryInputSchema = z.object({ query: z.enum(EC2_QUERIES) }).strict();

/** One parsed EC2 operation. */
export type Ec2Op = z.infer<typeof Ec2OpSchema>;
/** A parsed `runInstance` operation. */
export type RunInstanceOp = z.infer<typeof RunInstanceOpSchema>;
/** A parsed EC2 operations input. */
export type Ec2OpsInput = z.infer<typeof Ec2OpsInputSchema>;
/** A parsed EC2 query input. */
export type Ec2QueryInput = z.infer<typeof Ec2QueryInputSchema>;
