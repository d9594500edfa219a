import type { Language } from "@/lib/i18n/localized";
import { pickGroups, translateWith, type GroupKey, type Translate } from "./translate";

const ko = {
  "app.name": "구름",
  "app.tagline": "AWS 자격증 시험을 위한 오픈 소스 학습 앱",
  "app.disclaimer": "구름은 Amazon Web Services와 관련이 없으며 AWS의 승인을 받지 않았습니다.",
  "nav.home": "홈",
  "nav.topics": "주제",
  "nav.review": "복습",
  "nav.daily": "오늘의 퀴즈",
  "nav.exams": "모의고사",
  "nav.dashboard": "대시보드",
  "nav.labs": "실습",
  "nav.settings": "설정",
  "nav.signIn": "로그인",
  "nav.signUp": "가입하기",
  "nav.signOut": "로그아웃",
  "nav.language": "English",
  "home.heading": "문제를 풀고, 시뮬레이션으로 확인하세요",
  "home.lead":
    "EC2, EBS, ELB와 Auto Scaling, EFS, IAM을 CLF-C02와 SAA-C03 시험 범위에 맞춰 연습합니다. 시나리오 문제의 정답은 AWS의 동작을 본뜬 시뮬레이션으로 검증됩니다.",
  "home.start": "연습 시작하기",
  "home.topics": "다섯 가지 주제",
  "home.questions": "문제 {n}개",
  "home.flashcards": "플래시카드 {n}장",
  "topic.practice": "이 주제 연습하기",
  "practice.title": "{topic} 연습",
  "practice.progress": "{answered}/{total} 풀이",
  "practice.submit": "제출",
  "practice.next": "다음 문제",
  "practice.empty": "이 주제에는 아직 문제가 없습니다.",
  "practice.difficulty": "난이도 {n}",
  "practice.scenarioBacked": "시뮬레이션으로 검증된 문제",
  "auth.email": "이메일",
  "auth.password": "비밀번호",
  "auth.name": "이름 (선택)",
  "auth.signInTitle": "로그인",
  "auth.signUpTitle": "계정 만들기",
  "auth.submitSignIn": "로그인",
  "auth.submitSignUp": "가입하기",
  "auth.noAccount": "계정이 없으신가요?",
  "auth.haveAccount": "이미 계정이 있으신가요?",
  "auth.invalid": "이메일 또는 비밀번호가 올바르지 않습니다.",
  "auth.throttled": "로그인 실패가 너무 많습니다. {seconds}초 후에 다시 시도하십시오.",
  "auth.passwordHint": "10자 이상",
  "report.open": "이 문제 신고하기",
  "report.openCard": "이 카드 신고하기",
  "report.title": "무엇이 문제인가요?",
  "report.reason.wrong": "정답이 틀림",
  "report.reason.unclear": "불분명함",
  "report.reason.outdated": "오래된 정보",
  "report.reason.typo": "오타",
  "report.details": "자세한 내용 (선택)",
  "report.send": "신고 보내기",
  "report.cancel": "취소",
  "report.thanks": "신고해 주셔서 감사합니다. 관리자가 검토합니다.",
  "errors.signIn": "로그인이 만료되었습니다. 다시 로그인하십시오.",
  "errors.notFound": "이 항목은 더 이상 없습니다. 페이지를 새로 고치십시오.",
  "errors.conflict": "그사이 다른 곳에서 변경되었습니다. 페이지를 새로 고치십시오.",
  "errors.throttled": "요청이 너무 많습니다. 잠시 후 다시 시도하십시오.",
  "errors.invalid": "요청을 받아들일 수 없습니다 ({detail}).",
  "errors.inOpenExam": "진행 중인 모의고사에 있는 문제입니다. 시험을 제출하거나 버린 뒤에 풀 수 있습니다.",
  "app.loading": "불러오는 중…",
  "maintainer.title": "열린 신고",
  "maintainer.empty": "열린 신고가 없습니다.",
  "maintainer.changed": "신고 이후 내용이 바뀜",
  "maintainer.resolve": "해결됨",
  "maintainer.dismiss": "기각",
  "maintainer.forbidden": "관리자만 볼 수 있는 페이지입니다.",
  "error.generic": "요청을 처리하지 못했습니다. 다시 시도하십시오.",
  "error.notFound": "찾을 수 없습니다.",
} as const;

export type MessageKey = keyof typeof ko;

