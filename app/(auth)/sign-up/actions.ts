"use server";

import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";
import { registerUser } from "@/lib/server/account";
import { getLanguage } from "@/lib/server/language";
import { SignUpSchema } from "@/lib/validation";
import { runPublicAction, type ActionResult } from "@/app/_lib/action";

/** Creates an account; the form then signs in through next-auth. */
export async function signUp(input: unknown): Promise<ActionResult<null>> {
  return runPublicAction(SignUpSchema, input, async ({ data, now }) => {
    const address = clientAddress(Object.fromEntries((await headers()).entries()), env().TRUSTED_PROXIES);
    await registerUser({ ...data, locale: await getLanguage(), address, now });
    return null;
  });
}
