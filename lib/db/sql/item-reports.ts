import "server-only";
import type { Db } from "@/lib/db/client";
import type { ItemKind, ReportReason } from "@/lib/db/generated/client";
import { newRowId } from "./row-id";

/**
 * Files a learner's report on an item, or updates their report that is still open, in one statement: the partial
 * unique index (migration 20261207010000) keeps one open report per learner and item even under concurrent reports.
 */
export async function upsertOpenReport(
  client: Db,
  report: {
    userId: string;
    itemKind: ItemKind;
    itemId: string;
    contentHash: string;
    reason: ReportReason;
    details: string;
  },
): Promise<{ id: string }> {
  const [row] = await client.$queryRaw<{ id: string }[]>`
    INSERT INTO item_reports (id, user_id, item_kind, item_id, content_hash, reason, details)
    VALUES (${newRowId()}, ${report.userId}, ${report.itemKind}::"ItemKind", ${report.itemId}, ${report.contentHash},
            ${report.reason}::"ReportReason", ${report.details})
    ON CONFLICT (user_id, item_kind, item_id) WHERE status = 'open'
    DO UPDATE SET content_hash = EXCLUDED.content_hash, reason = EXCLUDED.reason, details = EXCLUDED.details
    RETURNING id`;
  if (!row) throw new Error("INSERT … ON CONFLICT DO UPDATE returned no row");
  return row;
}
