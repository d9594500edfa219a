export interface WeightedDomain {
  id: string;
  weight: number;
}

/**
 * Splits `total` questions over domains in proportion to their weights by the largest-remainder (Hamilton) method:
 * every domain gets the floor of its exact share, and the seats left over go to the largest fractional remainders
 * (ties: the larger weight, then the earlier domain). The quotas always sum to `total`. Weights must be >= 0 with a
 * positive sum; `total` must be a non-negative integer. With no domains the map is empty.
 */
export function domainQuotas(domains: readonly WeightedDomain[], total: number): Map<string, number> {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a non-negative integer, got ${total}`);
  if (domains.some((d) => !(d.weight >= 0))) throw new RangeError("weights must be non-negative numbers");
  const weightSum = domains.reduce((sum, d) => sum + d.weight, 0);
  if (domains.length > 0 && weightSum <= 0) throw new RangeError("weights must have a positive sum");
  const shares = domains.map((d, index) => {
    const exact = weightSum > 0 ? (total * d.weight) / weightSum : 0;
    return { id: d.id, weight: d.weight, index, seats: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((sum, s) => sum + s.seats, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || b.weight - a.weight || a.index - b.index);
  for (const share of byRemainder) {
    if (left <= 0) break;
    share.seats += 1;
    left -= 1;
  }
  return new Map(shares.map((s) => [s.id, s.seats]));
}
