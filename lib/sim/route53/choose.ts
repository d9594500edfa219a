import { cidrContains, type Cidr } from "../net";
import { inputProblem, type InputProblem } from "../input-issue";
import { compare, div, floor, fraction, fromNumber, mul, type Fraction } from "./fraction";
import type { ZoneHealth } from "./health";
import type { Localized, Route53Scenario, ZoneRecord } from "./types";

/** At most 8 records answer a multivalue query (R-19, https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-multivalue.html). */
export const MULTIVALUE_MAX_ANSWERS = 8;

/** How a group picks its answer, before any alias target is followed. */
export type Choice = { candidates: ZoneRecord[]; fallback: boolean; why: Localized } & (
  | { kind: "one"; record: ZoneRecord }
  | { kind: "none" }
  | { kind: "weighted"; inPlay: { record: ZoneRecord; weight: number }[]; total: number }
  | { kind: "many"; records: ZoneRecord[] }
);

export type ChoiceResult = { ok: true; choice: Choice } | { ok: false; problem: InputProblem };

const labels = (records: readonly ZoneRecord[]) => records.map((record) => record.label).join(", ");

/**
 * The healthy records, or every record when none is healthy: "If no record is healthy, all records are healthy" (R-7,
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-how-route-53-chooses-records.html).
 */
function candidatesOf(records: readonly ZoneRecord[], health: ZoneHealth) {
  const healthy = records.filter((record) => health.healthy(record));
  return healthy.length > 0 ? { candidates: healthy, fallback: false } : { candidates: [...records], fallback: true };
}

const FALLBACK_NOTE: Localized = {
  en: " No record was healthy, so Route 53 treated them all as healthy.",
  ko: " 정상인 레코드가 없어 Route 53이 모든 레코드를 정상으로 간주했습니다.",
};

function note(
  fallback: boolean,
  which: "en" | "ko",
  records?: readonly ZoneRecord[],
  candidates?: readonly ZoneRecord[],
): string {
  if (fallback) return FALLBACK_NOTE[which];
  const left = records?.filter((record) => !candidates?.includes(record)) ?? [];
  if (left.length === 0) return "";
  return which === "en" ? ` Unhealthy, so left out: ${labels(left)}.` : ` 비정상이라 빠진 레코드: ${labels(left)}.`;
}

/**
 * Weighted: the candidates with weight > 0 are in play, each with weight / sum (R-1, R-4); weight-0 records only when
 * every record with weight > 0 is unhealthy, or when all weights are 0, and then with equal probability (R-3, R-5).
 */
function chooseWeighted(records: readonly ZoneRecord[], health: ZoneHealth): Choice {
  const { candidates, fallback } = candidatesOf(records, health);
  const positive = candidates.filter((record) => (record.weight ?? 0) > 0);
  const inPlay =
    positive.length > 0
      ? positive.map((record) => ({ record, weight: record.weight ?? 0 }))
      : candidates.map((record) => ({ record, weight: 1 }));
  const total = inPlay.reduce((sum, entry) => sum + entry.weight, 0);
  const shares = inPlay.map((entry) => `${entry.record.label} ${entry.weight}/${total}`).join(", ");
  const equal = positive.length === 0;
  return {
    kind: "weighted",
    inPlay,
    total,
    candidates,
    fallback,
    why: {
      en: `Weighted: ${equal ? "every candidate weighs 0, so each is equally likely" : "the candidates with weight > 0 share the traffic by weight"} (${shares}).${note(fallback, "en", records, candidates)}`,
      ko: `가중치 라우팅: ${equal ? "후보의 가중치가 모두 0이라 같은 확률로 나뉩니다" : "가중치가 0보다 큰 후보가 가중치 비율로 트래픽을 나눕니다"} (${shares}).${note(fallback, "ko", records, candidates)}`,
    },
  };
}

function pick(record: ZoneRecord, all: ZoneRecord[], fallback: boolean, en: string, ko: string): Choice {
  return {
    kind: "one",
    record,
    candidates: all,
    fallback,
    why: { en: `Failover: ${en} (${record.label}).`, ko: `장애 조치 라우팅: ${ko} (${record.label}).` },
  };
}

