import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "../app-error";
import { requireMaintainer } from "./require-maintainer";

/** Resolves or dismisses an open report; NOT_FOUND when there is no open report with that id. Maintainers only. */
export async function closeReport(input: {
  maintainerId: string;
  reportId: string;
  status: "resolved" | "dismissed";
  now: Date;
}): Promise<void> {
  await requireMaintainer(input.maintainerId);
  const { count } = await db().itemReport.updateMany({
    where: { id: input.reportId, status: "open" },
    data: { status: input.status, resolvedAt: input.now, resolvedById: input.maintainerId },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "No open report with that id");
}
