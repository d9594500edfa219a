import { z } from "zod";
import { issueParams } from "../input-issue";
import { VOLUME_TYPES } from "./volume-limits";

/** An Availability Zone name: a Region (`us-east-1`, `us-gov-west-1`) followed by one zone letter. */
export const AzSchema = z.string().refine((az) => /^[a-z]{2}(-[a-z]+)+-\d+[a-z]$/.test(az), {
  message: "must be an Availability Zone such as us-east-1a",
  params: issueParams("azName"),
});
/** A Region name such as `us-west-2` (a snapshot copy destination). */
export const RegionSchema = z.string().refine((region) => /^[a-z]{2}(-[a-z]+)+-\d+$/.test(region), {
  message: "must be a Region such as us-west-2",
  params: issueParams("regionName"),
});
/** A 0-based index into the resources of one kind, in creation order (SIM_CONTRACT.md). */
export const IndexSchema = z.number().int().min(0);
/** EBS volume types. https://docs.aws.amazon.com/ebs/latest/userguide/ebs-volume-types.html */
export const VolumeTypeSchema = z.enum(VOLUME_TYPES);

/** `createVolume`: `sizeGiB` may be left out only when restoring from a snapshot (the volume then takes its size). */
export const CreateVolumeOpSchema = z
  .object({
    op: z.literal("createVolume"),
    az: AzSchema,
    type: VolumeTypeSchema,
    sizeGiB: z.number().int().optional(),
    iops: z.number().int().optional(),
    throughputMiBps: z.number().int().optional(),
    encrypted: z.boolean().optional(),
    multiAttach: z.boolean().optional(),
    snapshot: IndexSchema.optional(),
  })
  .strict()
  .refine((op) => op.sizeGiB !== undefined || op.snapshot !== undefined, {
    message: "required unless the volume is restored from a snapshot",
    path: ["sizeGiB"],
    params: issueParams("sizeOrSnapshot"),
  });

/** `attach`: AttachVolume. https://docs.aws.amazon.com/ebs/latest/userguide/ebs-attaching-volume.html */
export const AttachOpSchema = z
  .object({ op: z.literal("attach"), volume: IndexSchema, instance: IndexSchema })
  .strict();
/** `detach`: DetachVolume. https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DetachVolume.html */
export const DetachOpSchema = z
  .object({ op: z.literal("detach"), volume: IndexSchema, instance: IndexSchema })
  .strict();

const EbsRunInstanceOpSchema = z
  .object({
    op: z.literal("runInstance"),
    az: AzSchema,
    instanceType: z.string().min(1).optional(),
    nitro: z.boolean().optional(),
    rootVolume: z
      .object({
        type: VolumeTypeSchema,
        sizeGiB: z.number().int(),
        encrypted: z.boolean().optional(),
        iops: z.number().int().optional(),
        throughputMiBps: z.number().int().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const EbsOpSchema = z.discriminatedUnion("op", [
  CreateVolumeOpSchema,
  EbsRunInstanceOpSchema,
  AttachOpSchema,
  DetachOpSchema,
  z.object({ op: z.literal("createSnapshot"), volume: IndexSchema }).strict(),
  z
    .object({
      op: z.literal("copySnapshot"),
      snapshot: IndexSchema,
      destinationRegion: RegionSchema,
      encrypted: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      op: z.literal("modifyVolume"),
      volume: IndexSchema,
      sizeGiB: z.number().int().optional(),
      type: VolumeTypeSchema.optional(),
      iops: z.number().int().optional(),
      throughputMiBps: z.number().int().optional(),
    })
    .strict(),
]);

/** Queries the EBS simulator answers with documented limits. */
export const EBS_QUERIES = ["volumeTypeLimits", "multiAttachMaxInstances"] as const;

/** The EBS simulator's operations input; volumes, instances and snapshots are numbered per kind as created. */
export const EbsOpsInputSchema = z.object({ ops: z.array(EbsOpSchema) }).strict();
/** A query for documented limits (`{"query": "volumeTypeLimits", "type": "gp3"}`). */
export const EbsQueryInputSchema = z.object({ query: z.enum(EBS_QUERIES), type: VolumeTypeSchema.optional() }).strict();

/** A parsed `createVolume` operation. */
export type CreateVolumeOp = z.infer<typeof CreateVolumeOpSchema>;
/** One parsed EBS operation. */
export type EbsOp = z.infer<typeof EbsOpSchema>;
/** A parsed EBS operations input. */
export type EbsOpsInput = z.infer<typeof EbsOpsInputSchema>;
/** A parsed EBS query input. */
export type EbsQueryInput = z.infer<typeof EbsQueryInputSchema>;
