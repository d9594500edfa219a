import "server-only";
import { db } from "@/lib/db/client";
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
  const data = { contentHash: item.contentHash, reason: input.reason, details: input.details };
  return db().$transaction(async (tx) => {
    const open = await tx.itemReport.findFirst({
      where: { userId, itemKind: input.itemKind, itemId: input.itemId, status: "open" },
      select: { id: true },
    });
    if (open) return tx.itemReport.update({ where: { id: open.id }, data, select: { id: true } });
    return tx.itemReport.create({
      data: { userId, itemKind: input.itemKind, itemId: input.itemId, ...data },
      select: { id: true },
    });
  });
}
