"use server";

import { getSessionUser } from "@/lib/auth/session";
import { ReportInputSchema } from "@/lib/reports/report-schema";
import { AppError } from "@/lib/server/app-error";
import { reportItem } from "@/lib/server/reports/report-item";

export async function submitReport(input: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
  const user = await getSessionUser();
  if (!user) return { ok: false, error: "Sign in to report an item" };
  const parsed = ReportInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join(".") || "input"}: ${issue?.message ?? "invalid"}` };
  }
  try {
    await reportItem(user.id, parsed.data);
    return { ok: true };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message };
    throw error;
  }
}
