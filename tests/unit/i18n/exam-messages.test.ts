import { describe, expect, it } from "vitest";
import { examRoomMessages, examTranslator } from "@/lib/i18n/exam-messages";
import { translateWith } from "@/lib/i18n/translate";

describe("exam room messages", () => {
  it("hold the room's texts in one language and nothing else", () => {
    const keys = Object.keys(examRoomMessages("en"));
    expect(keys.length).toBeGreaterThan(20);
    expect(keys.every((key) => key.startsWith("room."))).toBe(true);
    expect(Object.keys(examRoomMessages("ko"))).toEqual(keys);
  });

  it("read the same through translateWith as through the full catalogue", () => {
    for (const language of ["ko", "en"] as const) {
      const room = translateWith(examRoomMessages(language));
      const full = examTranslator(language);
      expect(room("room.navLabel", { n: 3, state: "x" })).toBe(full("room.navLabel", { n: 3, state: "x" }));
      expect(room("room.reviewSummary", { answered: 1, unanswered: 2, flagged: 0 })).toBe(
        full("room.reviewSummary", { answered: 1, unanswered: 2, flagged: 0 }),
      );
    }
  });
});
