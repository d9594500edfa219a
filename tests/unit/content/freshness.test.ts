import { describe, expect, it } from "vitest";
import { checkedDay, examGuide, freshnessIssues, latestDayOnEarth, monthsBefore } from "@/lib/content";
import { bankOf, flashcardData, questionData } from "../../support/content-fixtures";

const FILE = "content/ec2/fresh.yaml";

describe("freshness of checkedAt dates (issue #12)", () => {
  it("fails a date in the future and names the item", () => {
    const bank = bankOf({ [FILE]: { questions: [questionData("ec2-tomorrow", { checkedAt: "2026-12-08" })] } });
    const { errors, warnings } = freshnessIssues(bank, "2026-12-07");
    expect(errors).toEqual([
      {
        file: FILE,
        id: "ec2-tomorrow",
        field: "checkedAt",
        message: "2026-12-08 is in the future (today is 2026-12-07)",
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it("warns about time-sensitive items checked more than 12 months ago, and only those", () => {
    const bank = bankOf({
      [FILE]: {
        questions: [
          questionData("ec2-old-price", { checkedAt: "2025-12-06", timeSensitive: ["price"] }),
          questionData("ec2-year-old-price", { checkedAt: "2025-12-07", timeSensitive: ["price"] }),
          questionData("ec2-old-concept", { checkedAt: "2020-01-01" }),
        ],
        flashcards: [flashcardData("ec2-old-quota", { checkedAt: "2024-05-01", timeSensitive: ["quota", "limit"] })],
      },
    });
    const { errors, warnings } = freshnessIssues(bank, "2026-12-07");
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.id)).toEqual(["ec2-old-price", "ec2-old-quota"]);
    expect(warnings[1]?.message).toMatch(/^quota, limit facts last checked 2024-05-01/);
  });

  it("holds support-plan items to the exam guide: they must be marked exam-guide and are reported when checked before it", () => {
    const guideDay = examGuide("CLF-C02").checkedAt;
    const plan = { ko: "Business Support+ 플랜이 필요합니다.", en: "It needs the Business Support+ plan." };
    const bank = bankOf({
      [FILE]: {
        flashcards: [
          flashcardData("ec2-plan-untagged", { back: plan, checkedAt: guideDay }),
          flashcardData("ec2-plan-old", { back: plan, checkedAt: "2026-01-15", timeSensitive: ["exam-guide"] }),
          flashcardData("ec2-plan-current", { back: plan, checkedAt: guideDay, timeSensitive: ["exam-guide"] }),
        ],
      },
    });
    const { errors, warnings } = freshnessIssues(bank, guideDay);
    expect(errors).toEqual([expect.objectContaining({ id: "ec2-plan-untagged", field: "timeSensitive" })]);
    expect(warnings.map((w) => w.id)).toEqual(["ec2-plan-old"]);
  });

  it("counts a day as future only once it has begun nowhere on Earth", () => {
    expect(latestDayOnEarth(new Date("2026-12-07T09:59:59Z"))).toBe("2026-12-07");
    expect(latestDayOnEarth(new Date("2026-12-07T10:00:00Z"))).toBe("2026-12-08");
  });

  it("moves back whole months, clamping to the end of a shorter month", () => {
    expect(monthsBefore("2026-12-07", 12)).toBe("2025-12-07");
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
    expect(monthsBefore("2024-02-29", 12)).toBe("2023-02-28");
  });

  it("reads a stored DATE column back as the day it names", () => {
    expect(checkedDay(new Date("2026-11-22T00:00:00Z"))).toBe("2026-11-22");
    expect(checkedDay(null)).toBeNull();
  });
});
