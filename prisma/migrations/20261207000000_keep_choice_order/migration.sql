-- AlterTable
ALTER TABLE "questions" ADD COLUMN     "keep_choice_order" BOOLEAN NOT NULL DEFAULT false;

