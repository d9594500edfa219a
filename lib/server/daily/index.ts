// What app/ may call in this feature: its use cases and the views they return. Shared steps stay inside lib/server.
export { answerDailyQuestion } from "./answer-daily-question";
export type { DailyResult } from "./load-daily-results";
export { openDailyQuiz } from "./open-daily-quiz";
export type { DailyQuizView } from "./open-daily-quiz";
