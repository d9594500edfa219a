import "server-only";
import type { Db } from "@/lib/db/client";
import { checkedDay, displayedSources, type Localized, type Source } from "@/lib/content";

/** What a learner sees of a live flashcard: its three faces in both languages, its sources and when they were checked. */
export interface FlashcardFaces {
  front: Localized;
  back: Localized;
  why: Localized;
  sources: Source[];
  /** YYYY-MM-DD, or null on a row seeded before the field existed. */
  checkedAt: string | null;
}

/** A live flashcard's faces and sources; null when it is missing or retired. */
export async function findFlashcardFaces(client: Db, flashcardId: string): Promise<FlashcardFaces | null> {
  const [row] = await client.$queryRaw<
    {
      front_ko: string;
      front_en: string;
      back_ko: string;
      back_en: string;
      why_ko: string;
      why_en: string;
      sources: unknown;
      checked_at: Date | null;
    }[]
  >`
    SELECT front_ko, front_en, back_ko, back_en, why_ko, why_en, sources, checked_at
    FROM flashcards WHERE id = ${flashcardId} AND retired_at IS NULL`;
  if (!row) return null;
  return {
    front: { ko: row.front_ko, en: row.front_en },
    back: { ko: row.back_ko, en: row.back_en },
    why: { ko: row.why_ko, en: row.why_en },
    sources: displayedSources(row.sources),
    checkedAt: checkedDay(row.checked_at),
  };
}
