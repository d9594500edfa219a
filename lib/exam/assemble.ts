import { domainQuotas, type WeightedDomain } from "./quotas";
import { seededRandom, shuffled } from "@/lib/random";

/** A question the bank offers for an exam, with the blueprint domain and task statement it serves there. */
export interface PoolQuestion {
  id: string;
  domain: string;
  /** The exam guide's task statement number ("2.3"); absent or null while the item is unassigned. */
  task?: string | null;
}

/** How one domain was served: its blueprint share, what the bank holds, what the exam took. */
export interface DomainFill {
  domain: string;
  quota: number;
  available: number;
  taken: number;
}

/** An assembled exam and an account of how the bank served the blueprint. */
export interface AssembledExam {
  /** Question ids in the order the learner sees them. */
  questionIds: string[];
  /** The domain each chosen question serves. */
  domainOf: Record<string, string>;
  /** The task statement each chosen question serves; null for an unassigned item. */
  taskOf: Record<string, string | null>;
  /** One entry per blueprint domain, in blueprint order. */
  domains: DomainFill[];
  requested: number;
  /** Seats a short domain could not fill that went to other domains instead. */
  borrowed: number;
  /** Seats no domain could fill: the bank holds fewer questions than the exam asks for. */
  missing: number;
  /** Chosen questions the learner met in one of `earlierDraws` (0 while the bank has enough unseen ones). */
  repeated: number;
}

/**
 * Assembles an exam from a bank by blueprint weights, spread over task statements, preferring questions the learner
 * has not met in earlier attempts of the same exam.
 *
 * - Domains: each domain's quota is its largest-remainder share of `questionCount`; a domain the bank cannot fill
 *   gives its leftover seats to the domains with questions to spare, again by weight, and the result says so
 *   (`borrowed`, and `missing` when even the whole bank is too small).
 * - Within a domain, seats are filled one at a time with the candidate that comes first by, in order:
 *   1. freshness: never drawn before, then drawn in an earlier attempt but not the latest, then drawn in the latest
 *      (so two consecutive attempts share no question while the domain holds twice its seats);
 *   2. balance: the task statement holding the fewest seats so far (round-robin; unassigned items form one group),
 *      so no statement is over-represented among equally fresh questions;
 *   3. for a question drawn before, the one drawn longest ago;
 *   4. a seeded shuffle.
 * - No question appears twice, and the final order is shuffled.
 *
 * Deterministic: the same pool (in any order), domains, count, earlier draws and seed give the same exam, because the
 * pool is sorted by id before the seeded generator draws from it.
 *
 * @param earlierDraws question ids of the learner's earlier attempts of this exam, newest attempt first.
 */
export function assembleExam(input: {
  pool: readonly PoolQuestion[];
  domains: readonly WeightedDomain[];
  questionCount: number;
  seed: number;
  earlierDraws?: readonly (readonly string[])[];
}): AssembledExam {
  const byDomain = groupByDomain(input.pool, input.domains);
  const quotas = domainQuotas(input.domains, input.questionCount);
  const fills: DomainFill[] = input.domains.map((d) => {
    const available = byDomain.get(d.id)?.length ?? 0;
    const quota = quotas.get(d.id) ?? 0;
    return { domain: d.id, quota, available, taken: Math.min(quota, available) };
  });
  const deficit = fills.reduce((sum, f) => sum + f.quota - f.taken, 0);
  const missing = lendSeats(fills, input.domains, deficit);

  const drawnAgo = lastDrawnAgo(input.earlierDraws ?? []);
  const random = seededRandom(input.seed);
  const domainOf: Record<string, string> = {};
  const taskOf: Record<string, string | null> = {};
  const chosen: string[] = [];
  for (const fill of fills) {
    const candidates = shuffled(byDomain.get(fill.domain) ?? [], random);
    for (const question of pickSpread(candidates, fill.taken, drawnAgo)) {
      domainOf[question.id] = fill.domain;
      taskOf[question.id] = question.task;
      chosen.push(question.id);
    }
  }
  return {
    questionIds: shuffled(chosen, random),
    domainOf,
    taskOf,
    domains: fills,
    requested: input.questionCount,
    borrowed: deficit - missing,
    missing,
    repeated: chosen.filter((id) => drawnAgo.has(id)).length,
  };
}

