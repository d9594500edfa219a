import { z } from "zod";
import { issueParams } from "../input-issue";
import { ACL_GROUPS, ACL_PERMISSIONS, BPA_FLAGS, CANNED_ACLS, OBJECT_OWNERSHIP, type AclGrant } from "./types";

const ACCOUNT_ID = /^\d{12}$/;

/** A 12-digit account id (SIM_CONTRACT.md `s3`, Input). */
export const AccountIdSchema = z.string().refine((value) => ACCOUNT_ID.test(value), {
  message: "must be a 12-digit account id",
  params: issueParams("accountId"),
});

const FlagsSchema = z.strictObject(
  Object.fromEntries(BPA_FLAGS.map((flag) => [flag, z.boolean().optional()])) as Record<
    (typeof BPA_FLAGS)[number],
    z.ZodOptional<z.ZodBoolean>
  >,
);

/** An ACL grant: `{"grantee": {"account": id} | {"group": G}, "permission": P}`. */
export const AclGrantSchema = z.strictObject({
  grantee: z
    .strictObject({ account: AccountIdSchema.optional(), group: z.enum(ACL_GROUPS).optional() })
    .refine((grantee) => (grantee.account === undefined) !== (grantee.group === undefined), {
      message: 'must be {"account": id} or {"group": name}',
      params: issueParams("badShape"),
    })
    .transform((grantee): AclGrant["grantee"] =>
      grantee.account !== undefined ? { account: grantee.account } : { group: grantee.group ?? "AllUsers" },
    ),
  permission: z.enum(ACL_PERMISSIONS),
});

const AclSchema = z.array(AclGrantSchema);

const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]).transform(String);

/**
 * The outer shape of an `s3` input. Policy documents stay `unknown` here: they are checked against the IAM grammar
 * afterwards so that an error can name the element (scenario.ts). Every object is strict, so a misspelt field is an
 * input error that names it.
 */
export const S3InputSchema = z.strictObject({
  bucket: z.strictObject({
    name: z.string().min(1),
    owner: AccountIdSchema,
    objectOwnership: z.enum(OBJECT_OWNERSHIP),
    blockPublicAccess: z.strictObject({ account: FlagsSchema.optional(), bucket: FlagsSchema.optional() }).optional(),
    policy: z.unknown().optional(),
    acl: AclSchema.optional(),
  }),
  objects: z
    .record(
      z.string().min(1),
      z.strictObject({
        owner: z.union([AccountIdSchema, z.literal("anonymous")]).optional(),
        acl: AclSchema.optional(),
      }),
    )
    .optional(),
  caller: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("anonymous") }),
    z.strictObject({ type: z.literal("service"), service: z.string().min(1) }),
    z.strictObject({
      type: z.literal("principal"),
      principal: z.string().min(1),
      account: AccountIdSchema,
      identityPolicies: z.array(z.unknown()).optional(),
      permissionsBoundary: z.unknown().optional(),
    }),
  ]),
  request: z.strictObject({
    action: z.string().min(1),
    key: z.string().min(1).optional(),
    acl: z.enum(CANNED_ACLS).optional(),
    grants: AclSchema.optional(),
    policy: z.unknown().optional(),
    context: z.record(z.string(), z.union([ScalarSchema, z.array(ScalarSchema)])).optional(),
  }),
});

/** The JSON an `s3` input is written as. */
export type S3InputJson = z.input<typeof S3InputSchema>;
export type S3InputShape = z.output<typeof S3InputSchema>;
