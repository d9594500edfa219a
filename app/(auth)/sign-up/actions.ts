"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { requestSignUp } from "@/lib/server/account";
import { getLanguage } from "@/lib/server/language";
import { SignUpSchema } from "@/lib/validation";
import { runPublicAction, type ActionResult } from "@/app/_lib/action";

/**
 * Starts a sign-up: the address gets a link that finishes it (or a note that it already has an account). The answer
 * is the same either way; the confirmation page signs in.
 */
export async function signUp(input: unknown): Promise<ActionResult<null>> {
  return runPublicAction(SignUpSchema, input, async ({ data, now }) => {
    const address = clientAddress(Object.fromEntries((await headers()).entries()), env().TRUSTED_PROXIES);
    await requestSignUp({ ...data, locale: await getLanguage(), address, now });
    return null;
  });
}
