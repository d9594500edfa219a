import "server-only";
import { db } from "@/lib/db/client";
import { readMasteryCounts, type MasteryCounts } from "@/lib/db/sql/outcomes";

export type MasteryRow = MasteryCounts;

export interface Mastery {
  topics: (MasteryRow & { topicId: string })[];
  domains: (MasteryRow & { exam: string; domain: string })[];
}

/**
 * Mastery per topic and per exam domain: how much of the bank this learner has answered, and how much of it they
 * answered right the last time (the latest outcome per question, over practice, daily quiz, review and exams).
 */
export async function getMastery({ userId }: { userId: string }): Promise<Mastery> {
  return readMasteryCounts(db(), userId);
}
