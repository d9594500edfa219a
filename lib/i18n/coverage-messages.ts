import type { Language } from "@/lib/i18n/localized";
import { createTranslator } from "./messages";
import type { Translate } from "./translate";

/** Interface text of the blueprint coverage page and of the exams lobby's count of questions without repeats. */
const ko = {
  "coverage.title": "출제 범위별 현황",
  "coverage.lead":
    "시험 안내서의 영역과 작업 항목마다 문제 은행에 있는 문제 수와 내 결과를 보여 줍니다. 푼 문제는 연습, 오늘의 퀴즈, 복습, 모의고사에서 한 번 이상 답한 문제이고, 정답률은 그중 마지막 답이 맞은 문제의 비율입니다.",
  "coverage.legend":
    "문제가 {min}개보다 적은 작업 항목과, {attempted}문제 이상 풀었는데 정답률이 {cut}%보다 낮은 작업 항목에 ⚠ 표시가 붙습니다.",
  "coverage.guide": "{revision} 기준",
  "coverage.summary":
    "작업 항목 {total}개 중 문제가 {min}개보다 적은 항목 {thin}개, 정답률 {cut}% 미만인 항목 {low}개.",
  "coverage.caption": "{exam}: 작업 항목별 문제 수와 내 결과",
  "coverage.scrollLabel": "{exam} 표 (가로로 스크롤할 수 있습니다)",
  "coverage.col.task": "작업 항목",
  "coverage.col.questions": "문제 수",
  "coverage.col.answered": "푼 문제",
  "coverage.col.correct": "정답률",
  "coverage.col.status": "상태",
  "coverage.domainRow": "영역 {n}: {name} (시험의 {weight}%)",
  "coverage.domainTotal": "영역 합계",
  "coverage.unassigned": "아직 작업 항목이 지정되지 않은 문제",
  "coverage.share": "{percent}% ({correct}/{attempted})",
  "coverage.noAnswers": "아직 없음",
  "coverage.gap.few-items": "⚠ 문제 부족",
  "coverage.gap.low-accuracy": "⚠ 정답률 낮음",
  "coverage.ok": "✓ 양호",
  "coverage.untried": "아직 풀지 않음",
  "coverage.link": "출제 범위별 현황 보기",
  "coverage.draws":
    "이 시험이 뽑을 수 있는 서로 다른 문제 {distinct}개: {attempts, plural, =0 {같은 문제 없이 한 회를 다 채우기에는 부족합니다} other {같은 문제 없이 연속으로 #회 치를 수 있습니다}}. 이 모의고사에서 아직 만나지 않은 문제 {unseen}개.",
} as const;

export type CoverageMessageKey = keyof typeof ko;

const en: Record<CoverageMessageKey, string> = {
  "coverage.title": "Coverage by exam guide",
  "coverage.lead":
    "For each domain and task statement of the exam guides: how many questions the bank holds and how you do on them. Answered counts the questions you answered at least once in practice, the daily quiz, review or a mock exam; correct is the share of those whose latest answer was right.",
  "coverage.legend":
    "A task statement is marked ⚠ when it has fewer than {min} questions, or when you have answered {attempted} or more and got under {cut}% right.",
  "coverage.guide": "Follows {revision}.",
  "coverage.summary": "{total} task statements: {thin} with fewer than {min} questions, {low} under {cut}% correct.",
  "coverage.caption": "{exam}: questions and your results by task statement",
  "coverage.scrollLabel": "{exam} table (scrolls sideways)",
  "coverage.col.task": "Task statement",
  "coverage.col.questions": "Questions",
  "coverage.col.answered": "Answered",
  "coverage.col.correct": "Correct",
  "coverage.col.status": "Status",
  "coverage.domainRow": "Domain {n}: {name} ({weight}% of the exam)",
  "coverage.domainTotal": "Domain total",
  "coverage.unassigned": "Questions not yet tagged with a task statement",
  "coverage.share": "{percent}% ({correct}/{attempted})",
  "coverage.noAnswers": "None yet",
  "coverage.gap.few-items": "⚠ Few questions",
  "coverage.gap.low-accuracy": "⚠ Low accuracy",
  "coverage.ok": "✓ OK",
  "coverage.untried": "Not practised yet",
  "coverage.link": "Coverage by exam guide",
  "coverage.draws":
    "{distinct, plural, one {# distinct question} other {# distinct questions}} to draw from: {attempts, plural, =0 {not enough for a full mock without repeating one} one {enough for one full mock before a question repeats} other {enough for # full mocks in a row before a question repeats}}. {unseen} you have not met in this mock yet.",
};

const CATALOGUE: Record<Language, Record<CoverageMessageKey, string>> = { ko, en };

/** Looks up the coverage page's text; `{name}` placeholders are filled from `params`. */
export const coverageTranslator: (language: Language) => Translate<CoverageMessageKey> = createTranslator(CATALOGUE);

/** Every coverage text in one language, for checks that both languages say the same thing. */
export function allCoverageMessages(language: Language): Readonly<Record<CoverageMessageKey, string>> {
  return CATALOGUE[language];
}
