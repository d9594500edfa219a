import { Rating, type FSRS, type Grade } from "ts-fsrs";
import { fromFsrsCard, toFsrsCard, type CardState } from "./card-state";
import { isLeech } from "./leech";

/** The four grades a learner can give, as stored in `ReviewLog.rating` (ts-fsrs Rating). */
export const GRADES = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy } as const;
export type GradeName = keyof typeof GRADES;
export const GRADE_NAMES: readonly GradeName[] = ["again", "hard", "good", "easy"];

/** What FSRS logs for one grade (ts-fsrs ReviewLog fields; `state` and `due` are the card's before the grade). */
export interface ReviewLogFields {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
}

export interface GradedCard {
  card: CardState;
  log: ReviewLogFields;
}

/** A question answered wrongly is forgotten (Again); answered rightly, recalled (Good). */
export function gradeForOutcome(correct: boolean): GradeName {
  return correct ? "good" : "again";
}

/** Grades a card at `now` with ts-fsrs and applies the leech rule. Pure: the input card is not changed. */
export function gradeCard(scheduler: FSRS, card: CardState, grade: GradeName, now: Date): GradedCard {
  const { card: next, log } = scheduler.next(toFsrsCard(card), now, toGrade(grade));
  return {
    card: fromFsrsCard(next, isLeech(next.lapses, card.isLeech)),
    log: {
      rating: log.rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      review: log.review,
    },
  };
}

export interface IntervalPreview {
  grade: GradeName;
  due: Date;
  /** Milliseconds from `now` to the next due time. */
  intervalMs: number;
}

/** The next due time for each of the four grades at `now`, in the order Again, Hard, Good, Easy. */
export function previewIntervals(scheduler: FSRS, card: CardState, now: Date): IntervalPreview[] {
  const preview = scheduler.repeat(toFsrsCard(card), now);
  return GRADE_NAMES.map((grade) => {
    const due = preview[toGrade(grade)].card.due;
    return { grade, due, intervalMs: due.getTime() - now.getTime() };
  });
}

function toGrade(grade: GradeName): Grade {
  return GRADES[grade];
}

/** The grade name for a stored rating, or null for anything but 1–4. */
export function gradeNameOf(rating: number): GradeName | null {
  return GRADE_NAMES.find((name) => GRADES[name] === rating) ?? null;
}
