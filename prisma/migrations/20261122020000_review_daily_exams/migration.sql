-- CreateEnum
CREATE TYPE "ExamKind" AS ENUM ('clf_c02', 'saa_c03', 'drill', 'missed');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "daily_new_limit" INTEGER NOT NULL DEFAULT 20,
ADD COLUMN     "daily_quiz_size" INTEGER NOT NULL DEFAULT 10,
ADD COLUMN     "desired_retention" DOUBLE PRECISION NOT NULL DEFAULT 0.9,
ADD COLUMN     "exam_accommodation" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "time_zone" TEXT NOT NULL DEFAULT 'Asia/Seoul';

-- CreateTable
CREATE TABLE "cards" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "item_kind" "ItemKind" NOT NULL,
    "item_id" TEXT NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "elapsed_days" INTEGER NOT NULL,
    "scheduled_days" INTEGER NOT NULL,
    "learning_steps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "last_review" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "is_leech" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "cards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_logs" (
    "id" TEXT NOT NULL,
    "card_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "request_id" TEXT NOT NULL,
    "source" "PracticeMode" NOT NULL,
    "rating" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "elapsed_days" INTEGER NOT NULL,
    "last_elapsed_days" INTEGER NOT NULL,
    "scheduled_days" INTEGER NOT NULL,
    "learning_steps" INTEGER NOT NULL,
    "review" TIMESTAMP(3) NOT NULL,
    "duration_ms" INTEGER,
    "previous_card" JSONB NOT NULL,

    CONSTRAINT "review_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daily_quizzes" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "question_ids" TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMP(3),

    CONSTRAINT "daily_quizzes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "daily_quiz_answers" (
    "quiz_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "selected" TEXT[],
    "is_correct" BOOLEAN NOT NULL,
    "answered_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "daily_quiz_answers_pkey" PRIMARY KEY ("quiz_id","question_id")
);

-- CreateTable
CREATE TABLE "exam_attempts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "ExamKind" NOT NULL,
    "topic_id" TEXT,
    "seed" INTEGER NOT NULL,
    "question_ids" TEXT[],
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deadline" TIMESTAMP(3) NOT NULL,
    "duration_minutes" INTEGER NOT NULL,
    "accommodation" BOOLEAN NOT NULL DEFAULT false,
    "current_index" INTEGER NOT NULL DEFAULT 0,
    "submitted_at" TIMESTAMP(3),
    "auto_submitted" BOOLEAN NOT NULL DEFAULT false,
    "raw_correct" INTEGER,
    "scaled_score" INTEGER,
    "passed" BOOLEAN,
    "domain_results" JSONB,

    CONSTRAINT "exam_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exam_responses" (
    "attempt_id" TEXT NOT NULL,
    "question_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "selected" TEXT[],
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "answered_at" TIMESTAMP(3),
    "is_correct" BOOLEAN,

    CONSTRAINT "exam_responses_pkey" PRIMARY KEY ("attempt_id","question_id")
);

-- CreateIndex
CREATE INDEX "cards_user_id_due_idx" ON "cards"("user_id", "due");

-- CreateIndex
CREATE INDEX "cards_user_id_is_leech_idx" ON "cards"("user_id", "is_leech");

-- CreateIndex
CREATE UNIQUE INDEX "cards_user_id_item_kind_item_id_key" ON "cards"("user_id", "item_kind", "item_id");

-- CreateIndex
CREATE INDEX "review_logs_user_id_review_idx" ON "review_logs"("user_id", "review");

-- CreateIndex
CREATE INDEX "review_logs_card_id_review_idx" ON "review_logs"("card_id", "review");

-- CreateIndex
CREATE UNIQUE INDEX "review_logs_user_id_request_id_key" ON "review_logs"("user_id", "request_id");

-- CreateIndex
CREATE UNIQUE INDEX "daily_quizzes_user_id_day_key" ON "daily_quizzes"("user_id", "day");

-- CreateIndex
CREATE INDEX "exam_attempts_user_id_started_at_idx" ON "exam_attempts"("user_id", "started_at");

-- CreateIndex
CREATE INDEX "exam_attempts_submitted_at_deadline_idx" ON "exam_attempts"("submitted_at", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "exam_responses_attempt_id_position_key" ON "exam_responses"("attempt_id", "position");

-- AddForeignKey
ALTER TABLE "cards" ADD CONSTRAINT "cards_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_logs" ADD CONSTRAINT "review_logs_card_id_fkey" FOREIGN KEY ("card_id") REFERENCES "cards"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "review_logs" ADD CONSTRAINT "review_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daily_quizzes" ADD CONSTRAINT "daily_quizzes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "daily_quiz_answers" ADD CONSTRAINT "daily_quiz_answers_quiz_id_fkey" FOREIGN KEY ("quiz_id") REFERENCES "daily_quizzes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exam_attempts" ADD CONSTRAINT "exam_attempts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exam_responses" ADD CONSTRAINT "exam_responses_attempt_id_fkey" FOREIGN KEY ("attempt_id") REFERENCES "exam_attempts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

