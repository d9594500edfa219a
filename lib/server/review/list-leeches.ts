import "server-only";
import type { Localized } from "@/lib/content";
import { db } from "@/lib/db/client";

export interface Leech {
  itemKind: "flashcard" | "question";
  itemId: string;
  lapses: number;
  due: Date;
  /** A flashcard's front or a question's stem. */
  text: Localized;
}

/** The learner's leeches (cards forgotten 8 times or more), most lapses first. They stay in the schedule. */
export async function listLeeches({ userId }: { userId: string }): Promise<Leech[]> {
  const cards = await db().card.findMany({
    where: { userId, isLeech: true },
    orderBy: [{ lapses: "desc" }, { due: "asc" }],
  });
  const ids = (kind: string) => cards.filter((c) => c.itemKind === kind).map((c) => c.itemId);
  const [flashcards, questions] = await Promise.all([
    db().flashcard.findMany({
      where: { id: { in: ids("flashcard") } },
      select: { id: true, frontKo: true, frontEn: true },
    }),
    db().question.findMany({
      where: { id: { in: ids("question") } },
      select: { id: true, stemKo: true, stemEn: true },
    }),
  ]);
  const texts = new Map<string, Localized>([
    ...flashcards.map((f) => [`flashcard:${f.id}`, { ko: f.frontKo, en: f.frontEn }] as const),
    ...questions.map((q) => [`question:${q.id}`, { ko: q.stemKo, en: q.stemEn }] as const),
  ]);
  return cards.flatMap((card) => {
    const text = texts.get(`${card.itemKind}:${card.itemId}`);
    return text ? [{ itemKind: card.itemKind, itemId: card.itemId, lapses: card.lapses, due: card.due, text }] : [];
  });
}
