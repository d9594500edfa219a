import { describe, expect, it } from "vitest";
import { checkedMonth } from "@/components/study/checked-month";

describe("the month an item was checked, in the interface language", () => {
  it("reads 2026년 12월 in Korean and December 2026 in English", () => {
    expect(checkedMonth("2026-12-07", "ko")).toBe("2026년 12월");
    expect(checkedMonth("2026-12-07", "en")).toBe("December 2026");
  });

  it("keeps the first and last day of a month in that month, whatever the machine's time zone", () => {
    expect(checkedMonth("2026-11-01", "en")).toBe("November 2026");
    expect(checkedMonth("2026-11-30", "en")).toBe("November 2026");
  });
});
