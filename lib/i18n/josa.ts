import { josa, numberToHangul } from "es-hangul";

/** The particle pairs a message may ask for, written as es-hangul names them. */
export const JOSA_OPTIONS = [
  "이/가",
  "을/를",
  "은/는",
  "으로/로",
  "와/과",
  "이나/나",
  "이라/라",
  "이에요/예요",
] as const;
export type JosaOption = (typeof JOSA_OPTIONS)[number];

export function isJosaOption(value: string): value is JosaOption {
  return (JOSA_OPTIONS as readonly string[]).includes(value);
}

/**
 * How a Korean reader says the letters of a Latin-script word (`ALB` "에이엘비", `sg-web` "…더블유이비"): by letter
 * name, the last of which decides the particle. Spoken English words (`web` "웹") can differ; interface messages put
 * a Korean noun before a particle wherever they can, so this only decides for identifiers.
 */
const LETTER_NAMES: Record<string, string> = {
  a: "에이",
  b: "비",
  c: "씨",
  d: "디",
  e: "이",
  f: "에프",
  g: "지",
  h: "에이치",
  i: "아이",
  j: "제이",
  k: "케이",
  l: "엘",
  m: "엠",
  n: "엔",
  o: "오",
  p: "피",
  q: "큐",
  r: "알",
  s: "에스",
  t: "티",
  u: "유",
  v: "브이",
  w: "더블유",
  x: "엑스",
  y: "와이",
  z: "지",
};

/** A digit right after a Latin letter (`gp3`, `io2`, `m5`) is read in English: "지피쓰리". */
const ENGLISH_DIGITS = ["제로", "원", "투", "쓰리", "포", "파이브", "식스", "세븐", "에이트", "나인"];

/**
 * The Hangul a word ends with when read aloud: numbers in Sino-Korean (`문 10` "십"), a digit that ends a Latin-script
 * name in English (`gp3` "쓰리"), Latin letters by name.
 */
function spokenEnding(word: string): string {
  // A parenthetical after a word leaves the particle to the word: "문 1 (Sid X)" takes 문 1's.
  const trimmed = word.replace(/\s*\([^()]*\)\s*$/u, "").replace(/[^0-9A-Za-z\uac00-\ud7a3]+$/u, "");
  const named = /[A-Za-z](\d)$/.exec(trimmed)?.[1];
  if (named !== undefined) return ENGLISH_DIGITS[Number(named)] ?? "";
  const digits = /(\d+)$/.exec(trimmed)?.[1];
  if (digits !== undefined) {
    const value = Number(digits.length > 15 ? digits.slice(-15) : digits);
    return value === 0 ? "영" : numberToHangul(value);
  }
  const last = trimmed.at(-1) ?? "";
  return LETTER_NAMES[last.toLowerCase()] ?? (/[\uac00-\ud7a3]/u.test(last) ? last : "아");
}

/**
 * The particle that follows `word`, chosen by how the word ends when read (es-hangul's rule: `으로/로` takes `로`
 * after ㄹ). Numbers and Latin letters are read as a Korean speaker reads them, so "문 1" takes "이" (일) and "정책 2"
 * takes "가" (이). A word ending in anything else (a symbol, another script) takes the form for a vowel ending.
 * Source: 한글 맞춤법 and the particle rules implemented by es-hangul (https://es-hangul.slash.page/docs/api/josa).
 */
export function pickJosa(word: string, option: JosaOption): string {
  return josa.pick(spokenEnding(word), option);
}

/** `word` followed by its particle: `withJosa("다시", "으로/로")` is "다시로", `withJosa("문 1", "이/가")` "문 1이". */
export function withJosa(word: string, option: JosaOption): string {
  return `${word}${pickJosa(word, option)}`;
}
