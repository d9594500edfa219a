import { describe, expect, it } from "vitest";
import { examTranslator } from "@/lib/i18n/exam-messages";
import { pickJosa, withJosa } from "@/lib/i18n/josa";
import { translator } from "@/lib/i18n/messages";
import { studyTranslator } from "@/lib/i18n/study-messages";
import { translateWith } from "@/lib/i18n/translate";

describe("Korean particles chosen from the word", () => {
  it("follows the last syllable, with 로 after ㄹ", () => {
    expect(withJosa("다시", "으로/로")).toBe("다시로");
    expect(withJosa("알맞음", "으로/로")).toBe("알맞음으로");
    expect(withJosa("어려움", "이/가")).toBe("어려움이");
    expect(withJosa("쉬움", "을/를")).toBe("쉬움을");
    expect(withJosa("규칙", "와/과")).toBe("규칙과");
    expect(withJosa("정책", "은/는")).toBe("정책은");
  });

  it("reads numbers in Sino-Korean and Latin letters by name", () => {
    expect(withJosa("문 1", "이/가")).toBe("문 1이"); // 일
    expect(withJosa("정책 2", "이/가")).toBe("정책 2가"); // 이
    expect(withJosa("작업 1", "으로/로")).toBe("작업 1로"); // 일: ㄹ takes 로
    expect(withJosa("10", "을/를")).toBe("10을"); // 십
    expect(withJosa("0", "이/가")).toBe("0이"); // 영
    expect(withJosa("ALB", "이/가")).toBe("ALB가"); // 비
    expect(withJosa("sg-1", "이/가")).toBe("sg-1이");
    expect(withJosa("EFS", "은/는")).toBe("EFS는"); // 에스
    expect(withJosa("IAM", "이/가")).toBe("IAM이"); // 엠
    expect(withJosa("gp3", "은/는")).toBe("gp3는"); // 지피쓰리
    expect(withJosa("m5", "을/를")).toBe("m5를"); // 엠파이브
    expect(withJosa("io1", "이/가")).toBe("io1이"); // 아이오원
  });

  it("ignores closing punctuation and treats other scripts as a vowel ending", () => {
    expect(pickJosa("규칙 3)", "이/가")).toBe("이");
    expect(pickJosa('문 1 (Sid "StopWithMfa")', "이/가")).toBe("이"); // the particle follows 문 1, not the Sid
    expect(pickJosa("새 대상(i-web)", "을/를")).toBe("을");
    expect(pickJosa("…", "와/과")).toBe("와");
  });
});

describe("message placeholders", () => {
  const t = (template: string, language: "ko" | "en" = "en") => translateWith({ m: template }, language);

  it("fills names and leaves a missing one visible", () => {
    expect(t("{a} and {b}")("m", { a: 1 })).toBe("1 and {b}");
    expect(t('JSON such as {"a": 1}')("m")).toBe('JSON such as {"a": 1}');
  });

  it("picks an English plural branch by Intl.PluralRules, # standing for the number", () => {
    const days = t("{n, plural, one {# day} other {# days}}");
    expect(days("m", { n: 1 })).toBe("1 day");
    expect(days("m", { n: 0 })).toBe("0 days");
    expect(days("m", { n: 2 })).toBe("2 days");
    expect(t("{n, plural, =0 {none} one {# item} other {# items}}")("m", { n: 0 })).toBe("none");
    expect(t("{n, plural, other {#일}}", "ko")("m", { n: 1 })).toBe("1일");
  });

  it("adds the particle the filled word takes", () => {
    const message = t("자동으로 {grade|으로/로} 기록했습니다", "ko");
    expect(message("m", { grade: "다시" })).toBe("자동으로 다시로 기록했습니다");
    expect(message("m", { grade: "알맞음" })).toBe("자동으로 알맞음으로 기록했습니다");
  });

  it("reads right in the catalogues (regressions from issue #12)", () => {
    expect(examTranslator("en")("dash.streakValue", { n: 1 })).toBe("1 day");
    expect(examTranslator("en")("dash.streakValue", { n: 3 })).toBe("3 days");
    expect(examTranslator("ko")("dash.streakValue", { n: 1 })).toBe("1일");
    expect(translator("en")("auth.throttled", { seconds: 1 })).toBe("Too many failed sign-ins. Try again in 1 second.");
    expect(studyTranslator("ko")("review.autoGraded", { grade: "다시", interval: "1분" })).toBe(
      "자동으로 다시로 기록했습니다. 다음 복습: 1분 후",
    );
    expect(studyTranslator("ko")("review.autoGraded", { grade: "알맞음", interval: "1일" })).toMatch(
      /^자동으로 알맞음으로/,
    );
  });
});

describe("the catalogues", () => {
  it("read the same parameters in Korean and English", async () => {
    const { appMessages } = await import("@/lib/i18n/messages");
    const { studyMessages } = await import("@/lib/i18n/study-messages");
    const { simMessages } = await import("@/lib/i18n/sim-messages");
    const { placeholderNames } = await import("@/lib/i18n/translate");
    const exam = await import("@/lib/i18n/exam-messages");
    const pairs: [Record<string, string>, Record<string, string>][] = [
      [
        appMessages("ko", [
          "app",
          "nav",
          "home",
          "topic",
          "practice",
          "auth",
          "report",
          "errors",
          "maintainer",
          "error",
        ]),
        appMessages("en", [
          "app",
          "nav",
          "home",
          "topic",
          "practice",
          "auth",
          "report",
          "errors",
          "maintainer",
          "error",
        ]),
      ],
      [
        studyMessages("ko", ["study", "review", "leeches", "interval", "daily", "account", "settings"]),
        studyMessages("en", ["study", "review", "leeches", "interval", "daily", "account", "settings"]),
      ],
      [simMessages("ko"), simMessages("en")],
      [exam.allExamMessages("ko"), exam.allExamMessages("en")],
    ];
    for (const [ko, en] of pairs) {
      expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(ko)) expect(placeholderNames(ko[key]!), key).toEqual(placeholderNames(en[key]!));
    }
  });

  it("write no particle pair such as 이(가) or (으)로, and no English plural such as (s)", async () => {
    const { simMessages } = await import("@/lib/i18n/sim-messages");
    const texts = Object.values(simMessages("ko")).join("\n");
    expect(texts).not.toMatch(/\((으|이|가|을|를|은|는|과|와)\)/);
    expect(Object.values(simMessages("en")).join("\n")).not.toMatch(/\w\(s\)/);
  });

  it("list placeholders of every kind", async () => {
    const { placeholderNames } = await import("@/lib/i18n/translate");
    expect(placeholderNames("{a} {b|이/가} {n, plural, one {# x} other {# {c}}} {a}")).toEqual(["a", "b", "c", "n"]);
    expect(placeholderNames('JSON such as {"a": 1}')).toEqual([]);
  });
});
