import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/** The id of a card's latest review log; only that grade may be undone or changed without rewriting history. */
export async function findLatestReviewId(tx: Prisma.TransactionClient, cardId: string): Promise<string | null> {
  const latest = await tx.reviewLog.findFirst({ where: { cardId }, orderBy: [{ review: "desc" }, { id: "desc" }], select: { id: true } });
  return latest?.id ?? null;
}
