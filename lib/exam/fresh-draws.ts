import { assembleExam, type PoolQuestion } from "./assemble";
import type { WeightedDomain } from "./quotas";

/** What a bank offers a blueprint before questions repeat. */
export interface FreshDraws {
  /** Distinct questions the blueprint can draw: those tagged with one of its domains. */
  distinctItems: number;
  /**
   * Full-size attempts in a row, from a learner's first, that {@link assembleExam} fills without repeating a question:
   * the count the bank supports before the next attempt must repeat one.
   */
  attemptsWithoutRepeat: number;
  /** Of the distinct questions, those absent from the learner's `earlierDraws`. */
  unseenItems: number;
}

/**
 * How far a bank goes for a blueprint without repeats. Counted by assembling attempts one after another, each told the
 * ones before it, until one falls short or repeats a question. The counts do not depend on the seed.
 */
export function freshDraws(input: {
  pool: readonly PoolQuestion[];
  domains: readonly WeightedDomain[];
  questionCount: number;
  /** The learner's earlier attempts of this exam (question ids), for `unseenItems`. */
  earlierDraws?: readonly (readonly string[])[];
}): FreshDraws {
  const known = new Set(input.domains.map((d) => d.id));
  const drawable = new Set(input.pool.filter((q) => known.has(q.domain)).map((q) => q.id));
  const met = new Set(input.earlierDraws?.flat());
  const unseenItems = [...drawable].filter((id) => !met.has(id)).length;
  const distinctItems = drawable.size;
  const earlierDraws: string[][] = [];
  // Each attempt takes questionCount distinct new questions, so the loop ends by this bound.
  const bound = input.questionCount > 0 ? Math.floor(distinctItems / input.questionCount) : 0;
  while (earlierDraws.length < bound) {
    const exam = assembleExam({
      pool: input.pool,
      domains: input.domains,
      questionCount: input.questionCount,
      seed: 0,
      earlierDraws,
    });
    if (exam.repeated > 0 || exam.missing > 0) break;
    earlierDraws.unshift(exam.questionIds);
  }
  return { distinctItems, attemptsWithoutRepeat: earlierDraws.length, unseenItems };
}
