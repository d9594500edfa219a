"use server";

import { resetPassword } from "@/lib/server/account";
import { ResetPasswordSchema } from "@/lib/validation";
import { runPublicAction, type ActionResult } from "@/app/_lib/action";

/** Sets the new password a reset link allows and ends every session; the page then signs in with it. */
export async function resetPasswordAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return runPublicAction(ResetPasswordSchema, input, ({ data, now }) => resetPassword({ ...data, now }));
}
