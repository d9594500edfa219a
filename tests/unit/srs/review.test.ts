import fc from "fast-check";
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Grade } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import {
  buildScheduler,
  gradeCard,
  gradeForOutcome,
  newCardState,
  previewIntervals,
  restoreSnapshot,
  RetentionOutOfRangeError,
  snapshotCard,
  toFsrsCard,
  type CardState,
  type GradeName,
} from "@/lib/srs";

const T0 = new Date("2026-03-01T00:00:00Z");
const MIN = 60_000;
const RATING: Record<GradeName, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
const reference = (retention: number) =>
  fsrs(
    generatorParameters({
      request_retention: retention,
      learning_steps: ["1m", "10m"],
      relearning_steps: ["10m"],
      enable_fuzz: false,
    }),
  );

function replay(grades: GradeName[], retention = 0.9, start = T0): { card: CardState; at: Date } {
  const scheduler = buildScheduler({ desiredRetention: retention });
  let card = newCardState(start);
  let at = start;
  for (const grade of grades) {
    at = card.due > at ? card.due : at;
    card = gradeCard(scheduler, card, grade, at).card;
  }
  return { card, at };
}

describe("the scheduler built from a learner's settings", () => {
  it("uses learning steps 1m and 10m for a new card", () => {
    const [again, hard, good, easy] = previewIntervals(buildScheduler({ desiredRetention: 0.9 }), newCardState(T0), T0);
    expect(again?.intervalMs).toBe(1 * MIN);
    expect(hard?.intervalMs).toBe(6 * MIN); // ts-fsrs: Hard on the first step is the mean of 1m and 10m
    expect(good?.intervalMs).toBe(10 * MIN);
    expect(easy?.intervalMs).toBeGreaterThanOrEqual(24 * 60 * MIN);
  });

  it("relearns a lapsed review card after 10 minutes", () => {
    const { card, at } = replay(["good", "good", "good"]);
    expect(card.state).toBe(State.Review);
    const later = new Date(card.due.getTime());
    const lapsed = gradeCard(buildScheduler({ desiredRetention: 0.9 }), card, "again", later).card;
    expect(lapsed).toMatchObject({ state: State.Relearning, lapses: 1 });
    expect(lapsed.due.getTime() - later.getTime()).toBe(10 * MIN);
    expect(at.getTime()).toBeLessThan(later.getTime());
  });

  it("gives the same intervals as ts-fsrs itself for any history and retention", () => {
    const grade = fc.constantFrom<GradeName>("again", "hard", "good", "easy");
    fc.assert(
      fc.property(
        fc.array(grade, { maxLength: 12 }),
        fc.integer({ min: 70, max: 97 }),
        fc.integer({ min: 0, max: 72 }),
        (grades, pct, delayHours) => {
          const retention = pct / 100;
          const ours = buildScheduler({ desiredRetention: retention });
          const theirs = reference(retention);
          let card = newCardState(T0);
          let fsrsCard = createEmptyCard(T0);
          let at = T0;
          for (const g of grades) {
            at = new Date(Math.max(at.getTime(), card.due.getTime()) + delayHours * 3_600_000);
            const rating = RATING[g];
            const expected = theirs.next(fsrsCard, at, rating);
            card = gradeCard(ours, card, g, at).card;
            fsrsCard = expected.card;
            expect(toFsrsCard(card)).toEqual({ ...expected.card, last_review: expected.card.last_review });
          }
          for (const preview of previewIntervals(ours, card, at)) {
            const rating = RATING[preview.grade];
            expect(preview.due).toEqual(theirs.repeat(fsrsCard, at)[rating].card.due);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it("schedules shorter intervals at higher retention", () => {
    const at90 = replay(["good", "good", "good", "good"], 0.9).card.scheduledDays;
    const at95 = replay(["good", "good", "good", "good"], 0.95).card.scheduledDays;
    expect(at95).toBeLessThan(at90);
  });

  it("refuses a desired retention outside 0.70–0.97 with a clear message", () => {
    expect(() => buildScheduler({ desiredRetention: 0.69 })).toThrow(RetentionOutOfRangeError);
    expect(() => buildScheduler({ desiredRetention: 0.98 })).toThrow(
      "Desired retention must be between 0.70 and 0.97; got 0.98",
    );
    expect(() => buildScheduler({ desiredRetention: Number.NaN })).toThrow(RetentionOutOfRangeError);
    expect(() => buildScheduler({ desiredRetention: 0.7 })).not.toThrow();
    expect(() => buildScheduler({ desiredRetention: 0.97 })).not.toThrow();
  });

  it("grades a wrong answer Again and a right one Good", () => {
    expect(gradeForOutcome(false)).toBe("again");
    expect(gradeForOutcome(true)).toBe("good");
  });
});

describe("leeches", () => {
  it("flags a card on its 8th lapse and keeps the flag", () => {
    const scheduler = buildScheduler({ desiredRetention: 0.9 });
    let card = replay(["good", "good"]).card;
    const lapsesSeen: boolean[] = [];
    for (let i = 0; i < 9; i++) {
      const at = new Date(card.due.getTime());
      card = gradeCard(scheduler, card, "again", at).card;
      card = gradeCard(scheduler, card, "good", new Date(card.due.getTime())).card;
      lapsesSeen.push(card.isLeech);
    }
    expect(card.lapses).toBe(9);
    expect(lapsesSeen.indexOf(true)).toBe(7);
    expect(lapsesSeen.slice(7)).toEqual([true, true]);
  });
});

describe("undo snapshots", () => {
  it("restore the exact previous state through JSON", () => {
    const grade = fc.constantFrom<GradeName>("again", "hard", "good", "easy");
    fc.assert(
      fc.property(fc.array(grade, { maxLength: 10 }), (grades) => {
        const { card } = replay(grades);
        const stored: unknown = JSON.parse(JSON.stringify(snapshotCard(card)));
        expect(restoreSnapshot(stored)).toEqual(card);
      }),
    );
  });

  it("undoing a grade and grading again gives the same result as the first time", () => {
    const scheduler = buildScheduler({ desiredRetention: 0.9 });
    const { card } = replay(["good", "good", "hard"]);
    const at = new Date(card.due.getTime() + 3_600_000);
    const first = gradeCard(scheduler, card, "again", at);
    const restored = restoreSnapshot(JSON.parse(JSON.stringify(snapshotCard(card))));
    expect(restored).toEqual(card);
    expect(gradeCard(scheduler, restored, "again", at)).toEqual(first);
  });

  it("refuse JSON that is not a card", () => {
    expect(() => restoreSnapshot({ due: "yesterday" })).toThrow();
  });
});
