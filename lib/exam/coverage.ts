// eslint-disable-next-line boundaries/core-through-index -- the content index brings every simulator along, and lib/exam's index is imported by client pages
import { EXAM_IDS, EXAMS, type ExamId } from "@/lib/content/exams";
import type { Localized } from "@/lib/i18n/localized";
import { DEFAULT_CUT_PERCENT } from "./blueprint";

/** The bank's questions and one learner's results on a slice of a blueprint. */
export interface CoverageCounts {
  questions: number;
  /** Answered at least once. */
  attempted: number;
  /** Latest answer right. */
  correct: number;
}

/**
 * What makes a task statement stand out:
 * - `few-items`: fewer than {@link COVERAGE_THRESHOLDS.minQuestions} questions, the minimum content:check asks of
 *   every statement (issue #16), so a learner meets it too rarely to practise;
 * - `low-accuracy`: at least {@link COVERAGE_THRESHOLDS.minAttempted} answered and a correct share below the mock
 *   exams' cut ({@link DEFAULT_CUT_PERCENT}%), the share taken to correspond to a pass.
 */
export type CoverageGap = "few-items" | "low-accuracy";

export const COVERAGE_THRESHOLDS = {
  minQuestions: 4,
  /** Fewer answers than this say too little about the learner to call the statement weak. */
  minAttempted: 3,
  cutPercent: DEFAULT_CUT_PERCENT,
} as const;

export interface TaskCoverage extends CoverageCounts {
  /** The guide's number ("2.3"); null for the questions not yet tagged with a statement. */
  task: string | null;
  title: Localized | null;
  gaps: CoverageGap[];
}

export interface DomainCoverage extends CoverageCounts {
  domain: string;
  name: Localized;
  /** Share of the exam in percent. */
  weight: number;
  tasks: TaskCoverage[];
}

export interface ExamCoverage extends CoverageCounts {
  exam: ExamId;
  /** The guide revision the blueprint follows. */
  revision: string;
  domains: DomainCoverage[];
}

/** The gaps of one task statement's counts (see {@link CoverageGap}). */
export function coverageGaps(counts: CoverageCounts): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  if (counts.questions < COVERAGE_THRESHOLDS.minQuestions) gaps.push("few-items");
  if (
    counts.attempted >= COVERAGE_THRESHOLDS.minAttempted &&
    counts.correct * 100 < counts.attempted * COVERAGE_THRESHOLDS.cutPercent
  )
    gaps.push("low-accuracy");
  return gaps;
}

const ZERO: CoverageCounts = { questions: 0, attempted: 0, correct: 0 };

function sum(rows: readonly CoverageCounts[]): CoverageCounts {
  return rows.reduce(
    (total, r) => ({
      questions: total.questions + r.questions,
      attempted: total.attempted + r.attempted,
      correct: total.correct + r.correct,
    }),
    ZERO,
  );
}

/**
 * Lays counts per exam, domain and task statement over both exam guides: every domain and statement in the guide's
 * order, those the bank lacks with zero questions, and after a domain's statements a row for its questions not yet
 * tagged with one (only when there are such questions). Counts for domains or statements the guides do not list are
 * left out.
 */
export function blueprintCoverage(
  rows: readonly (CoverageCounts & { exam: string; domain: string; task: string | null })[],
): ExamCoverage[] {
  const countsOf = (exam: string, domain: string, task: string | null) =>
    rows.find((r) => r.exam === exam && r.domain === domain && r.task === task) ?? ZERO;
  return EXAM_IDS.map((exam) => {
    const guide: Record<string, { weight: number; name: Localized; tasks: Record<string, Localized> }> =
      EXAMS[exam].domains;
    const domains = Object.entries(guide).map(([domain, { weight, name, tasks }]): DomainCoverage => {
      const listed = Object.entries(tasks).map(([task, title]): TaskCoverage => {
        const counts = countsOf(exam, domain, task);
        return { task, title, ...pick(counts), gaps: coverageGaps(counts) };
      });
      const untagged = pick(countsOf(exam, domain, null));
      const rowsOfDomain =
        untagged.questions > 0 ? [...listed, { task: null, title: null, ...untagged, gaps: [] }] : listed;
      return { domain, name, weight, ...sum(rowsOfDomain), tasks: rowsOfDomain };
    });
    return { exam, revision: EXAMS[exam].guide.revision, ...sum(domains), domains };
  });
}

function pick({ questions, attempted, correct }: CoverageCounts): CoverageCounts {
  return { questions, attempted, correct };
}
