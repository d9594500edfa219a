import "server-only";
import { db } from "@/lib/db/client";
import type { MockExamKind } from "@/lib/exam";

/** Enough attempts to cycle through a bank several times over; older ones no longer change which questions are fresh. */
const EARLIER_ATTEMPTS = 30;

/**
 * The question ids of this learner's earlier attempts of one mock exam, newest attempt first: what the assembly of the
 * next attempt avoids repeating. Discarded attempts are deleted, so they do not count.
 */
export async function listEarlierDraws({ userId, kind }: { userId: string; kind: MockExamKind }): Promise<string[][]> {
  const attempts = await db().examAttempt.findMany({
    where: { userId, kind },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: EARLIER_ATTEMPTS,
    select: { questionIds: true },
  });
  return attempts.map((a) => a.questionIds);
}
