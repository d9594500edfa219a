"use server";

import { revalidatePath } from "next/cache";
import { getSessionUser } from "@/lib/auth/session";
import { CloseReportSchema } from "@/lib/reports/report-schema";
import { AppError } from "@/lib/server/app-error";
import { closeReport } from "@/lib/server/reports/close-report";

export async function closeReportAction(input: unknown): Promise<{ ok: true } | { ok: false; error: string }> {
  const user = await getSessionUser();
  if (!user) return { ok: false, error: "Sign in first" };
  const parsed = CloseReportSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "invalid input" };
  try {
    await closeReport(user.id, parsed.data);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.message };
    throw error;
  }
  revalidatePath("/maintainer/reports");
  return { ok: true };
}
