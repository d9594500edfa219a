import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/server/app-error";
import { assertMaintainer } from "@/lib/server/reports/require-maintainer";

export async function closeReport(maintainerId: string, input: { reportId: string; status: "resolved" | "dismissed" }): Promise<void> {
  await assertMaintainer(maintainerId);
  const { count } = await db().itemReport.updateMany({
    where: { id: input.reportId, status: "open" },
    data: { status: input.status, resolvedAt: new Date(), resolvedById: maintainerId },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "No open report with that id");
}
