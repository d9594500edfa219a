// What app/ may call in this feature: its use cases and the views they return. Shared steps stay inside lib/server.
export type { QuestionView, AnswerFeedback } from "./question-view";
