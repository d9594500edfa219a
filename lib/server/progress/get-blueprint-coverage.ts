import "server-only";
import { db } from "@/lib/db/client";
import { readTaskCoverage } from "@/lib/db/sql/outcomes";
import { blueprintCoverage, type ExamCoverage } from "@/lib/exam";

/**
 * Both exam guides, domain by domain and task statement by task statement: how many live questions the bank holds and
 * how this learner does on them (answered at least once; right the last time, over practice, daily quiz, review and
 * exams), with the statements that hold too few questions or sit below the pass share marked. Reads only.
 */
export async function getBlueprintCoverage({ userId }: { userId: string }): Promise<ExamCoverage[]> {
  return blueprintCoverage(await readTaskCoverage(db(), userId));
}
