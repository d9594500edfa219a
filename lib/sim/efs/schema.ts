import { z } from "zod";
import { parseIp, type IpAddress } from "../net";
import { describeIssueMessage, inputIssueOf, issueParams } from "../input-issue";
import { SecurityGroupSchema } from "../sg/schema";
import type { EfsOp, EfsScenario, FileSystemConfig, FileSystemType } from "./types";

/** The VPC's default security group, used when an instance or a mount target names no group (CreateMountTarget). */
export const DEFAULT_SG_ID = "sg-default";

const FS_TYPES: Record<string, FileSystemType> = {
  regional: "regional",
  onezone: "oneZone",
  "one-zone": "oneZone",
  one_zone: "oneZone",
};

const IpSchema = z.string().transform((text, ctx): IpAddress => {
  const ip = parseIp(text);
  if (ip === null) {
    ctx.issues.push({ code: "custom", input: text, message: "not an IP address", params: issueParams("notIp") });
    return z.NEVER;
  }
  return ip;
});

const PerformanceModeSchema = z.enum(["generalPurpose", "maxIO"]);
const ThroughputModeSchema = z.enum(["elastic", "bursting", "provisioned"]);

/**
 * The file system as created. Defaults follow the CreateFileSystem API: Regional, `generalPurpose`, `bursting`
 * (F7, F8: https://docs.aws.amazon.com/efs/latest/ug/API_CreateFileSystem.html). A One Zone file system needs `az`.
 */
export const FileSystemSchema = z
  .object({
    type: z
      .string()
      .optional()
      .transform((value, ctx): FileSystemType => {
        const type = FS_TYPES[(value ?? "regional").toLowerCase()];
        if (type === undefined) {
          ctx.issues.push({
            code: "custom",
            input: value,
            message: "must be regional or oneZone",
            params: issueParams("notOneOf", { value: value ?? "", expected: "regional, oneZone" }),
          });
          return z.NEVER;
        }
        return type;
      }),
    az: z.string().optional(),
    performanceMode: PerformanceModeSchema.default("generalPurpose"),
    throughputMode: ThroughputModeSchema.default("bursting"),
  })
  .transform((fs, ctx): FileSystemConfig => {
    if (fs.type === "oneZone" && fs.az === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["az"],
        message: "required for a One Zone file system",
        params: issueParams("azForOneZone"),
      });
      return z.NEVER;
    }
    return {
      type: fs.type,
      az: fs.type === "oneZone" ? (fs.az ?? null) : null,
      performanceMode: fs.performanceMode,
      throughputMode: fs.throughputMode,
    };
  });

const CreateMountTargetSchema = z.object({
  op: z.literal("createMountTarget"),
  subnetAz: z.string().min(1),
  vpc: z.string().optional(),
  securityGroups: z.array(z.string()).optional(),
  ipAddress: IpSchema.optional(),
});

const MountSchema = z.object({
  op: z.literal("mount"),
  instance: z.object({
    az: z.string().min(1),
    os: z
      .string()
      .default("linux")
      .transform((s) => s.toLowerCase())
      .pipe(z.enum(["linux", "windows", "macos"])),
    securityGroups: z.array(z.string()).optional(),
    privateIp: IpSchema.optional(),
    vpc: z.string().optional(),
  }),
  nfsVersion: z
    .union([z.string(), z.number()])
    .default("4.1")
    .transform((v) => String(v).trim())
    .pipe(
      z.string().refine((v) => /^\d+(\.\d+)?$/.test(v), {
        message: "must be an NFS version such as 4.1",
        params: issueParams("nfsVersion"),
      }),
    ),
});

const LifecycleValueSchema = z.string().optional();

const OP_SCHEMAS = {
  createMountTarget: CreateMountTargetSchema,
  deleteMountTarget: z.object({ op: z.literal("deleteMountTarget"), az: z.string().min(1) }),
  mount: MountSchema,
  updateFileSystem: z.object({
    op: z.literal("updateFileSystem"),
    performanceMode: PerformanceModeSchema.optional(),
    throughputMode: ThroughputModeSchema.optional(),
  }),
  putLifecycleConfiguration: z.object({
    op: z.literal("putLifecycleConfiguration"),
    transitionToIA: LifecycleValueSchema,
    transitionToArchive: LifecycleValueSchema,
    transitionToPrimaryStorageClass: LifecycleValueSchema,
  }),
} as const;

