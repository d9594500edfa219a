import "server-only";
import type { Db } from "@/lib/db/client";
import { findFlashcardFaces, type FlashcardFaces } from "@/lib/db/sql/flashcards";
import type { ItemKind } from "@/lib/db/generated/client";
import type { CardState } from "@/lib/srs";
import { previewIntervals, type GradeName } from "@/lib/srs";
import { buildScheduler } from "@/lib/srs";
import { presentationSeed } from "@/lib/quiz";
import { loadQuestionViews } from "@/lib/server/questions/load-question-views";
import type { QuestionView } from "@/lib/server/questions/question-view";

export interface GradeOption {
  grade: GradeName;
  /** Time until the card would be due again after this grade, from the server's clock when the card was shown. */
  intervalMs: number;
}

interface ItemBase {
  itemId: string;
  /** The card's version when shown; a grade sent with an older version is refused (another tab graded it). */
  version: number;
  isNew: boolean;
  isLeech: boolean;
  options: GradeOption[];
}

/** One card of a review session as the browser sees it. A question's key is not in it. */
export type ReviewItem =
  (ItemBase & { kind: "flashcard" } & FlashcardFaces) | (ItemBase & { kind: "question"; question: QuestionView });

/** Builds the view of one card for this learner, with the interval each grade would give at `now`; null if the item is gone. */
export async function loadReviewItem(
  client: Db,
  input: {
    userId: string;
    card: CardState & { itemKind: ItemKind; itemId: string; version: number };
    desiredRetention: number;
    now: Date;
  },
): Promise<ReviewItem | null> {
  const { card } = input;
  const previews = previewIntervals(buildScheduler({ desiredRetention: input.desiredRetention }), card, input.now);
  const base = { itemId: card.itemId, version: card.version, isNew: card.reps === 0, isLeech: card.isLeech };
  if (card.itemKind === "flashcard") {
    const faces = await findFlashcardFaces(client, card.itemId);
    if (!faces) return null;
    return {
      ...base,
      kind: "flashcard",
      options: previews.map(({ grade, intervalMs }) => ({ grade, intervalMs })),
      ...faces,
    };
  }
  const [question] = await loadQuestionViews(client, [card.itemId], {
    seedOf: (questionId) => presentationSeed.review(input.userId, questionId, card.version),
  });
  if (!question) return null;
  // A question grades itself (wrong: Again, right: Good) and may be raised to Easy; Hard is not offered.
  const options = previews.filter((p) => p.grade !== "hard").map(({ grade, intervalMs }) => ({ grade, intervalMs }));
  return { ...base, kind: "question", options, question };
}
