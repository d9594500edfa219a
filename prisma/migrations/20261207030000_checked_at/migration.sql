-- The day each item's facts were last checked against its sources (issue #12). The next seed fills it for every
-- live item, because adding checkedAt changed every item's content hash.
ALTER TABLE "questions" ADD COLUMN "checked_at" DATE;
ALTER TABLE "flashcards" ADD COLUMN "checked_at" DATE;
