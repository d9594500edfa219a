import { cidrContains, type Cidr } from "../net";

/** Two blocks overlap when the shorter-prefix one contains the other's network address. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  const [shorter, longer] = a.prefix <= b.prefix ? [a, b] : [b, a];
  return cidrContains(shorter, { family: longer.family, value: longer.network });
}

/** `inner` lies inside `outer` or equals it. */
export function cidrWithin(inner: Cidr, outer: Cidr): boolean {
  return inner.prefix >= outer.prefix && cidrContains(outer, { family: inner.family, value: inner.network });
}
