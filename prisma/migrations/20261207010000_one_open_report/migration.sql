-- One open report per learner and item: a second report while the first is open updates it. Duplicates made by
-- concurrent reports before this index are closed first (the newest open one of each group stays open).
UPDATE "item_reports" r SET "status" = 'dismissed', "resolved_at" = CURRENT_TIMESTAMP
WHERE r."status" = 'open' AND EXISTS (
  SELECT 1 FROM "item_reports" newer
  WHERE newer."status" = 'open' AND newer."user_id" = r."user_id" AND newer."item_kind" = r."item_kind"
    AND newer."item_id" = r."item_id" AND (newer."created_at", newer."id") > (r."created_at", r."id")
);

-- A partial unique index, which prisma/schema.prisma cannot express (lib/db/sql/item-reports.ts relies on it).
CREATE UNIQUE INDEX "item_reports_one_open_per_learner_item"
  ON "item_reports" ("user_id", "item_kind", "item_id") WHERE "status" = 'open';
