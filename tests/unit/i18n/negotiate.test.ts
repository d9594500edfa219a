import { describe, expect, it } from "vitest";
import { negotiateLanguage } from "@/lib/i18n/negotiate";
import { translator } from "@/lib/i18n/messages";

describe("interface language", () => {
  it("prefers the remembered choice over the browser", () => {
    expect(negotiateLanguage("en", "ko-KR,ko;q=0.9")).toBe("en");
  });

  it("follows Accept-Language by quality, ignoring unsupported languages", () => {
    expect(negotiateLanguage(undefined, "fr-FR,en;q=0.8,ko;q=0.5")).toBe("en");
    expect(negotiateLanguage(undefined, "en;q=0.3,ko-KR;q=0.9")).toBe("ko");
    expect(negotiateLanguage(undefined, "en;q=0,ko;q=0.1")).toBe("ko");
  });

  it("falls back to Korean for an unknown cookie or header", () => {
    expect(negotiateLanguage("de", null)).toBe("ko");
    expect(negotiateLanguage(undefined, "ja-JP")).toBe("ko");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translator("en")("home.questions", { n: 2 })).toBe("2 questions");
    expect(translator("ko")("home.questions", { n: 3 })).toBe("문제 3개");
    expect(translator("en")("practice.difficulty")).toBe("Difficulty {n}");
  });
});
