import "server-only";
import { db } from "@/lib/db/client";
import { upsertOpenReport } from "@/lib/db/sql/item-reports";
import type { ReportInput } from "@/lib/validation";
import { AppError } from "../app-error";

/**
 * Stores a learner's report pinned to the item's current content hash (read here, never taken from the browser).
 * A learner's second report on the same item while the first is open updates it rather than piling up duplicates.
 */
export async function reportItem({
  userId,
  report: input,
}: {
  userId: string;
  report: ReportInput;
}): Promise<{ id: string }> {
  const where = { id: input.itemId, retiredAt: null };
  const item =
    input.itemKind === "question"
      ? await db().question.findFirst({ where, select: { contentHash: true } })
      : await db().flashcard.findFirst({ where, select: { contentHash: true } });
  if (!item) throw new AppError("NOT_FOUND", `No ${input.itemKind} with id "${input.itemId}"`);
  return upsertOpenReport(db(), {
    userId,
    itemKind: input.itemKind,
    itemId: input.itemId,
    contentHash: item.contentHash,
    reason: input.reason,
    details: input.details,
  });
}
