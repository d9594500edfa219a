import { describe, expect, it } from "vitest";
import { AddressWindow } from "@/lib/http/address-window";

describe("the proxy's per-address flood gate", () => {
  it("allows `limit` posts per window from one address, then says how long to wait; others are not affected", () => {
    const gate = new AddressWindow(3, 60_000);
    expect([0, 1, 2].map(() => gate.retryAfter("203.0.113.7", 1_000))).toEqual([0, 0, 0]);
    expect(gate.retryAfter("203.0.113.7", 11_000)).toBe(50);
    expect(gate.retryAfter("198.51.100.1", 11_000)).toBe(0);
    expect(gate.retryAfter("203.0.113.7", 61_000)).toBe(0);
  });

  it("remembers a bounded number of addresses (a spray cannot grow it without end)", () => {
    const gate = new AddressWindow(1, 60_000, 100);
    for (let i = 0; i < 1_000; i++) gate.retryAfter(`10.0.${i >> 8}.${i & 255}`, 0);
    expect((gate as unknown as { counts: Map<string, number> }).counts.size).toBeLessThanOrEqual(100);
  });
});
