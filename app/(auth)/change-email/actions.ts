"use server";

import { confirmEmailChange } from "@/lib/server/account";
import { ConfirmEmailLinkSchema } from "@/lib/validation";
import { runPublicAction, type ActionResult } from "@/app/_lib/action";

/** Moves the account to the address the link was sent to; every session ends. */
export async function confirmEmailChangeAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return runPublicAction(ConfirmEmailLinkSchema, input, ({ data, now }) => confirmEmailChange({ ...data, now }));
}
