// What app/ may call in this feature: its use cases and the views they return. Shared steps stay inside lib/server.
export { answerReviewQuestion } from "./answer-review-question";
export { LEARN_AHEAD_MS, getReviewQueue } from "./get-review-queue";
export type { ReviewQueue } from "./get-review-queue";
export { gradeFlashcard } from "./grade-flashcard";
export { listLeeches } from "./list-leeches";
export type { Leech } from "./list-leeches";
export type { GradeOption, ReviewItem } from "./load-review-item";
export { markReviewEasy } from "./mark-review-easy";
export { undoReview } from "./undo-review";
