import "server-only";
import { db } from "@/lib/db/client";
import { StudySettingsSchema, type StudySettings } from "@/lib/srs";
import { AppError } from "@/lib/server/app-error";

/**
 * Saves the learner's study settings after validating them again with the schema the form uses (the server is the
 * only writer). Changing retention or limits affects the next grade and the next queue; existing due dates stay.
 */
export async function updateSettings({
  userId,
  settings,
}: {
  userId: string;
  settings: StudySettings;
}): Promise<StudySettings> {
  const parsed = StudySettingsSchema.safeParse(settings);
  if (!parsed.success) throw new AppError("BAD_INPUT", parsed.error.issues[0]?.message ?? "Invalid settings");
  const saved = await db().user.update({
    where: { id: userId },
    data: parsed.data,
    select: {
      dailyNewLimit: true,
      dailyQuizSize: true,
      desiredRetention: true,
      timeZone: true,
      examAccommodation: true,
    },
  });
  return { ...saved, locale: parsed.data.locale };
}
