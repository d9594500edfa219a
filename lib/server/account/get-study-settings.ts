import "server-only";
import { db } from "@/lib/db/client";
import { isLanguage } from "@/lib/i18n/negotiate";
import type { StudySettings } from "@/lib/srs";

/** The learner's study settings as the settings form shows them. */
export async function getStudySettings({ userId }: { userId: string }): Promise<StudySettings> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      dailyNewLimit: true,
      dailyQuizSize: true,
      desiredRetention: true,
      timeZone: true,
      locale: true,
      examAccommodation: true,
    },
  });
  return { ...user, locale: isLanguage(user.locale) ? user.locale : "ko" };
}
