import { z } from "zod";
import { describeFirstIssue, issueParams } from "../input-issue";
import { POLICY_KINDS } from "./types";

const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]).transform(String);

/**
 * The outer shape of an `iam` input (SIM_CONTRACT.md). Policy documents are checked separately against the IAM
 * grammar so that errors can name the element. Context values are strings, or lists for multivalued keys; numbers
 * and booleans are accepted and read as their string form, as the contract writes them.
 */
export const IamInputSchema = z.object({
  policies: z.array(z.object({ kind: z.enum(POLICY_KINDS), document: z.unknown() })),
  request: z.object({
    action: z
      .string()
      .min(1)
      .refine((action) => action.includes(":"), {
        message: "must be service:Action, e.g. s3:GetObject",
        params: issueParams("actionFormat"),
      }),
    resource: z.string().min(1),
    principal: z.string().min(1),
    context: z.record(z.string(), z.union([ScalarSchema, z.array(ScalarSchema)])).default({}),
    resourceOwner: z
      .string()
      .refine((id) => /^\d{12}$/.test(id), {
        message: "must be a 12-digit account id",
        params: issueParams("accountId"),
      })
      .optional(),
  }),
});

/** The JSON an `iam` input may be written as (context values may be numbers or booleans). */
export type IamInputJson = z.input<typeof IamInputSchema>;

/** One line naming the field of the first problem. */
export function describeIssue(error: z.ZodError): string {
  return describeFirstIssue(error);
}
