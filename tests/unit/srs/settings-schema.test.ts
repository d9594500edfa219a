import { describe, expect, it } from "vitest";
import { DEFAULT_STUDY_SETTINGS, describeInterval, intervalRatio, StudySettingsSchema } from "@/lib/srs";

const valid = {
  dailyNewLimit: "20",
  dailyQuizSize: "10",
  desiredRetention: "0.9",
  timeZone: "Asia/Seoul",
  locale: "ko",
  examAccommodation: false,
};

function messageFor(input: Record<string, unknown>): string | undefined {
  const result = StudySettingsSchema.safeParse(input);
  return result.success ? undefined : result.error.issues[0]?.message;
}

describe("study settings", () => {
  it("accept form strings and produce numbers", () => {
    expect(StudySettingsSchema.parse(valid)).toEqual({ ...DEFAULT_STUDY_SETTINGS, locale: "ko" });
    expect(StudySettingsSchema.parse({ ...valid, desiredRetention: 0.97, dailyNewLimit: 0 })).toMatchObject({
      desiredRetention: 0.97,
      dailyNewLimit: 0,
    });
  });

  it("explain out-of-range values", () => {
    expect(messageFor({ ...valid, desiredRetention: "0.99" })).toBe("Desired retention must be between 0.70 and 0.97");
    expect(messageFor({ ...valid, desiredRetention: "0.5" })).toBe("Desired retention must be between 0.70 and 0.97");
    expect(messageFor({ ...valid, desiredRetention: "high" })).toBe("Desired retention must be between 0.70 and 0.97");
    expect(messageFor({ ...valid, dailyNewLimit: "-1" })).toBe(
      "New cards per day must be a whole number from 0 to 500",
    );
    expect(messageFor({ ...valid, dailyNewLimit: "2.5" })).toBe(
      "New cards per day must be a whole number from 0 to 500",
    );
    expect(messageFor({ ...valid, dailyNewLimit: "" })).toBe("New cards per day must be a whole number from 0 to 500");
    expect(messageFor({ ...valid, dailyQuizSize: "0" })).toBe("The daily quiz must have 1 to 50 questions");
    expect(messageFor({ ...valid, timeZone: "Seoul" })).toMatch(/IANA name/);
    expect(messageFor({ ...valid, locale: "fr" })).toMatch(/Korean \(ko\) or English \(en\)/);
  });

  it("refuse unknown fields", () => {
    expect(StudySettingsSchema.safeParse({ ...valid, isMaintainer: true }).success).toBe(false);
  });
});

describe("interval wording", () => {
  it("reads like Anki's buttons", () => {
    expect(describeInterval(30_000)).toEqual({ value: 1, unit: "minute" });
    expect(describeInterval(10 * 60_000)).toEqual({ value: 10, unit: "minute" });
    expect(describeInterval(5 * 3_600_000)).toEqual({ value: 5, unit: "hour" });
    expect(describeInterval(3 * 86_400_000)).toEqual({ value: 3, unit: "day" });
    expect(describeInterval(45 * 86_400_000)).toEqual({ value: 1.5, unit: "month" });
    expect(describeInterval(730 * 86_400_000)).toEqual({ value: 2, unit: "year" });
  });

  it("states how retention changes intervals: about 0.4x at 0.95 compared with 0.90", () => {
    expect(intervalRatio(0.9, 0.9)).toBe(1);
    expect(intervalRatio(0.95, 0.9)).toBeCloseTo(0.4, 1);
    expect(intervalRatio(0.8, 0.9)).toBeGreaterThan(2);
  });
});
