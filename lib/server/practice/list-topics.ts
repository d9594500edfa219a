import "server-only";
import { topicById } from "@/lib/content";
import { db } from "@/lib/db/client";
import { SIM_NAMES } from "@/lib/sim";

/** Topics in display order with the number of live questions and flashcards, and whether a Lab simulates them. */
export async function listTopics() {
  const topics = await db().topic.findMany({
    orderBy: { position: "asc" },
    include: {
      _count: {
        select: { questions: { where: { retiredAt: null } }, flashcards: { where: { retiredAt: null } } },
      },
    },
  });
  return topics.map((t) => ({
    id: t.id,
    name: { ko: t.nameKo, en: t.nameEn },
    summary: { ko: t.summaryKo, en: t.summaryEn },
    questionCount: t._count.questions,
    flashcardCount: t._count.flashcards,
    hasLab: (topicById(t.id)?.sims ?? []).some((sim) => (SIM_NAMES as readonly string[]).includes(sim)),
  }));
}
