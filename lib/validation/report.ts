import { z } from "zod";
import { ItemIdSchema } from "@/lib/content";
import { REPORT_REASONS } from "@/lib/validation/report-reasons";

/** What a learner sends when reporting an item; shared by the form and the server action. */
export const ReportInputSchema = z
  .object({
    itemKind: z.enum(["question", "flashcard"]),
    itemId: ItemIdSchema,
    reason: z.enum(REPORT_REASONS),
    details: z.string().trim().max(2000, "Details must be at most 2,000 characters").default(""),
  })
  .strict();
export type ReportInput = z.infer<typeof ReportInputSchema>;

export const CloseReportSchema = z
  .object({ reportId: z.string().min(1).max(40), status: z.enum(["resolved", "dismissed"]) })
  .strict();
