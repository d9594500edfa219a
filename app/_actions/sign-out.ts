"use server";

import { z } from "zod";
import { endSessions } from "@/lib/server/account";
import { runAction, type ActionResult } from "@/app/_lib/action";

/** Ends the learner's sessions on the server before the browser drops its cookie, so a copied cookie dies with it. */
export async function signOutEverywhere(input: unknown): Promise<ActionResult<null>> {
  return runAction(z.null(), input, async ({ userId }) => {
    await endSessions({ userId });
    return null;
  });
}