type OpName = keyof typeof OP_SCHEMAS;

function isOpName(name: unknown): name is OpName {
  return typeof name === "string" && Object.hasOwn(OP_SCHEMAS, name);
}

function toOp(raw: z.infer<(typeof OP_SCHEMAS)[OpName]>): EfsOp {
  switch (raw.op) {
    case "createMountTarget":
      return {
        op: raw.op,
        subnetAz: raw.subnetAz,
        vpc: raw.vpc ?? null,
        securityGroups: raw.securityGroups ?? null,
        ip: raw.ipAddress ?? null,
      };
    case "deleteMountTarget":
      return raw;
    case "mount":
      return {
        op: raw.op,
        nfsVersion: raw.nfsVersion,
        instance: {
          az: raw.instance.az,
          os: raw.instance.os,
          securityGroups: raw.instance.securityGroups ?? [DEFAULT_SG_ID],
          privateIp: raw.instance.privateIp ?? null,
          vpc: raw.instance.vpc ?? null,
        },
      };
    case "updateFileSystem":
      return { op: raw.op, performanceMode: raw.performanceMode ?? null, throughputMode: raw.throughputMode ?? null };
    case "putLifecycleConfiguration": {
      const { op, ...lifecycle } = raw;
      const set = Object.fromEntries(Object.entries(lifecycle).filter(([, value]) => value !== undefined));
      return { op, lifecycle: set };
    }
  }
}

const OpSchema = z.unknown().transform((value, ctx): EfsOp => {
  const name = typeof value === "object" && value !== null && "op" in value ? value.op : undefined;
  if (!isOpName(name)) {
    const expected = Object.keys(OP_SCHEMAS).join(" | ");
    const message = name === undefined ? "required" : `unknown op ${JSON.stringify(name)} (expected ${expected})`;
    const params =
      name === undefined
        ? issueParams("required")
        : issueParams("notOneOf", { value: JSON.stringify(name) ?? String(name), expected });
    ctx.addIssue({ code: "custom", path: ["op"], message, params });
    return z.NEVER;
  }
  const parsed = OP_SCHEMAS[name].safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const { code, params } = inputIssueOf(issue, value);
      ctx.addIssue({
        code: "custom",
        path: issue.path,
        message: describeIssueMessage(issue),
        params: issueParams(code, params),
      });
    }
    return z.NEVER;
  }
  return toOp(parsed.data);
});

/** The `efs` simulator input (SIM_CONTRACT.md, section `efs`). Instance groups must be declared in `securityGroups`. */
export const EfsInputSchema = z
  .object({
    fileSystem: FileSystemSchema.optional(),
    securityGroups: z.array(SecurityGroupSchema).default([]),
    ops: z.array(OpSchema).default([]),
  })
  .transform((input, ctx): EfsScenario => {
    const known = new Set(input.securityGroups.map((group) => group.id));
    input.securityGroups.forEach((group, index) => {
      if (input.securityGroups.findIndex((g) => g.id === group.id) !== index) {
        ctx.addIssue({
          code: "custom",
          path: ["securityGroups", index, "id"],
          message: `duplicate id ${group.id}`,
          params: issueParams("duplicateId", { id: group.id }),
        });
      }
    });
    input.ops.forEach((op, index) => {
      if (op.op !== "mount") return;
      op.instance.securityGroups.forEach((id, sgIndex) => {
        if (!known.has(id) && id !== DEFAULT_SG_ID) {
          ctx.addIssue({
            code: "custom",
            path: ["ops", index, "instance", "securityGroups", sgIndex],
            message: `unknown security group ${id}`,
            params: issueParams("unknownGroup", { id }),
          });
        }
      });
    });
    const fileSystem = input.fileSystem ?? {
      type: "regional",
      az: null,
      performanceMode: "generalPurpose",
      throughputMode: "bursting",
    };
    return { fileSystem, securityGroups: input.securityGroups, ops: input.ops };
  });
