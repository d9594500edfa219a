import { describe, expect, it } from "vitest";
import { failureText } from "@/lib/i18n/failure-text";
import { appMessages } from "@/lib/i18n/messages";
import { translateWith } from "@/lib/i18n/translate";

describe("a refused action's message in the learner's language", () => {
  const ko = translateWith(appMessages("ko", ["errors"]));
  const en = translateWith(appMessages("en", ["errors"]));

  it("chooses the text by code, not by the server's English message", () => {
    expect(failureText(ko, { code: "UNAUTHORIZED", message: "Sign in to review" })).toBe(
      "로그인이 만료되었습니다. 다시 로그인하십시오.",
    );
    expect(failureText(en, { code: "NOT_FOUND", message: "No such card" })).toBe(
      "This is no longer available. Please reload the page.",
    );
    for (const code of ["UNAUTHORIZED", "NOT_FOUND", "CONFLICT", "THROTTLED"] as const) {
      expect(failureText(ko, { code, message: "English detail" })).not.toContain("English detail");
    }
  });

  it("keeps the server's detail only for invalid input, inside a translated sentence", () => {
    expect(failureText(ko, { code: "BAD_INPUT", message: "selected: select at least one choice" })).toBe(
      "요청을 받아들일 수 없습니다 (selected: select at least one choice).",
    );
    expect(failureText(en, { code: "BAD_INPUT", message: 'Choice "z" is not an option' })).toBe(
      'The request was not accepted (Choice "z" is not an option).',
    );
  });
});
