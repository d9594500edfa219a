import { PageLoading } from "@/app/_components/page-loading";

// Only the pages that aggregate a learner's whole history wait long enough to deserve a placeholder. Not at the
// group level: a streamed page answers 200 before notFound() can set 404, and keys pressed before the streamed part
// hydrates are lost (the exam room, the daily quiz and the review session answer to the keyboard).
export default PageLoading;
