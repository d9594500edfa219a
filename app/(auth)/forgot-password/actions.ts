"use server";

import { requestPasswordReset } from "@/lib/server/account";
import { ForgotPasswordSchema } from "@/lib/validation";
import { runPublicAction, type ActionResult } from "@/app/_lib/action";

/** Mails a reset link if the address has an account; the answer is the same either way. */
export async function forgotPassword(input: unknown): Promise<ActionResult<null>> {
  return runPublicAction(ForgotPasswordSchema, input, async ({ data, now }) => {
    await requestPasswordReset({ email: data.email, now });
    return null;
  });
}
