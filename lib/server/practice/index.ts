// What app/ may call in this feature: its use cases and the views they return. Shared steps stay inside lib/server.
export { getPracticeQuestion } from "./get-practice-question";
export type { PracticeQuestion } from "./get-practice-question";
export { listTopics } from "./list-topics";
export { submitPracticeAnswer } from "./submit-practice-answer";
