import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayBounds, isValidTimeZone, localDay, startOfDay } from "@/lib/srs";

const HOUR = 3_600_000;

describe("local days", () => {
  it("put the same instant on different dates in different zones", () => {
    const instant = new Date("2026-03-01T16:30:00Z");
    expect(localDay(instant, "Asia/Seoul")).toBe("2026-03-02");
    expect(localDay(instant, "UTC")).toBe("2026-03-01");
    expect(localDay(instant, "America/Los_Angeles")).toBe("2026-03-01");
    expect(localDay(new Date("2026-03-01T14:59:59Z"), "Asia/Seoul")).toBe("2026-03-01");
    expect(localDay(new Date("2026-03-01T15:00:00Z"), "Asia/Seoul")).toBe("2026-03-02");
  });

  it("start at local midnight: Seoul has no DST", () => {
    expect(dayBounds(new Date("2026-07-10T03:00:00Z"), "Asia/Seoul")).toEqual({
      day: "2026-07-10",
      start: new Date("2026-07-09T15:00:00Z"),
      end: new Date("2026-07-10T15:00:00Z"),
    });
  });

  it("last 23 hours on the spring-forward day and 25 on the fall-back day (New York)", () => {
    const spring = dayBounds(new Date("2026-03-08T12:00:00Z"), "America/New_York");
    expect(spring).toEqual({
      day: "2026-03-08",
      start: new Date("2026-03-08T05:00:00Z"),
      end: new Date("2026-03-09T04:00:00Z"),
    });
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * HOUR);
    const fall = dayBounds(new Date("2026-11-01T12:00:00Z"), "America/New_York");
    expect(fall.end.getTime() - fall.start.getTime()).toBe(25 * HOUR);
  });

  it("handle the southern hemisphere and half-hour offsets (Sydney, Adelaide)", () => {
    const sydney = dayBounds(new Date("2026-04-05T06:00:00Z"), "Australia/Sydney");
    expect(sydney.day).toBe("2026-04-05");
    expect(sydney.end.getTime() - sydney.start.getTime()).toBe(25 * HOUR);
    expect(startOfDay("2026-01-15", "Australia/Adelaide")).toEqual(new Date("2026-01-14T13:30:00Z"));
  });

  it("begin at 01:00 where DST skips midnight (Santiago, 2024-09-08)", () => {
    expect(startOfDay("2024-09-08", "America/Santiago")).toEqual(new Date("2024-09-08T04:00:00Z"));
    expect(localDay(new Date("2024-09-08T03:59:59Z"), "America/Santiago")).toBe("2024-09-07");
  });

  it("contain every instant they are computed from, in any zone", () => {
    const zones = [
      "Asia/Seoul",
      "America/New_York",
      "Europe/London",
      "Australia/Lord_Howe",
      "Pacific/Chatham",
      "America/Santiago",
      "UTC",
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.constantFrom(...zones),
        (ms, zone) => {
          const now = new Date(ms);
          const { day, start, end } = dayBounds(now, zone);
          expect(start.getTime()).toBeLessThanOrEqual(ms);
          expect(end.getTime()).toBeGreaterThan(ms);
          expect(localDay(new Date(start.getTime() - 1000), zone)).toBe(addDays(day, -1));
          expect(localDay(end, zone)).toBe(addDays(day, 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("add days across months, years and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(() => addDays("2026/01/01", 1)).toThrow("YYYY-MM-DD");
  });

  it("accept IANA names only", () => {
    expect(isValidTimeZone("Asia/Seoul")).toBe(true);
    expect(isValidTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("+09:00")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});
