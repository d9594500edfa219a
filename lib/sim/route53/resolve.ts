import type { InputProblem } from "../input-issue";
import { chooseInGroup, type Choice } from "./choose";
import { add, compare, div, fraction, fromNumber, mul, ONE, round4, sub, ZERO, type Fraction } from "./fraction";
import { ZoneHealth } from "./health";
import { groupKey, groupRecords, inZone, nameExists } from "./names";
import type { Rcode, RecordType, Route53Scenario, Routing, TraceStep, ZoneRecord } from "./types";

/** What one path through the zone produced. */
interface Branch {
  answers: string[];
  ttl: number | null;
  decidedBy: string[];
  healthFallback: boolean;
  steps: TraceStep[];
}

/** The branch `random` picks, and the probability of every answer list (keyed by the list joined with ","). */
interface Outcome {
  chosen: Branch;
  dist: Map<string, Fraction>;
}

type Resolved = { ok: true; outcome: Outcome } | { ok: false; problem: InputProblem };

/** The answer to the question before it is written out: rcode, the asked group and the resolved outcome. */
export type Resolution =
  | { ok: true; rcode: Rcode; group: { key: string; type: RecordType; routing: Routing } | null; outcome: Outcome }
  | { ok: false; problem: InputProblem };

function single(branch: Branch): Outcome {
  return { chosen: branch, dist: new Map([[branch.answers.join(","), ONE]]) };
}

function addScaled(into: Map<string, Fraction>, from: ReadonlyMap<string, Fraction>, scale: Fraction): void {
  for (const [key, probability] of from) into.set(key, add(into.get(key) ?? ZERO, mul(probability, scale)));
}

/** Resolves groups of one zone for one question, memoized by group and by the random value that reaches it. */
class Resolver {
  private readonly groups: Map<string, ZoneRecord[]>;
  private readonly health: ZoneHealth;
  private readonly memo = new Map<string, Resolved>();

  constructor(private readonly scenario: Route53Scenario) {
    this.groups = groupRecords(scenario.records);
    this.health = new ZoneHealth(this.groups, scenario.healthChecks);
  }

  group(key: string, random: Fraction): Resolved {
    const memoKey = `${key}|${random.n}/${random.d}`;
    const known = this.memo.get(memoKey);
    if (known) return known;
    const resolved = this.resolveGroup(key, random);
    this.memo.set(memoKey, resolved);
    return resolved;
  }

  private resolveGroup(key: string, random: Fraction): Resolved {
    const records = this.groups.get(key) ?? [];
    const chosen = chooseInGroup(records, this.health, this.scenario, random);
    if (!chosen.ok) return chosen;
    const choice = chosen.choice;
    const picked = this.follow(choice, random);
    if (!picked.ok) return picked;
    const { chosen: branch, dist } = picked.outcome;
    const step: TraceStep = {
      group: key,
      routing: records[0]?.routing ?? "simple",
      candidates: choice.candidates.map((record) => record.label),
      chosen:
        choice.kind === "one"
          ? [choice.record.label]
          : choice.kind === "many"
            ? choice.records.map((record) => record.label)
            : choice.kind === "weighted"
              ? branch.decidedBy.slice(0, 1)
              : [],
      healthFallback: choice.fallback,
      explanation: choice.why,
    };
    return {
      ok: true,
      outcome: {
        chosen: {
          ...branch,
          decidedBy: branch.answers.length === 0 ? [] : branch.decidedBy,
          healthFallback: choice.fallback || branch.healthFallback,
          steps: [step, ...branch.steps],
        },
        dist,
      },
    };
  }

  /** The outcome of a choice: one record, none, several (multivalue), or a weighted draw over intervals of [0, 1). */
  private follow(choice: Choice, random: Fraction): Resolved {
    switch (choice.kind) {
      case "none":
        return {
          ok: true,
          outcome: single({ answers: [], ttl: null, decidedBy: [], healthFallback: false, steps: [] }),
        };
      case "one":
        return this.record(choice.record, random);
      case "many": {
        const answers = choice.records.flatMap((record) => record.values ?? []);
        const ttls = choice.records.map((record) => record.ttl ?? 0);
        const branch = {
          answers,
          ttl: ttls.length === 0 ? null : Math.min(...ttls),
          decidedBy: choice.records.map((record) => record.label),
          healthFallback: false,
          steps: [],
        };
        return { ok: true, outcome: single(branch) };
      }
      case "weighted":
        return this.weighted(choice.inPlay, choice.total, random);
    }
  }

