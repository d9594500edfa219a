import { domainQuotas, type WeightedDomain } from "./quotas";
import { seededRandom, shuffled } from "@/lib/random";

/** A question the bank offers for an exam, with the blueprint domain it serves there. */
export interface PoolQuestion {
  id: string;
  domain: string;
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
  /** One entry per blueprint domain, in blueprint order. */
  domains: DomainFill[];
  requested: number;
  /** Seats a short domain could not fill that went to other domains instead. */
  borrowed: number;
  /** Seats no domain could fill: the bank holds fewer questions than the exam asks for. */
  missing: number;
}

/**
 * Assembles an exam from a bank by blueprint weights. Each domain's quota is its largest-remainder share of
 * `questionCount`; a domain the bank cannot fill gives its leftover seats to the domains with questions to spare, again
 * by weight, and the result says so (`borrowed`, and `missing` when even the whole bank is too small). Questions are
 * drawn without replacement, so no question appears twice, and the order is shuffled.
 *
 * Deterministic: the same pool (in any order), domains, count and seed give the same exam, because the pool is
 * sorted by id before the seeded generator draws from it.
 */
export function assembleExam(input: {
  pool: readonly PoolQuestion[];
  domains: readonly WeightedDomain[];
  questionCount: number;
  seed: number;
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

  const random = seededRandom(input.seed);
  const domainOf: Record<string, string> = {};
  const chosen: string[] = [];
  for (const fill of fills) {
    for (const id of shuffled(byDomain.get(fill.domain) ?? [], random).slice(0, fill.taken)) {
      domainOf[id] = fill.domain;
      chosen.push(id);
    }
  }
  return {
    questionIds: shuffled(chosen, random),
    domainOf,
    domains: fills,
    requested: input.questionCount,
    borrowed: deficit - missing,
    missing,
  };
}

function groupByDomain(pool: readonly PoolQuestion[], domains: readonly WeightedDomain[]): Map<string, string[]> {
  const known = new Set(domains.map((d) => d.id));
  const seen = new Set<string>();
  const groups = new Map<string, string[]>();
  const sorted = [...pool].sort((a, b) => compare(a.id, b.id) || compare(a.domain, b.domain));
  for (const question of sorted) {
    if (!known.has(question.domain) || seen.has(question.id)) continue;
    seen.add(question.id);
    const group = groups.get(question.domain) ?? [];
    group.push(question.id);
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
