import { z } from "zod";
import { estimateScaledScore } from "./scaled-score";

/** One graded item of an attempt. `group` is the blueprint domain (mock exams) or the topic (drills and retests). */
export interface GradedItem {
  questionId: string;
  group: string;
  correct: boolean;
}

/** The stored form of one group's result (`ExamAttempt.domainResults` holds an array of these). */
export const DomainResultSchema = z.object({
  group: z.string(),
  correct: z.number().int().min(0),
  total: z.number().int().min(0),
  percent: z.number().min(0).max(100),
  meets: z.boolean(),
});
/** A domain's (or topic's) share of correct answers and whether it meets the cut, as the score report classifies it. */
export type DomainResult = z.infer<typeof DomainResultSchema>;

/** An attempt's score as the report shows it. */
export interface ExamScore {
  rawCorrect: number;
  total: number;
  percent: number;
  /** Estimated 100–1000 score; null when the attempt has no scaled score (drills, retests). */
  scaledScore: number | null;
  /** Null when there is no scaled score to pass with. */
  passed: boolean | null;
  groups: DomainResult[];
}

/**
 * Scores an attempt as AWS scores its exams: every item counts the same, unanswered items count as wrong, and the
 * verdict is compensatory (only the overall score must pass). Each group is "Meets Competencies" when its percentage
 * reaches the cut and "Needs Improvement" otherwise. `groupOrder` fixes the order of the groups (blueprint order);
 * groups not listed follow in order of first appearance.
 */
export function scoreAttempt(
  items: readonly GradedItem[],
  options: { cutPercent: number; passingScaledScore: number | null; groupOrder?: readonly string[] },
): ExamScore {
  const rawCorrect = items.filter((i) => i.correct).length;
  const percent = items.length === 0 ? 0 : (100 * rawCorrect) / items.length;
  const scaledScore =
    options.passingScaledScore === null
      ? null
      : estimateScaledScore(percent, options.cutPercent, options.passingScaledScore);
  const order = [...(options.groupOrder ?? []), ...items.map((i) => i.group)];
  const groups = [...new Set(order)].flatMap((group) => {
    const inGroup = items.filter((i) => i.group === group);
    if (inGroup.length === 0) return [];
    const correct = inGroup.filter((i) => i.correct).length;
    const groupPercent = (100 * correct) / inGroup.length;
    return [
      {
        group,
        correct,
        total: inGroup.length,
        percent: round1(groupPercent),
        meets: groupPercent >= options.cutPercent,
      },
    ];
  });
  return {
    rawCorrect,
    total: items.length,
    percent: round1(percent),
    scaledScore,
    passed:
      scaledScore === null || options.passingScaledScore === null ? null : scaledScore >= options.passingScaledScore,
    groups,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