/**
 * Failover: the PRIMARY while it is healthy, else a healthy SECONDARY, else the PRIMARY (R-10, R-11); a lone record of
 * the pair answers, and only then can the fallback apply to a SECONDARY.
 */
function chooseFailover(records: readonly ZoneRecord[], health: ZoneHealth): Choice {
  const primary = records.find((record) => record.failover === "PRIMARY");
  const secondary = records.find((record) => record.failover === "SECONDARY");
  const candidates = [...records];
  if (primary && secondary) {
    if (health.healthy(primary))
      return pick(primary, candidates, false, "the PRIMARY is healthy", "PRIMARY 레코드가 정상입니다");
    if (health.healthy(secondary))
      return pick(
        secondary,
        candidates,
        false,
        "the PRIMARY is unhealthy and the SECONDARY is healthy",
        "PRIMARY 레코드가 비정상이고 SECONDARY 레코드가 정상입니다",
      );
    return pick(
      primary,
      candidates,
      true,
      "both records are unhealthy, so the PRIMARY answers",
      "두 레코드가 모두 비정상이라 PRIMARY 레코드가 응답합니다",
    );
  }
  const only = primary ?? secondary ?? records[0];
  if (only === undefined) return { kind: "none", candidates, fallback: false, why: { en: "", ko: "" } };
  const healthy = health.healthy(only);
  return pick(
    only,
    candidates,
    !healthy,
    `only the ${only.failover ?? ""} record exists, so it answers${healthy ? "" : " although it is unhealthy"}`,
    `${only.failover ?? ""} 레코드만 있어 그 레코드가 응답합니다${healthy ? "" : " (비정상이지만)"}`,
  );
}

/** The record that is lowest by `key` (exact), the earliest in array order on a tie. */
function lowest(records: readonly ZoneRecord[], key: (record: ZoneRecord) => Fraction): ZoneRecord | undefined {
  let best: ZoneRecord | undefined;
  let bestKey: Fraction | undefined;
  for (const record of records) {
    const value = key(record);
    if (bestKey === undefined || compare(value, bestKey) < 0) [best, bestKey] = [record, value];
  }
  return best;
}

/** Latency: the candidate whose Region has the lowest latency for the user (R-12, R-13). */
function chooseLatency(records: readonly ZoneRecord[], health: ZoneHealth, scenario: Route53Scenario): ChoiceResult {
  const latency = scenario.question.from.latencyMs;
  const missing = records.find((record) => latency[record.region ?? ""] === undefined);
  if (missing) {
    const region = missing.region ?? "";
    const english = `the question gives no latencyMs for ${region}`;
    return {
      ok: false,
      problem: inputProblem(["records", missing.index, "region"], "missingLatency", { region }, english),
    };
  }
  const { candidates, fallback } = candidatesOf(records, health);
  const ms = (record: ZoneRecord) => latency[record.region ?? ""] ?? 0;
  const best = lowest(candidates, (record) => fromNumber(ms(record)));
  if (best === undefined) return { ok: true, choice: { kind: "none", candidates, fallback, why: { en: "", ko: "" } } };
  const table = candidates.map((record) => `${record.region} ${ms(record)} ms`).join(", ");
  return {
    ok: true,
    choice: {
      kind: "one",
      record: best,
      candidates,
      fallback,
      why: {
        en: `Latency: ${best.region} has the lowest latency among the candidates (${table}).${note(fallback, "en", records, candidates)}`,
        ko: `지연 시간 라우팅: 후보 중 ${best.region} 리전의 지연 시간이 가장 짧습니다 (${table}).${note(fallback, "ko", records, candidates)}`,
      },
    },
  };
}

/**
 * Geoproximity: the lowest biased distance, d·(1 − b/100) for b ≥ 0 and d / (1 + b/100) for b < 0 (R-46,
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-geoproximity.html).
 */
export function biasedDistance(distanceKm: number, bias: number): Fraction {
  const d = fromNumber(distanceKm);
  return bias >= 0 ? mul(d, fraction(100 - bias, 100)) : div(mul(d, fraction(100)), fraction(100 + bias));
}

