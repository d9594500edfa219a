import { hashSeed, seededRandom } from "@/lib/random";

export interface DailyCandidate {
  questionId: string;
  topicId: string;
  /**
   * "due": the learner's card for it is due by the end of the day; "new": never answered; "seen": answered, not
   * yet due.
   */
  status: "due" | "new" | "seen";
  /** For due questions, when they came due (ms since epoch): the most overdue go first. */
  dueAt?: number;
}

export interface TopicRecord {
  correct: number;
  total: number;
}

/**
 * A topic's weight in the daily draw: 1.25 minus its smoothed recent accuracy (correct+1)/(total+2), so an unseen
 * topic weighs 0.75, one answered 0 of 10 right about 1.17 and one answered 10 of 10 right about 0.33.
 */
export function topicWeight(record: TopicRecord | undefined): number {
  const correct = record?.correct ?? 0;
  const total = record?.total ?? 0;
  return 1.25 - (correct + 1) / (total + 2);
}

/**
 * Chooses the day's quiz: up to half of it from due questions (most overdue first), the rest new questions drawn
 * topic by topic with probability proportional to `topicWeight`, topped up from due and then already-seen
 * questions when the bank runs short, in a shuffled order. Deterministic: the same seed and candidates (in any
 * order) give the same list.
 */
export function chooseDailyQuestions(input: {
  candidates: readonly DailyCandidate[];
  topicAccuracy: Readonly<Record<string, TopicRecord>>;
  size: number;
  seed: string;
}): string[] {
  const random = seededRandom(hashSeed(input.seed));
  const sorted = [...input.candidates].sort((a, b) =>
    a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0,
  );
  const due = sorted.filter((c) => c.status === "due").sort((a, b) => (a.dueAt ?? 0) - (b.dueAt ?? 0));
  const chosen: DailyCandidate[] = due.slice(0, Math.ceil(input.size / 2));
  const draw = (pool: DailyCandidate[]) => {
    const left = [...pool];
    while (chosen.length < input.size && left.length > 0) {
      const pick = drawWeighted(left, input.topicAccuracy, random);
      chosen.push(...left.splice(pick, 1));
    }
  };
  draw(sorted.filter((c) => c.status === "new"));
  draw(due.filter((c) => !chosen.includes(c)));
  draw(sorted.filter((c) => c.status === "seen"));
  return shuffle(
    chosen.map((c) => c.questionId),
    random,
  );
}

/** Picks a topic with probability ∝ its weight, then a uniformly random question of it; returns the index in `pool`. */
function drawWeighted(
  pool: readonly DailyCandidate[],
  accuracy: Readonly<Record<string, TopicRecord>>,
  random: () => number,
): number {
  const topics = [...new Set(pool.map((c) => c.topicId))];
  const weights = topics.map((topic) => topicWeight(accuracy[topic]));
  let target = random() * weights.reduce((sum, w) => sum + w, 0);
  let topic = topics[topics.length - 1];
  for (const [i, weight] of weights.entries()) {
    target -= weight;
    if (target < 0) {
      topic = topics[i];
      break;
    }
  }
  const indices = pool.flatMap((c, i) => (c.topicId === topic ? [i] : []));
  return indices[Math.floor(random() * indices.length)] ?? 0;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i];
    const b = items[j];
    if (a === undefined || b === undefined) continue;
    items[i] = b;
    items[j] = a;
  }
  return items;
}
