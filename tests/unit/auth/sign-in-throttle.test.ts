import { describe, expect, it } from "vitest";
import { lockSeconds, signUpKeys, THROTTLE, throttleKeys } from "@/lib/auth/sign-in-throttle";

describe("sign-in throttle policy", () => {
  it("does not lock below the limit, then doubles from the base lock up to the cap", () => {
    expect(lockSeconds(THROTTLE.accountLimit - 1, THROTTLE.accountLimit)).toBe(0);
    expect(lockSeconds(THROTTLE.accountLimit, THROTTLE.accountLimit)).toBe(30);
    expect(lockSeconds(THROTTLE.accountLimit + 1, THROTTLE.accountLimit)).toBe(60);
    expect(lockSeconds(THROTTLE.accountLimit + 20, THROTTLE.accountLimit)).toBe(THROTTLE.maxLockSeconds);
  });

  it("throttles per account and address quickly, per account anywhere slowly (case-insensitive), and per address", () => {
    expect(throttleKeys("Kim@Example.com", "203.0.113.9")).toEqual([
      { key: "account:kim@example.com|203.0.113.9", limit: THROTTLE.accountLimit },
      { key: "account:kim@example.com", limit: THROTTLE.accountAnywhereLimit },
      { key: "address:203.0.113.9", limit: THROTTLE.addressLimit },
    ]);
    expect(throttleKeys("kim@example.com", null)).toHaveLength(2);
    expect(THROTTLE.accountAnywhereLimit).toBeGreaterThanOrEqual(10 * THROTTLE.accountLimit);
  });

  it("spends a sign-up budget per address and for the whole app", () => {
    expect(signUpKeys("203.0.113.9", 10)).toEqual([
      { key: "sign-up:*", limit: THROTTLE.signUpGlobalLimit },
      { key: "sign-up:203.0.113.9", limit: 10 },
    ]);
    expect(signUpKeys(null, 10)).toHaveLength(1);
  });
});
