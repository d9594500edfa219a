import "server-only";
import { db } from "@/lib/db/client";
import { requireMaintainer } from "./require-maintainer";

/** Open reports, oldest first (at most 500), with whether the item changed since the learner saw it. */
export async function listOpenReports({ maintainerId }: { maintainerId: string }) {
  await requireMaintainer(maintainerId);
  const reports = await db().itemReport.findMany({
    where: { status: "open" },
    orderBy: { createdAt: "asc" },
    take: 500,
    select: {
      id: true,
      itemKind: true,
      itemId: true,
      contentHash: true,
      reason: true,
      details: true,
      createdAt: true,
      user: { select: { email: true } },
    },
  });
  const questionIds = reports.filter((r) => r.itemKind === "question").map((r) => r.itemId);
  const flashcardIds = reports.filter((r) => r.itemKind === "flashcard").map((r) => r.itemId);
  const [questions, flashcards] = await Promise.all([
    db().question.findMany({
      where: { id: { in: questionIds } },
      select: { id: true, contentHash: true, stemEn: true, stemKo: true, sourceFile: true },
    }),
    db().flashcard.findMany({
      where: { id: { in: flashcardIds } },
      select: { id: true, contentHash: true, frontEn: true, frontKo: true, sourceFile: true },
    }),
  ]);
  const items = new Map<string, { contentHash: string; text: { ko: string; en: string }; sourceFile: string }>([
    ...questions.map(
      (q) =>
        [
          `question:${q.id}`,
          { contentHash: q.contentHash, text: { ko: q.stemKo, en: q.stemEn }, sourceFile: q.sourceFile },
        ] as const,
    ),
    ...flashcards.map(
      (c) =>
        [
          `flashcard:${c.id}`,
          { contentHash: c.contentHash, text: { ko: c.frontKo, en: c.frontEn }, sourceFile: c.sourceFile },
        ] as const,
    ),
  ]);
  return reports.map((r) => {
    const item = items.get(`${r.itemKind}:${r.itemId}`);
    return {
      id: r.id,
      itemKind: r.itemKind,
      itemId: r.itemId,
      reason: r.reason,
      details: r.details,
      createdAt: r.createdAt,
      reporter: r.user.email,
      text: item?.text ?? null,
      sourceFile: item?.sourceFile ?? null,
      changedSinceReport: item ? item.contentHash !== r.contentHash : true,
    };
  });
}
