import "server-only";
import { db } from "@/lib/db/client";
import { isTimeZoneKnownToDatabase } from "@/lib/db/sql/time-zones";
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
  if (!(await isTimeZoneKnownToDatabase(db(), parsed.data.timeZone))) {
    throw new AppError("BAD_INPUT", "Time zone must be an IANA name such as Asia/Seoul or America/New_York");
  }
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
