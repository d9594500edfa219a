/** One review as the CSV export needs it. */
export interface ExportedReview {
  review: Date;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** The card's FSRS state before the review: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  /** The interval before the review, in days (0 while learning). */
  scheduledDaysBefore: number;
  /** When the review made the card due next, and its interval in days. */
  nextDue: Date;
  nextScheduledDays: number;
  durationMs: number | null;
  /** A stable number for the card: its creation time in milliseconds, as Anki's card ids are. */
  cardNumber: number;
}

export const ANKI_REVLOG_COLUMNS = ["id", "cid", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"] as const;

const DAY_MS = 86_400_000;

/**
 * Review logs as CSV in the columns of Anki's `revlog` table: `id` the review time in ms (made unique by adding a
 * millisecond where reviews share one), `cid` the card, `usn` -1 (not synced), `ease` the button 1–4, `ivl` and
 * `lastIvl` the new and previous interval (days when positive, seconds when negative, as Anki writes learning
 * steps), `factor` 0 (SM-2's ease factor; FSRS has none), `time` the answer time in ms capped at 60 s like Anki, and
 * `type` 0 learn, 1 review, 2 relearn.
 */
export function ankiRevlogCsv(reviews: readonly ExportedReview[]): string {
  const sorted = [...reviews].sort((a, b) => a.review.getTime() - b.review.getTime());
  let lastId = -Infinity;
  const rows = sorted.map((r) => {
    const id = Math.max(r.review.getTime(), lastId + 1);
    lastId = id;
    const untilNext = r.nextDue.getTime() - r.review.getTime();
    const ivl = untilNext < DAY_MS ? -Math.max(1, Math.round(untilNext / 1000)) : r.nextScheduledDays;
    const type = r.state === 2 ? 1 : r.state === 3 ? 2 : 0;
    const time = Math.min(60_000, Math.max(0, r.durationMs ?? 0));
    return [id, r.cardNumber, -1, r.rating, ivl, r.scheduledDaysBefore, 0, time, type].join(",");
  });
  return [ANKI_REVLOG_COLUMNS.join(","), ...rows].join("\n") + "\n";
}
