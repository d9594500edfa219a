import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Db } from "@/lib/db/client";
import { inShownOrder, presentChoices } from "@/lib/quiz";
import type { QuestionView } from "@/lib/server/questions/question-view";

/**
 * Questions as the browser may see them before answering (no key, no explanations), in the order of `ids`, each with
 * its choices in the order of its presentation (`seedOf`, see lib/quiz/presentation.ts) under the letters a, b, c….
 * Retired ones are left out unless `includeRetired` (a finished quiz still shows what was asked).
 */
export async function loadQuestionViews(
  client: Prisma.TransactionClient | Db,
  ids: readonly string[],
  { seedOf, includeRetired = false }: { seedOf: (questionId: string) => string; includeRetired?: boolean },
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
      keepChoiceOrder: true,
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
        choices: presentedChoices(row, seedOf(row.id)),
      },
    ];
  });
}

/** A question's choices in the order of one presentation, under the letters they are shown with. */
function presentedChoices(
  row: { keepChoiceOrder: boolean; choices: { label: string; textKo: string; textEn: string }[] },
  seed: string,
): QuestionView["choices"] {
  const labels = row.choices.map((c) => c.label);
  return inShownOrder(presentChoices(labels, seed, row.keepChoiceOrder), row.choices).map((c) => ({
    label: c.label,
    text: { ko: c.textKo, en: c.textEn },
  }));
}
