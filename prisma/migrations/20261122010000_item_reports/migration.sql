-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('question', 'flashcard');

-- CreateEnum
CREATE TYPE "ReportReason" AS ENUM ('wrong', 'unclear', 'outdated', 'typo');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('open', 'resolved', 'dismissed');

-- CreateTable
CREATE TABLE "item_reports" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "item_kind" "ItemKind" NOT NULL,
    "item_id" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "reason" "ReportReason" NOT NULL,
    "details" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'open',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMP(3),
    "resolved_by_id" TEXT,

    CONSTRAINT "item_reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "item_reports_status_created_at_idx" ON "item_reports"("status", "created_at");

-- CreateIndex
CREATE INDEX "item_reports_item_kind_item_id_idx" ON "item_reports"("item_kind", "item_id");

-- AddForeignKey
ALTER TABLE "item_reports" ADD CONSTRAINT "item_reports_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_reports" ADD CONSTRAINT "item_reports_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

