import "server-only";
import type { Language } from "@/lib/content";
import { db } from "@/lib/db/client";

export async function setUserLocale(userId: string, language: Language): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale: language } });
}
