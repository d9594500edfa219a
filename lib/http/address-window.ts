/**
 * Counts requests per client address in fixed windows, in this process's memory. The proxy uses it to turn a flood of
 * sign-up posts from one address into cheap 429s before Next.js decodes them or the database is asked; the budgets in
 * PostgreSQL (lib/auth/sign-in-throttle.ts) stay the rule every instance shares, so this gate sits well above them
 * and an honest learner only ever meets those. At most `maxAddresses` are remembered: when full, the window restarts.
 */
export class AddressWindow {
  private counts = new Map<string, number>();
  private windowStart = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxAddresses = 50_000,
  ) {}

  /** Seconds until `address` may post again, or 0 when this request is allowed (and counted). */
  retryAfter(address: string, now: number): number {
    if (now - this.windowStart >= this.windowMs || this.counts.size >= this.maxAddresses) {
      this.counts.clear();
      this.windowStart = now;
    }
    const count = (this.counts.get(address) ?? 0) + 1;
    this.counts.set(address, count);
    return count > this.limit ? Math.ceil((this.windowStart + this.windowMs - now) / 1000) : 0;
  }
}
