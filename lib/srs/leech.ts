/**
 * Anki's default leech threshold: a card forgotten 8 times is a leech, a sign the card itself needs rewriting
 * rather than more reviews (Anki manual, "Leeches").
 */
export const LEECH_LAPSES = 8;

/** Once flagged a card stays a leech; the flag is raised when its lapses reach LEECH_LAPSES. */
export function isLeech(lapses: number, wasLeech: boolean): boolean {
  return wasLeech || lapses >= LEECH_LAPSES;
}