interface Candidate {
  id: string;
  task: string | null;
}

/** For each question drawn before: how many attempts ago it was last drawn (0 = the latest attempt). */
function lastDrawnAgo(earlierDraws: readonly (readonly string[])[]): Map<string, number> {
  const ago = new Map<string, number>();
  earlierDraws.forEach((draw, index) => {
    for (const id of draw) if (!ago.has(id)) ago.set(id, index);
  });
  return ago;
}

/** Takes `count` candidates (given in shuffled order) by the freshness, balance and age rule of {@link assembleExam}. */
function pickSpread(
  candidates: readonly Candidate[],
  count: number,
  drawnAgo: ReadonlyMap<string, number>,
): Candidate[] {
  const freshness = (id: string) => {
    const ago = drawnAgo.get(id);
    return ago === undefined ? 0 : ago > 0 ? 1 : 2;
  };
  type Ranked = { question: Candidate; position: number; freshness: number; ago: number };
  const ranked: Ranked[] = candidates.map((question, position) => ({
    question,
    position,
    freshness: freshness(question.id),
    ago: drawnAgo.get(question.id) ?? 0,
  }));
  const seatsOfTask = new Map<string | null, number>();
  const seats = (c: Ranked) => seatsOfTask.get(c.question.task) ?? 0;
  const before = (a: Ranked, b: Ranked) =>
    a.freshness - b.freshness || seats(a) - seats(b) || b.ago - a.ago || a.position - b.position;
  const left = new Set(ranked);
  const picked: Candidate[] = [];
  while (picked.length < count && left.size > 0) {
    let best: Ranked | undefined;
    for (const c of left) if (best === undefined || before(c, best) < 0) best = c;
    if (best === undefined) break;
    left.delete(best);
    picked.push(best.question);
    seatsOfTask.set(best.question.task, seats(best) + 1);
  }
  return picked;
}

function groupByDomain(pool: readonly PoolQuestion[], domains: readonly WeightedDomain[]): Map<string, Candidate[]> {
  const known = new Set(domains.map((d) => d.id));
  const seen = new Set<string>();
  const groups = new Map<string, Candidate[]>();
  const sorted = [...pool].sort((a, b) => compare(a.id, b.id) || compare(a.domain, b.domain));
  for (const question of sorted) {
    if (!known.has(question.domain) || seen.has(question.id)) continue;
    seen.add(question.id);
    const group = groups.get(question.domain) ?? [];
    group.push({ id: question.id, task: question.task ?? null });
    groups.set(question.domain, group);
  }
  return groups;
}

/** Gives `deficit` seats to domains with spare questions, by weight; returns the seats nobody could take. */
function lendSeats(fills: DomainFill[], domains: readonly WeightedDomain[], deficit: number): number {
  let left = deficit;
  while (left > 0) {
    const spare = fills.filter((f) => f.available > f.taken);
    if (spare.length === 0) break;
    const weights = spare.map((f) => ({
      id: f.domain,
      weight: Math.max(domains.find((d) => d.id === f.domain)?.weight ?? 0, Number.EPSILON),
    }));
    const extra = domainQuotas(weights, left);
    for (const fill of spare) {
      const add = Math.min(extra.get(fill.domain) ?? 0, fill.available - fill.taken);
      fill.taken += add;
      left -= add;
    }
  }
  return left;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A retest of missed questions: the `count` most recently missed (the caller orders `missedByRecency` newest first),
 * shown in a seeded random order so the retest does not replay the order of the mistakes.
 */
export function assembleRetest(input: { missedByRecency: readonly string[]; count: number; seed: number }): string[] {
  const distinct = [...new Set(input.missedByRecency)].slice(0, input.count);
  return shuffled(distinct, seededRandom(input.seed));
}
