import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import type { QuestionView } from "@/lib/server/questions/question-view";

/**
 * Questions as the browser may see them before answering (no key, no explanations), in the order of `ids`. Retired
 * ones are left out unless `includeRetired` (a finished quiz still shows what was asked).
 */
export async function loadQuestionViews(
  client: Prisma.TransactionClient | Db,
  ids: readonly string[],
  { includeRetired = false }: { includeRetired?: boolean } = {},
): Promise<QuestionView[]> {
  const rows = await client.question.findMany({
    where: { id: { in: [...ids] }, ...(includeRetired ? {} : { retiredAt: null }) },
    select: {
      id: true,
      topicId: true,
      type: true,
      selectCount: true,
      difficulty: true,
      stemKo: true,
      stemEn: true,
      scenario: true,
      choices: { orderBy: { position: "asc" }, select: { label: true, textKo: true, textEn: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        id: row.id,
        topicId: row.topicId,
        type: row.type,
        selectCount: row.selectCount,
        difficulty: row.difficulty,
        scenarioBacked: row.scenario !== null,
        stem: { ko: row.stemKo, en: row.stemEn },
        choices: row.choices.map((c) => ({ label: c.label, text: { ko: c.textKo, en: c.textEn } })),
      },
    ];
  });
}
