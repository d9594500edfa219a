-- AlterTable
ALTER TABLE "question_exam_tags" ADD COLUMN     "task" TEXT;

