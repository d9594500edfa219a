-- DropIndex
DROP INDEX "flashcards_topic_id_retired_at_idx";

-- DropIndex
DROP INDEX "cards_user_id_due_idx";

-- DropIndex
DROP INDEX "review_logs_user_id_review_idx";

-- CreateIndex
CREATE INDEX "questions_retired_at_idx" ON "questions"("retired_at");

-- CreateIndex
CREATE INDEX "flashcards_topic_id_retired_at_id_idx" ON "flashcards"("topic_id", "retired_at", "id");

-- CreateIndex
CREATE INDEX "flashcards_retired_at_idx" ON "flashcards"("retired_at");

-- CreateIndex
CREATE INDEX "cards_user_id_due_reps_state_item_kind_item_id_id_idx" ON "cards"("user_id", "due", "reps", "state", "item_kind", "item_id", "id");

-- CreateIndex
CREATE INDEX "review_logs_user_id_review_state_scheduled_days_rating_idx" ON "review_logs"("user_id", "review", "state", "scheduled_days", "rating");

