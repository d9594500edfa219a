/** A source of uniformly distributed numbers in [0, 1). The core never calls Math.random: callers pass one of these. */
export type Random = () => number;

/**
 * Mulberry32, a 32-bit seeded generator (Tommy Ettinger, public domain): the same seed yields the same sequence on
 * every platform, so an exam assembled from a stored seed can be assembled again exactly. Any integer is a valid
 * seed; it is reduced modulo 2^32.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new array with the items in a uniformly random order (Fisher–Yates); the input is left untouched. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = result[i] as T;
    result[i] = result[j] as T;
    result[j] = a;
  }
  return result;
}

/** A 32-bit FNV-1a hash of a string: a stable seed from text such as "user:day". */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