function chooseGeoproximity(
  records: readonly ZoneRecord[],
  health: ZoneHealth,
  scenario: Route53Scenario,
): ChoiceResult {
  const distance = scenario.question.from.distanceKm;
  const missing = records.find((record) => distance[record.geoproximity?.region ?? ""] === undefined);
  if (missing) {
    const region = missing.geoproximity?.region ?? "";
    const english = `the question gives no distanceKm for ${region}`;
    const path = ["records", missing.index, "geoproximity", "region"];
    return { ok: false, problem: inputProblem(path, "missingDistance", { region }, english) };
  }
  const { candidates, fallback } = candidatesOf(records, health);
  const biased = (record: ZoneRecord) =>
    biasedDistance(distance[record.geoproximity?.region ?? ""] ?? 0, record.geoproximity?.bias ?? 0);
  const best = lowest(candidates, biased);
  if (best === undefined) return { ok: true, choice: { kind: "none", candidates, fallback, why: { en: "", ko: "" } } };
  const km = (record: ZoneRecord) => Math.round(Number(biased(record).n) / Number(biased(record).d));
  const table = candidates.map((record) => `${record.geoproximity?.region} ≈${km(record)} km`).join(", ");
  return {
    ok: true,
    choice: {
      kind: "one",
      record: best,
      candidates,
      fallback,
      why: {
        en: `Geoproximity: ${best.geoproximity?.region} has the shortest distance after bias (${table}).${note(fallback, "en", records, candidates)}`,
        ko: `지리 근접성 라우팅: 편향을 적용한 거리가 가장 짧은 곳은 ${best.geoproximity?.region} 리전입니다 (${table}).${note(fallback, "ko", records, candidates)}`,
      },
    },
  };
}

/**
 * A chain of applicable records from the smallest location to the largest: the first healthy one answers; if none is,
 * the first (R-17); an empty chain is "no answer" (R-15).
 */
function chooseFromChain(chain: readonly ZoneRecord[], health: ZoneHealth, policy: Localized): Choice {
  if (chain.length === 0)
    return {
      kind: "none",
      candidates: [],
      fallback: false,
      why: {
        en: `${policy.en}: no record applies to this client and there is no default (*) record, so there is no answer.`,
        ko: `${policy.ko}: 이 클라이언트에 해당하는 레코드도 기본(*) 레코드도 없어 응답이 없습니다.`,
      },
    };
  const healthy = chain.find((record) => health.healthy(record));
  const record = healthy ?? chain[0];
  if (record === undefined) return { kind: "none", candidates: [], fallback: false, why: { en: "", ko: "" } };
  const order = labels(chain);
  return {
    kind: "one",
    record,
    candidates: [...chain],
    fallback: healthy === undefined,
    why: healthy
      ? {
          en: `${policy.en}: the applicable records from the smallest location are ${order}; ${record.label} is the first healthy one.`,
          ko: `${policy.ko}: 해당하는 레코드를 작은 위치부터 보면 ${order}이고, 처음으로 정상인 레코드는 ${record.label}입니다.`,
        }
      : {
          en: `${policy.en}: every applicable record (${order}) is unhealthy, so the one for the smallest location answers (${record.label}).`,
          ko: `${policy.ko}: 해당하는 레코드(${order})가 모두 비정상이라 가장 작은 위치의 레코드가 응답합니다 (${record.label}).`,
        },
  };
}

/** Geolocation: state, then country, then continent, then the default `*` (R-14, R-15, R-16, R-17). */
function geolocationChain(records: readonly ZoneRecord[], scenario: Route53Scenario): ZoneRecord[] {
  const from = scenario.question.from.geo;
  const find = (test: (geo: NonNullable<ZoneRecord["geo"]>) => boolean) =>
    records.find((record) => record.geo !== null && test(record.geo));
  const levels = [
    from?.country && from.subdivision
      ? find((geo) => geo.country === from.country && geo.subdivision === from.subdivision)
      : undefined,
    from?.country ? find((geo) => geo.country === from.country && geo.subdivision === null) : undefined,
    from?.continent ? find((geo) => geo.continent === from.continent) : undefined,
    find((geo) => geo.country === "*"),
  ];
  return levels.filter((record): record is ZoneRecord => record !== undefined);
}

