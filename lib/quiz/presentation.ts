import { hashSeed, seededRandom, shuffled } from "@/lib/random";

/**
 * How one presentation of a question orders its choices. The learner sees the choices in `order` (stored labels) under
 * the letters a, b, c… by position, so a key's stored position says nothing about where it is shown; the stored labels
 * never leave the server. The order is drawn from `seed`, so the same presentation (an exam item, a daily quiz item,
 * a practice view, a review card) shows the same order on every reload. A question whose choices must stay in order
 * (numeric ranges, "both of the above") keeps its stored order.
 */
export interface ChoiceOrder {
  /** The stored labels in the order shown: `order[0]` is shown as a. */
  order: readonly string[];
}

const LETTERS = "abcdefgh";

/**
 * The order of one presentation of a question whose stored labels are `labels`, in their stored order (the order of
 * the content file): every caller passes them in that order, so that one seed gives one order everywhere.
 */
export function presentChoices(labels: readonly string[], seed: string, keepOrder = false): ChoiceOrder {
  return { order: keepOrder ? [...labels] : shuffled(labels, seededRandom(hashSeed(seed))) };
}

/** The letter a stored label is shown under. */
export function shownLetter(presentation: ChoiceOrder, stored: string): string {
  const index = presentation.order.indexOf(stored);
  if (index < 0) throw new Error(`"${stored}" is not a choice of this question`);
  return LETTERS.charAt(index);
}

/** The shown letters of stored labels, sorted. */
export function shownLetters(presentation: ChoiceOrder, stored: readonly string[]): string[] {
  return stored.map((label) => shownLetter(presentation, label)).sort();
}

/** The stored labels behind shown letters, sorted; null when a letter is not shown in this presentation. */
export function storedLabels(presentation: ChoiceOrder, shown: readonly string[]): string[] | null {
  const labels: string[] = [];
  for (const letter of shown) {
    const label = presentation.order[LETTERS.indexOf(letter)];
    if (letter.length !== 1 || label === undefined) return null;
    labels.push(label);
  }
  return labels.sort();
}

/** The seeds of the presentations the app makes; one place, so a page and the grading of its answer agree. */
export const presentationSeed = {
  exam: (attemptId: string, questionId: string) => `exam:${attemptId}:${questionId}`,
  daily: (quizId: string, questionId: string) => `daily:${quizId}:${questionId}`,
  /** A review card's presentation lasts until it is graded: its version moves on with every grade. */
  review: (userId: string, questionId: string, cardVersion: number) => `review:${userId}:${questionId}:${cardVersion}`,
  /** A practice view lasts until the question is answered again. */
  practice: (userId: string, questionId: string, lastAnsweredMs: number) =>
    `practice:${userId}:${questionId}:${lastAnsweredMs}`,
};

/**
 * Choices in the order of one presentation, each relabelled with the letter it is shown under: what a view, a
 * feedback or a report lists, so that the learner reads the same letters everywhere.
 */
export function inShownOrder<C extends { label: string }>(presentation: ChoiceOrder, choices: readonly C[]): C[] {
  const byLabel = new Map(choices.map((c) => [c.label, c]));
  return presentation.order.flatMap((label) => {
    const choice = byLabel.get(label);
    return choice ? [{ ...choice, label: shownLetter(presentation, label) }] : [];
  });
}