  /**
   * Each record in play covers [start, start + weight/total) of [0, 1), in array order; `random` picks the interval and
   * an alias target's choice uses (random − start) / length (SIM_CONTRACT.md, route53). The distribution sums every
   * record's outcomes scaled by its probability. A branch `random` does not reach is resolved with `random` itself.
   */
  private weighted(inPlay: { record: ZoneRecord; weight: number }[], total: number, random: Fraction): Resolved {
    const dist = new Map<string, Fraction>();
    let chosen: Branch | undefined;
    let start = ZERO;
    for (const { record, weight } of inPlay) {
      const length = fraction(weight, total);
      const end = add(start, length);
      const inside = compare(random, start) >= 0 && compare(random, end) < 0;
      const resolved = this.record(record, inside ? div(sub(random, start), length) : random);
      if (!resolved.ok) return resolved;
      addScaled(dist, resolved.outcome.dist, length);
      if (inside) chosen = resolved.outcome.chosen;
      start = end;
    }
    if (chosen === undefined)
      return { ok: true, outcome: single({ answers: [], ttl: null, decidedBy: [], healthFallback: false, steps: [] }) };
    return { ok: true, outcome: { chosen, dist } };
  }

  /**
   * A record's answer: its values and TTL; an AWS alias's target values and the resource's TTL; a record
   * alias answers as if the question had named its target, with the TTL of the target record that answers.
   */
  private record(record: ZoneRecord, random: Fraction): Resolved {
    const alias = record.alias;
    if (alias === null)
      return {
        ok: true,
        outcome: single({
          answers: record.values ?? [],
          ttl: record.ttl,
          decidedBy: [record.label],
          healthFallback: false,
          steps: [],
        }),
      };
    if (alias.kind === "aws")
      return {
        ok: true,
        outcome: single({
          answers: alias.values,
          ttl: alias.ttl,
          decidedBy: [record.label],
          healthFallback: false,
          steps: [],
        }),
      };
    const target = this.group(groupKey(alias.name, record.type), random);
    if (!target.ok) return target;
    const { chosen, dist } = target.outcome;
    return { ok: true, outcome: { chosen: { ...chosen, decidedBy: [record.label, ...chosen.decidedBy] }, dist } };
  }
}

/**
 * Answers the question as the zone's authoritative name servers would (SIM_CONTRACT.md, route53, "Answering the
 * question"): REFUSED outside the zone; a CNAME answers for every type at its name and is not followed;
 * an alias answers only for its own type; NODATA for a name that exists without the type; NXDOMAIN otherwise.
 */
export function resolveQuestion(scenario: Route53Scenario): Resolution {
  const { question, zone, records } = scenario;
  const empty: Outcome = single({ answers: [], ttl: null, decidedBy: [], healthFallback: false, steps: [] });
  if (!inZone(question.name, zone)) return { ok: true, rcode: "REFUSED", group: null, outcome: empty };
  const resolver = new Resolver(scenario);
  const groups = groupRecords(records);
  const cname = groupKey(question.name, "CNAME");
  const asked = groupKey(question.name, question.type);
  const key = groups.has(cname) ? cname : groups.has(asked) ? asked : null;
  if (key === null) {
    const rcode = nameExists(question.name, zone, records) ? "NOERROR" : "NXDOMAIN";
    return { ok: true, rcode, group: null, outcome: empty };
  }
  const first = groups.get(key)?.[0];
  const resolved = resolver.group(key, fromNumber(question.random));
  if (!resolved.ok) return resolved;
  return {
    ok: true,
    rcode: "NOERROR",
    group: { key, type: first?.type ?? question.type, routing: first?.routing ?? "simple" },
    outcome: resolved.outcome,
  };
}

/**
 * The contract's `distribution`: every possible answer list with its exact probability rounded to 4 places, halves up;
 * rounded zeros left out; null when only one list is possible.
 */
export function distributionOf(dist: ReadonlyMap<string, Fraction>): Record<string, number> | null {
  const possible = [...dist].filter(([, probability]) => probability.n > 0n);
  if (possible.length <= 1) return null;
  const rounded = possible.map(([key, probability]) => [key, round4(probability)] as const);
  return Object.fromEntries(rounded.filter(([, probability]) => probability > 0));
}