const en: Record<MessageKey, string> = {
  "app.name": "Gureum",
  "app.tagline": "An open-source study app for AWS certification exams",
  "app.disclaimer": "Gureum is not affiliated with or endorsed by Amazon Web Services.",
  "nav.home": "Home",
  "nav.topics": "Topics",
  "nav.review": "Review",
  "nav.daily": "Daily quiz",
  "nav.exams": "Mock exams",
  "nav.dashboard": "Dashboard",
  "nav.labs": "Labs",
  "nav.settings": "Settings",
  "nav.signIn": "Sign in",
  "nav.signUp": "Sign up",
  "nav.signOut": "Sign out",
  "nav.language": "한국어",
  "home.heading": "Practise, then check it against a simulation",
  "home.lead":
    "Study EC2, EBS, ELB and Auto Scaling, EFS and IAM for the CLF-C02 and SAA-C03 exams. The answers to scenario questions are verified by simulations of AWS's behaviour.",
  "home.start": "Start practising",
  "home.topics": "Five topics",
  "home.questions": "{n, plural, one {# question} other {# questions}}",
  "home.flashcards": "{n, plural, one {# flashcard} other {# flashcards}}",
  "topic.practice": "Practise this topic",
  "practice.title": "{topic} practice",
  "practice.progress": "{answered} of {total} answered",
  "practice.submit": "Submit",
  "practice.next": "Next question",
  "practice.empty": "This topic has no questions yet.",
  "practice.difficulty": "Difficulty {n}",
  "practice.scenarioBacked": "Verified by a simulation",
  "auth.email": "Email",
  "auth.password": "Password",
  "auth.name": "Name (optional)",
  "auth.signInTitle": "Sign in",
  "auth.signUpTitle": "Create an account",
  "auth.submitSignIn": "Sign in",
  "auth.submitSignUp": "Sign up",
  "auth.noAccount": "No account yet?",
  "auth.haveAccount": "Already have an account?",
  "auth.invalid": "The email or password is not correct.",
  "auth.throttled": "Too many failed sign-ins. Try again in {seconds, plural, one {# second} other {# seconds}}.",
  "auth.passwordHint": "At least 10 characters",
  "report.open": "Report this question",
  "report.openCard": "Report this card",
  "report.title": "What is wrong?",
  "report.reason.wrong": "Wrong answer",
  "report.reason.unclear": "Unclear",
  "report.reason.outdated": "Outdated",
  "report.reason.typo": "Typo",
  "report.details": "Details (optional)",
  "report.send": "Send report",
  "report.cancel": "Cancel",
  "report.thanks": "Thank you. A maintainer will review your report.",
  "errors.signIn": "Your session has ended. Please sign in again.",
  "errors.notFound": "This is no longer available. Please reload the page.",
  "errors.conflict": "This was changed elsewhere in the meantime. Please reload the page.",
  "errors.throttled": "Too many requests. Please wait a moment and try again.",
  "errors.invalid": "The request was not accepted ({detail}).",
  "errors.inOpenExam": "This question is in your open exam. Submit or discard the exam to answer it here.",
  "app.loading": "Loading…",
  "maintainer.title": "Open reports",
  "maintainer.empty": "No open reports.",
  "maintainer.changed": "Content changed since the report",
  "maintainer.resolve": "Resolved",
  "maintainer.dismiss": "Dismiss",
  "maintainer.forbidden": "Only maintainers can see this page.",
  "error.generic": "The request could not be processed. Please try again.",
  "error.notFound": "Not found.",
};

const MESSAGES: Record<Language, Record<MessageKey, string>> = { ko, en };

/**
 * A lookup for one message catalogue; `{name}` placeholders are filled from `params`. Feature areas keep their own
 * catalogues (same keys in both languages, enforced by the type) and build their lookup with this.
 */
export function createTranslator<K extends string>(catalogue: Record<Language, Record<K, string>>) {
  return (language: Language): Translate<K> => translateWith(catalogue[language], language);
}

/** The app's shared interface text. */
export const translator = createTranslator(MESSAGES);

export type MessageGroup = MessageKey extends `${infer G}.${string}` ? G : never;
export type AppMessages<G extends MessageGroup> = Record<GroupKey<MessageKey, G>, string>;

/** The shared texts of the given key groups in one language, picked on the server for a client component. */
export function appMessages<G extends MessageGroup>(language: Language, groups: readonly G[]): AppMessages<G> {
  return pickGroups(MESSAGES[language], groups);
}
