import { presentChoices, shownLetters } from "@/lib/quiz";

/**
 * The letters under which stored choice labels are shown in the presentation `seed` (see lib/quiz/presentation.ts):
 * tests answer as a learner does, in the order they were shown, without the server telling them the mapping.
 */
export function shownFor(seed: string, stored: readonly string[], labels: readonly string[] = ["a", "b", "c", "d"]) {
  return shownLetters(presentChoices(labels, seed), stored);
}

/** The shown letters of a view's choices whose text ends with the stored label ("Choice b"), as the fixtures write them. */
export function lettersByText(
  choices: readonly { label: string; text: { en: string } | string }[],
  stored: readonly string[],
) {
  return choices
    .filter((c) => stored.includes((typeof c.text === "string" ? c.text : c.text.en).slice(-1)))
    .map((c) => c.label)
    .sort();
}
