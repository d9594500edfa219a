import "server-only";
import type { Db } from "@/lib/db/client";
import type { Localized } from "@/lib/content";

/** A live flashcard's three faces in both languages; null when it is missing or retired. */
export async function findFlashcardFaces(
  client: Db,
  flashcardId: string,
): Promise<{ front: Localized; back: Localized; why: Localized } | null> {
  const [row] = await client.$queryRaw<
    { front_ko: string; front_en: string; back_ko: string; back_en: string; why_ko: string; why_en: string }[]
  >`
    SELECT front_ko, front_en, back_ko, back_en, why_ko, why_en FROM flashcards WHERE id = ${flashcardId} AND retired_at IS NULL`;
  if (!row) return null;
  return {
    front: { ko: row.front_ko, en: row.front_en },
    back: { ko: row.back_ko, en: row.back_en },
    why: { ko: row.why_ko, en: row.why_en },
  };
}
