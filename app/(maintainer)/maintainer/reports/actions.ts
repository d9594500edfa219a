"use server";

import { revalidatePath } from "next/cache";
import { closeReport } from "@/lib/server/reports";
import { CloseReportSchema } from "@/lib/validation";
import { runAction, type ActionResult } from "@/app/_lib/action";

/** Resolves or dismisses a learner's report (maintainers only). */
export async function closeReportAction(input: unknown): Promise<ActionResult<null>> {
  const result = await runAction(CloseReportSchema, input, async ({ userId, data, now }) => {
    await closeReport({ maintainerId: userId, ...data, now });
    return null;
  });
  if (result.ok) revalidatePath("/maintainer/reports");
  return result;
}
