import { describe, expect, it } from "vitest";
import { appMessages, translator } from "@/lib/i18n/messages";
import { simMessages, simTranslator } from "@/lib/i18n/sim-messages";
import { studyMessages, studyTranslator } from "@/lib/i18n/study-messages";
import { translateWith } from "@/lib/i18n/translate";

describe("one language's messages for client components", () => {
  it("hold only the asked key groups, the same keys in both languages", () => {
    const auth = Object.keys(appMessages("en", ["auth"]));
    expect(auth.length).toBeGreaterThan(5);
    expect(auth.every((key) => key.startsWith("auth."))).toBe(true);
    expect(Object.keys(appMessages("ko", ["auth"]))).toEqual(auth);

    const review = Object.keys(studyMessages("ko", ["review", "interval"]));
    expect(review.some((key) => key.startsWith("interval."))).toBe(true);
    expect(review.every((key) => key.startsWith("review.") || key.startsWith("interval."))).toBe(true);
    expect(Object.keys(studyMessages("en", ["review", "interval"]))).toEqual(review);
  });

  it("read the same through translateWith as through the two-language translators", () => {
    for (const language of ["ko", "en"] as const) {
      expect(translateWith(appMessages(language, ["auth"]))("auth.throttled", { seconds: 30 })).toBe(
        translator(language)("auth.throttled", { seconds: 30 }),
      );
      expect(translateWith(studyMessages(language, ["interval"]))("interval.day", { n: 3 })).toBe(
        studyTranslator(language)("interval.day", { n: 3 }),
      );
      expect(translateWith(simMessages(language))("sim.iam")).toBe(simTranslator(language)("sim.iam"));
    }
    expect(simMessages("en")["sim.iam"]).not.toBe(simMessages("ko")["sim.iam"]);
  });
});
