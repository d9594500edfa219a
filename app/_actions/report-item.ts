"use server";

import { reportItem } from "@/lib/server/reports";
import { ReportInputSchema } from "@/lib/validation";
import { runAction, type ActionResult } from "@/app/_lib/action";

/** Files a learner's report on a question or flashcard, with the content hash the learner saw. */
export async function submitReport(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(ReportInputSchema, input, ({ userId, data }) => reportItem({ userId, report: data }));
}
