import { describe, expect, it } from "vitest";
import { lockSeconds, THROTTLE, throttleKeys } from "@/lib/auth/sign-in-throttle";

describe("sign-in throttle policy", () => {
  it("does not lock below the limit, then doubles from the base lock up to the cap", () => {
    expect(lockSeconds(THROTTLE.accountLimit - 1, THROTTLE.accountLimit)).toBe(0);
    expect(lockSeconds(THROTTLE.accountLimit, THROTTLE.accountLimit)).toBe(30);
    expect(lockSeconds(THROTTLE.accountLimit + 1, THROTTLE.accountLimit)).toBe(60);
    expect(lockSeconds(THROTTLE.accountLimit + 20, THROTTLE.accountLimit)).toBe(THROTTLE.maxLockSeconds);
  });

  it("throttles per account (case-insensitive) and per address", () => {
    expect(throttleKeys("Kim@Example.com", "203.0.113.9")).toEqual([
      { key: "account:kim@example.com", limit: THROTTLE.accountLimit },
      { key: "address:203.0.113.9", limit: THROTTLE.addressLimit },
    ]);
    expect(throttleKeys("kim@example.com", null)).toHaveLength(1);
  });
});
