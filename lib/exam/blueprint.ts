// eslint-disable-next-line boundaries/core-through-index -- the content index brings every simulator along, and the exam room (a client page) imports this file
import { EXAMS, type ExamId } from "@/lib/content/exams";
import type { WeightedDomain } from "./quotas";

/** The kinds of timed attempt, spelled as the database's `ExamKind`. */
export const EXAM_KINDS = ["clf_c02", "saa_c03", "drill", "missed"] as const;
export type ExamKind = (typeof EXAM_KINDS)[number];

/** Mock exams that follow an official blueprint, and the exam each stands for. */
export const MOCK_EXAMS = { clf_c02: "CLF-C02", saa_c03: "SAA-C03" } as const satisfies Partial<
  Record<ExamKind, ExamId>
>;
export type MockExamKind = keyof typeof MOCK_EXAMS;
/** The mock exam kinds in display order. */
export const MOCK_EXAM_KINDS: readonly MockExamKind[] = ["clf_c02", "saa_c03"];

/** True for an attempt that follows an official blueprint (and so has a scaled score and domains). */
export function isMockExamKind(kind: ExamKind): kind is MockExamKind {
  return Object.hasOwn(MOCK_EXAMS, kind);
}

/** Extra time granted on request to candidates whose first language is not English (AWS exam accommodations). */
export const ACCOMMODATION_MINUTES = 30;

/**
 * The raw percentage taken to correspond to the passing scaled score. AWS sets the real cut per form and does not
 * publish it; 70% sits inside the 65–72% range that EXAMS.md calls defensible.
 */
export const DEFAULT_CUT_PERCENT = 70;

/** What an attempt of one kind is made of: its size, its time, how it is scored and its domains. */
export interface Blueprint {
  kind: ExamKind;
  /** The official exam a mock follows; null for drills and retests. */
  exam: ExamId | null;
  questionCount: number;
  minutes: number;
  /** The scaled score needed to pass (100–1000 scale); null where no scaled score is estimated. */
  passingScaledScore: number | null;
  cutPercent: number;
  /** Blueprint domains and weights, in the exam guide's order; empty for drills and retests. */
  domains: WeightedDomain[];
}

/** CLF-C02: 65 questions, 90 minutes, pass 700; SAA-C03: 65 questions, 130 minutes, pass 720 (AWS exam guides). */
export function mockExamBlueprint(kind: MockExamKind, cutPercent = DEFAULT_CUT_PERCENT): Blueprint {
  const exam = EXAMS[MOCK_EXAMS[kind]];
  return {
    kind,
    exam: MOCK_EXAMS[kind],
    questionCount: exam.questions,
    minutes: exam.minutes,
    passingScaledScore: exam.passingScaledScore,
    cutPercent,
    domains: Object.entries(exam.domains).map(([id, domain]) => ({ id, weight: domain.weight })),
  };
}

/** A short timed practice: 20 questions in 30 minutes, about the real exams' pace of 1.4–2 minutes a question. */
export const SHORT_ATTEMPT = { questionCount: 20, minutes: 30 } as const;

/** A topic drill or a retest of missed questions: short, timed, with no scaled score. */
export function shortBlueprint(kind: "drill" | "missed", cutPercent = DEFAULT_CUT_PERCENT): Blueprint {
  return { kind, exam: null, ...SHORT_ATTEMPT, passingScaledScore: null, cutPercent, domains: [] };
}

/** The time allowed: the blueprint's minutes, plus {@link ACCOMMODATION_MINUTES} when the learner has the accommodation. */
export function allowedMinutes(blueprint: Pick<Blueprint, "minutes">, accommodation: boolean): number {
  return blueprint.minutes + (accommodation ? ACCOMMODATION_MINUTES : 0);
}

/** The server's deadline for an attempt started at `startedAt`. */
export function examDeadline(startedAt: Date, minutes: number): Date {
  return new Date(startedAt.getTime() + minutes * 60_000);
}

/**
 * Time spent on an attempt: from its start to its submission, never more than the time allowed (an attempt scored
 * late, after the deadline, used exactly the time allowed).
 */
export function timeUsedMs(attempt: { startedAt: Date; deadline: Date; submittedAt: Date }): number {
  const end = Math.min(attempt.submittedAt.getTime(), attempt.deadline.getTime());
  return Math.max(0, end - attempt.startedAt.getTime());
}