/**
 * IP-based: the record whose location holds the longest block containing the client subnet, which must be at least as
 * long as the block; then the default `*` record (R-47, https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-ipbased.html).
 */
function ipBasedChain(records: readonly ZoneRecord[], scenario: Route53Scenario): ZoneRecord[] {
  const client = scenario.question.from.ip;
  let best: { record: ZoneRecord; prefix: number } | undefined;
  if (client !== null) {
    for (const record of records) {
      if (record.cidr === null || record.cidr.location === "*") continue;
      const blocks = scenario.cidrCollections.get(record.cidr.collection)?.get(record.cidr.location) ?? [];
      for (const block of blocks) {
        if (!holds(block, client)) continue;
        if (best === undefined || block.prefix > best.prefix) best = { record, prefix: block.prefix };
      }
    }
  }
  const fallback = records.find((record) => record.cidr?.location === "*");
  return [best?.record, fallback].filter((record): record is ZoneRecord => record !== undefined);
}

function holds(block: Cidr, client: Cidr): boolean {
  return (
    block.family === client.family &&
    client.prefix >= block.prefix &&
    cidrContains(block, { family: client.family, value: client.network })
  );
}

/** Multivalue: every healthy record, or 8 of them from index floor(random·n), wrapping, listed in array order (R-19). */
function chooseMultivalue(records: readonly ZoneRecord[], health: ZoneHealth, random: Fraction): Choice {
  const { candidates, fallback } = candidatesOf(records, health);
  let chosen = candidates;
  if (candidates.length > MULTIVALUE_MAX_ANSWERS) {
    const n = candidates.length;
    const start = Number(floor(mul(random, fraction(n))));
    const picked = new Set(Array.from({ length: MULTIVALUE_MAX_ANSWERS }, (_, i) => (start + i) % n));
    chosen = candidates.filter((_, index) => picked.has(index));
  }
  const some = chosen.length < candidates.length;
  return {
    kind: "many",
    records: chosen,
    candidates,
    fallback,
    why: {
      en: `Multivalue answer: ${some ? `${MULTIVALUE_MAX_ANSWERS} of the ${candidates.length} candidates answer` : "every candidate answers"} (${labels(chosen)}).${note(fallback, "en", records, candidates)}`,
      ko: `다중 응답 라우팅: ${some ? `후보 ${candidates.length}개 중 ${MULTIVALUE_MAX_ANSWERS}개가 응답합니다` : "모든 후보가 응답합니다"} (${labels(chosen)}).${note(fallback, "ko", records, candidates)}`,
    },
  };
}

/** Chooses within one group by its routing policy (SIM_CONTRACT.md, route53, "Choosing within a group"). */
export function chooseInGroup(
  records: readonly ZoneRecord[],
  health: ZoneHealth,
  scenario: Route53Scenario,
  random: Fraction,
): ChoiceResult {
  const first = records[0];
  if (first === undefined)
    return { ok: true, choice: { kind: "none", candidates: [], fallback: false, why: { en: "", ko: "" } } };
  switch (first.routing) {
    case "simple":
      return {
        ok: true,
        choice: {
          kind: "one",
          record: first,
          candidates: [first],
          fallback: false,
          why: {
            en: "Simple routing: the one record answers; health is not evaluated.",
            ko: "단순 라우팅: 하나뿐인 레코드가 응답하며 상태는 평가하지 않습니다.",
          },
        },
      };
    case "weighted":
      return { ok: true, choice: chooseWeighted(records, health) };
    case "failover":
      return { ok: true, choice: chooseFailover(records, health) };
    case "latency":
      return chooseLatency(records, health, scenario);
    case "geoproximity":
      return chooseGeoproximity(records, health, scenario);
    case "geolocation":
      return {
        ok: true,
        choice: chooseFromChain(geolocationChain(records, scenario), health, {
          en: "Geolocation",
          ko: "지리 위치 라우팅",
        }),
      };
    case "ip-based":
      return {
        ok: true,
        choice: chooseFromChain(ipBasedChain(records, scenario), health, { en: "IP-based", ko: "IP 기반 라우팅" }),
      };
    case "multivalue":
      return { ok: true, choice: chooseMultivalue(records, health, random) };
  }
}
