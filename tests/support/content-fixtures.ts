import { assembleBank, parseContentFile, type ContentBank } from "../../lib/content";

/** A valid single-response question in content-file form; override any field. */
export function questionData(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    type: "single",
    difficulty: 1,
    exams: [{ exam: "SAA-C03", domain: "secure", task: "1.1" }],
    stem: { ko: `${id} 문제의 지문입니다.`, en: `The stem of ${id}.` },
    choices: ["a", "b", "c", "d"].map((label) => ({
      id: label,
      correct: label === "b",
      text: { ko: `선택지 ${label}`, en: `Choice ${label}` },
      explanation: { ko: `${label} 해설`, en: `Why ${label}` },
    })),
    sources: [{ title: "Amazon EC2 User Guide", url: "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/" }],
    checkedAt: "2026-11-22",
    ...overrides,
  };
}

export function multipleQuestionData(id: string) {
  return questionData(id, {
    type: "multiple",
    select: 2,
    stem: { ko: `${id} (두 개를 선택하십시오.)`, en: `${id} (Select TWO.)` },
    choices: ["a", "b", "c", "d", "e"].map((label) => ({
      id: label,
      correct: label === "a" || label === "d",
      text: { ko: `선택지 ${label}`, en: `Choice ${label}` },
      explanation: { ko: `${label} 해설`, en: `Why ${label}` },
    })),
  });
}

export function flashcardData(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    front: { ko: `${id} 앞면`, en: `${id} front` },
    back: { ko: `${id} 뒷면`, en: `${id} back` },
    why: { ko: "이유", en: "Because" },
    sources: [
      { title: "AWS Identity and Access Management", url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/" },
    ],
    provenance: [{ seed: "000_8acda4c0f58bfb60.txt" }],
    checkedAt: "2026-11-22",
    ...overrides,
  };
}

export function bankOf(files: Record<string, { questions?: unknown[]; flashcards?: unknown[] }>): ContentBank {
  return assembleBank(Object.entries(files).map(([file, data]) => parseContentFile(file, data)));
}
