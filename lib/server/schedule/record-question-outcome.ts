import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { recordQuestionOutcomes, type QuestionOutcome, type QuestionOutcomesInput } from "./record-question-outcomes";

/** One answer's `recordQuestionOutcomes`: the same rules, for the answer of a practice, daily or review question. */
export async function recordQuestionOutcome(
  tx: Prisma.TransactionClient | Db,
  input: Omit<QuestionOutcomesInput, "outcomes"> & QuestionOutcomesInput["outcomes"][number],
): Promise<QuestionOutcome> {
  const { questionId, correct, requestId, expectedVersion, ...rest } = input;
  const [outcome] = await recordQuestionOutcomes(tx, {
    ...rest,
    outcomes: [{ questionId, correct, requestId, expectedVersion }],
  });
  if (!outcome) throw new Error("recordQuestionOutcomes returned no outcome for one input");
  return outcome;
}
