import { describe, expect, it } from "vitest";
import { allCoverageMessages, coverageTranslator } from "@/lib/i18n/coverage-messages";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?=[,}|])/g)].map((m) => m[1]).sort();

describe("coverage messages", () => {
  it("use the same placeholders in both languages", () => {
    const ko = allCoverageMessages("ko");
    for (const [key, en] of Object.entries(allCoverageMessages("en")))
      expect(placeholders(ko[key as keyof typeof ko]), key).toEqual(placeholders(en));
  });

  it("say how far a bank goes without repeats, in words for zero, one and many", () => {
    const en = coverageTranslator("en");
    expect(en("coverage.draws", { distinct: 142, attempts: 2, unseen: 77 })).toBe(
      "142 distinct questions to draw from: enough for 2 full mocks in a row before a question repeats. 77 you have not met in this mock yet.",
    );
    expect(en("coverage.draws", { distinct: 70, attempts: 1, unseen: 70 })).toContain("enough for one full mock");
    expect(en("coverage.draws", { distinct: 30, attempts: 0, unseen: 30 })).toContain("not enough for a full mock");
    expect(coverageTranslator("ko")("coverage.draws", { distinct: 142, attempts: 2, unseen: 77 })).toBe(
      "이 시험이 뽑을 수 있는 서로 다른 문제 142개: 같은 문제 없이 연속으로 2회 치를 수 있습니다. 이 모의고사에서 아직 만나지 않은 문제 77개.",
    );
  });
});
